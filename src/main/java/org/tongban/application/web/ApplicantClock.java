package org.tongban.application.web;

import java.util.Optional;

import org.tongban.application.ApplicationStatus;
import org.tongban.supervision.CaseClock;
import org.tongban.supervision.PauseReason;

/**
 * The legal clock of an application as its applicant and the public query are told it
 * (R7, R8.2, issue 13 item 8): counting, or standing still and why, and not at all once
 * the case ended. The approval side moves the clock only after it hears of what the
 * applicant did (a resubmitted correction, a withdrawal), a moment later; in that moment
 * the application's status is what the applicant did: a correction resubmitted is back
 * with the department and counts, a withdrawn application counts no more.
 *
 * @param pausedFor why the clock stands still, or null while it counts
 * @param backFromCorrection it counts again since the applicant resubmitted a correction
 */
record ApplicantClock(CaseClock clock, PauseReason pausedFor, boolean backFromCorrection) {

	/**
	 * The clock of an application with this status; empty for a draft, an ended case and
	 * a case without a clock.
	 */
	static Optional<ApplicantClock> of(ApplicationStatus status, Optional<CaseClock> clock) {
		if (status.isFinal() || status == ApplicationStatus.DRAFT) {
			return Optional.empty();
		}
		return clock.filter(reading -> !reading.isStopped()).map(reading -> {
			PauseReason last = reading.pauses().isEmpty() ? null
					: reading.pauses().get(reading.pauses().size() - 1).reason();
			boolean correcting = status == ApplicationStatus.CORRECTION_REQUESTED;
			boolean back = last == PauseReason.CORRECTION && !correcting;
			PauseReason pausedFor = correcting ? PauseReason.CORRECTION : reading.isPaused() && !back ? last : null;
			return new ApplicantClock(reading, pausedFor, back);
		});
	}

	public boolean isPaused() {
		return pausedFor != null;
	}

}
