package org.tongban.application.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tongban.application.ApplicationStatus;
import org.tongban.supervision.CaseClock;
import org.tongban.supervision.PauseReason;

/**
 * Issue 13 item 8 (R4.2, R3.5, R8.2): the applicant is told what they did at once, in the
 * moment before the approval side has moved the clock: a resubmitted correction counts
 * again, a withdrawn application counts no more.
 */
class ApplicantClockTests {

	static final Instant RECEIVED = Instant.parse("2026-11-27T02:00:00Z");

	@Test
	@DisplayName("While the applicant corrects, the clock stands still for the correction")
	void whileCorrectingTheClockStandsStill() {
		ApplicantClock clock = ApplicantClock
			.of(ApplicationStatus.CORRECTION_REQUESTED, Optional.of(pausedFor(PauseReason.CORRECTION)))
			.orElseThrow();

		assertThat(clock.pausedFor()).isEqualTo(PauseReason.CORRECTION);
		assertThat(clock.backFromCorrection()).isFalse();
	}

	@Test
	@DisplayName("A resubmitted correction counts again, even before the department's side resumed the clock")
	void aResubmittedCorrectionCountsAgainAtOnce() {
		ApplicantClock clock = ApplicantClock
			.of(ApplicationStatus.SUBMITTED, Optional.of(pausedFor(PauseReason.CORRECTION)))
			.orElseThrow();

		assertThat(clock.isPaused()).isFalse();
		assertThat(clock.backFromCorrection()).isTrue();
	}

	@Test
	@DisplayName("A special period stands still whatever the status")
	void aSpecialPeriodStandsStill() {
		assertThat(ApplicantClock.of(ApplicationStatus.ACCEPTED, Optional.of(pausedFor(PauseReason.SPECIAL_PERIOD)))
			.orElseThrow()
			.pausedFor()).isEqualTo(PauseReason.SPECIAL_PERIOD);
	}

	@Test
	@DisplayName("A withdrawn application counts no days, even before the department's side stopped the clock")
	void aWithdrawnApplicationCountsNoDays() {
		assertThat(ApplicantClock.of(ApplicationStatus.WITHDRAWN, Optional.of(pausedFor(PauseReason.CORRECTION))))
			.isEmpty();
		assertThat(ApplicantClock.of(ApplicationStatus.SUBMITTED, Optional.empty())).isEmpty();
	}

	private static CaseClock pausedFor(PauseReason reason) {
		return new CaseClock(UUID.randomUUID(), "TB20261127000042", RECEIVED, LocalDate.of(2026, 11, 30), null, 10, 5,
				false, LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 11), 1, 4,
				List.of(new CaseClock.Pause(reason, null, RECEIVED.plusSeconds(60), null)), null, List.of(), null,
				RECEIVED.plusSeconds(120), false);
	}

}
