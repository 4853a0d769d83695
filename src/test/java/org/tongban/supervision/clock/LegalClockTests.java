package org.tongban.supervision.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.application.ApplicationTest;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.supervision.CaseClock;
import org.tongban.supervision.CaseClock.StepClock;
import org.tongban.supervision.PauseReason;
import org.tongban.supervision.WorkingDayCalendar;

/**
 * The counting rules of the legal clock (R8.2, R15.1, R15.3, R15.4) against the official
 * 2026 working-day calendar: the clock itself is plain Java, the calendar is the
 * platform's (2025 and 2026 loaded, 2027 not).
 */
@ApplicationTest
class LegalClockTests {

	static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	static final UUID APPROVER = UUID.randomUUID();

	@Autowired
	WorkingDayCalendar calendar;

	@Test
	void aCaseReceivedOnAFridayCountsFromMondayAndIsDueOnTheSameDayAsItsReceiptSays() {
		// R15.1: received Friday 2026-11-27 after hours, day 1 is Monday 11-30.
		LegalClock clock = receivedAt("2026-11-27T18:30", 10, 5);

		CaseClock onReceipt = clock.read(at("2026-11-27T18:31"), CITY, calendar);
		assertThat(onReceipt.startsOn()).isEqualTo("2026-11-30");
		assertThat(onReceipt.dueOn()).isEqualTo("2026-12-04")
			.isEqualTo(calendar.addWorkingDays(LocalDate.parse("2026-11-27"), 5));
		assertThat(onReceipt.statutoryDueOn()).isEqualTo("2026-12-11");
		assertThat(onReceipt.usedDays()).isZero();
		assertThat(onReceipt.remainingDays()).isEqualTo(5);

		CaseClock onWednesday = clock.read(at("2026-12-02T09:00"), CITY, calendar);
		assertThat(onWednesday.usedDays()).isEqualTo(3);
		assertThat(onWednesday.remainingDays()).isEqualTo(3);

		CaseClock onDueDay = clock.read(at("2026-12-04T17:00"), CITY, calendar);
		assertThat(onDueDay.usedDays()).isEqualTo(5);
		assertThat(onDueDay.remainingDays()).isEqualTo(1);
	}

	@Test
	void remainingDaysAreNegativeWorkingDaysOnceOverdue() {
		LegalClock clock = receivedAt("2026-11-27T18:30", 10, 5);

		// Due Friday 12-04; the weekend after it is not counted as overdue.
		assertThat(clock.read(at("2026-12-06T10:00"), CITY, calendar).remainingDays()).isZero();
		assertThat(clock.read(at("2026-12-07T10:00"), CITY, calendar).remainingDays()).isEqualTo(-1);
		assertThat(clock.read(at("2026-12-08T10:00"), CITY, calendar).remainingDays()).isEqualTo(-2);
		assertThat(clock.read(at("2026-12-08T10:00"), CITY, calendar).usedDays()).isEqualTo(7);
	}

	@Test
	void aCaseReceivedOnTheEveOfNationalDayCountsFromTheFirstWorkingDayAfterTheHolidays() {
		// 2026: 10-01 to 10-07 off, Saturday 10-10 worked (调休).
		LegalClock clock = receivedAt("2026-09-30T16:00", 10, 5);

		CaseClock reading = clock.read(at("2026-10-10T11:00"), CITY, calendar);

		assertThat(reading.startsOn()).isEqualTo("2026-10-08");
		assertThat(reading.dueOn()).isEqualTo("2026-10-13")
			.isEqualTo(calendar.addWorkingDays(LocalDate.parse("2026-09-30"), 5));
		assertThat(reading.statutoryDueOn()).isEqualTo("2026-10-20");
		assertThat(reading.usedDays()).as("10-08, 10-09 and Saturday 10-10").isEqualTo(3);
		assertThat(reading.remainingDays()).as("10-10, 10-12, 10-13").isEqualTo(3);
	}

	@Test
	void aCorrectionAcrossNationalDayLeavesOutTheWorkingDaysFromItsFirstToItsLastDay() {
		// R8.2, R15.4: received Monday 09-21, day 1 09-22; correction from Thursday 09-24
		// to Friday 10-09.
		LegalClock clock = receivedAt("2026-09-21T10:00", 20, 10);
		assertThat(clock.read(at("2026-09-23T10:00"), CITY, calendar).dueOn()).isEqualTo("2026-10-12");

		clock.pause(PauseReason.CORRECTION, "补正营业执照", at("2026-09-24T10:00"));
		CaseClock paused = clock.read(at("2026-09-28T15:00"), CITY, calendar);
		assertThat(paused.isPaused()).isTrue();
		assertThat(paused.usedDays()).as("09-22 and 09-23 only").isEqualTo(2);
		assertThat(paused.dueOn()).as("at least: as if resumed today, 09-24 and 09-28 left out")
			.isEqualTo("2026-10-14");

		clock.resume(at("2026-10-09T16:00"));
		CaseClock resumed = clock.read(at("2026-10-12T09:00"), CITY, calendar);
		// Left out: 09-24, 09-28, 09-29, 09-30, 10-08, 10-09 (09-25 to 09-27 and 10-01 to
		// 10-07 are holidays anyway).
		assertThat(resumed.dueOn()).isEqualTo("2026-10-20")
			.isEqualTo(calendar.addWorkingDays(LocalDate.parse("2026-10-12"), 6));
		assertThat(resumed.statutoryDueOn()).isEqualTo(calendar.addWorkingDays(LocalDate.parse("2026-09-21"), 26));
		assertThat(resumed.usedDays()).as("09-22, 09-23, 10-10, 10-12").isEqualTo(4);
		assertThat(resumed.remainingDays()).isEqualTo(7);
		assertThat(resumed.pauses()).singleElement()
			.satisfies(pause -> assertThat(pause.note()).isEqualTo("补正营业执照"))
			.satisfies(pause -> assertThat(pause.endedAt()).isEqualTo(at("2026-10-09T16:00")));
	}

	@Test
	void aSpecialPeriodDoesNotCountTowardTheLimit() {
		// R15.4: an on-site inspection from Tuesday 12-01 to Thursday 12-03, both days
		// included.
		LegalClock clock = receivedAt("2026-11-27T18:30", 10, 5);
		clock.pause(PauseReason.SPECIAL_PERIOD, "现场核查", at("2026-12-01T09:00"));
		clock.resume(at("2026-12-03T11:00"));

		CaseClock reading = clock.read(at("2026-12-04T10:00"), CITY, calendar);

		assertThat(reading.dueOn()).isEqualTo("2026-12-09");
		assertThat(reading.statutoryDueOn()).isEqualTo(calendar.addWorkingDays(LocalDate.parse("2026-11-27"), 13));
		assertThat(reading.usedDays()).as("11-30 and 12-04").isEqualTo(2);
		assertThat(reading.remainingDays()).isEqualTo(4);
	}

	@Test
	void pausesOnTheSameDayLeaveThatDayOutOnce() {
		LegalClock clock = receivedAt("2026-11-27T18:30", 10, 5);
		clock.pause(PauseReason.SPECIAL_PERIOD, null, at("2026-12-01T09:00"));
		clock.resume(at("2026-12-01T11:00"));
		clock.pause(PauseReason.CORRECTION, null, at("2026-12-01T15:00"));
		clock.resume(at("2026-12-01T16:00"));

		assertThat(clock.read(at("2026-12-02T10:00"), CITY, calendar).dueOn()).isEqualTo("2026-12-07");
	}

	@Test
	void theExtensionAddsTenWorkingDaysToBothLimitsOnce() {
		// R15.3, art. 42.
		LegalClock clock = receivedAt("2026-11-27T18:30", 10, 5);

		clock.extend(APPROVER, "需要组织专家论证", at("2026-12-02T10:00"));

		CaseClock reading = clock.read(at("2026-12-02T10:00"), CITY, calendar);
		assertThat(reading.extension())
			.isEqualTo(new CaseClock.Extension(10, "需要组织专家论证", APPROVER, at("2026-12-02T10:00")));
		assertThat(reading.dueOn()).isEqualTo("2026-12-18");
		assertThat(reading.statutoryDueOn()).isEqualTo("2026-12-25");
		assertThat(reading.remainingDays()).isEqualTo(13);
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> clock.extend(APPROVER, "再延长", at("2026-12-03T10:00")))
			.satisfies(refused -> assertThat(refused.refusal()).isEqualTo(Refusal.CONFLICT))
			.satisfies(refused -> assertThat(refused.messageCode()).isEqualTo("supervision.clock.alreadyExtended"))
			.satisfies(refused -> assertThat(refused.messageArgs()).containsExactly("SP-TEST"));
	}

	@Test
	void aJointCaseIsExtendedByFifteenWorkingDays() {
		// R15.3: 45 statutory days, extension 15.
		LegalClock clock = LegalClock.start(UUID.randomUUID(), "SP-JOINT", at("2026-06-01T10:00"),
				LocalDate.parse("2026-06-02"), 45, 20, true);
		assertThat(clock.read(at("2026-06-02T10:00"), CITY, calendar).dueOn()).isEqualTo("2026-06-30");

		clock.extend(APPROVER, "并联审批需要延长", at("2026-06-10T10:00"));

		CaseClock reading = clock.read(at("2026-06-10T10:00"), CITY, calendar);
		assertThat(reading.extension().days()).isEqualTo(15);
		assertThat(reading.dueOn()).isEqualTo(calendar.addWorkingDays(LocalDate.parse("2026-06-01"), 35));
		assertThat(reading.statutoryDueOn()).isEqualTo(calendar.addWorkingDays(LocalDate.parse("2026-06-01"), 60));
	}

	@Test
	void theExtensionNeedsAReasonTheApplicantIsTold() {
		LegalClock clock = receivedAt("2026-11-27T18:30", 10, 5);

		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> clock.extend(APPROVER, "  ", at("2026-12-02T10:00")))
			.satisfies(invalid -> assertThat(invalid.parameter()).isEqualTo("reason"))
			.satisfies(invalid -> assertThat(invalid.messageCode()).isEqualTo("supervision.clock.reasonMissing"));
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> clock.extend(APPROVER, "长".repeat(501), at("2026-12-02T10:00")))
			.satisfies(invalid -> assertThat(invalid.messageCode()).isEqualTo("supervision.clock.textTooLong"));
		assertThat(clock.extension()).isNull();
	}

	@Test
	void aStepClockCountsFromTheWorkingDayAfterItStartedAndStandsStillWithTheCase() {
		// R8.2: deadlines per step.
		LegalClock clock = receivedAt("2026-11-27T18:30", 10, 5);
		clock.startStep("ACCEPTANCE", 5, at("2026-11-27T18:30"));
		clock.finishStep("ACCEPTANCE", at("2026-12-01T09:30"));
		clock.startStep("REVIEW", 3, at("2026-12-01T10:00"));
		clock.pause(PauseReason.CORRECTION, null, at("2026-12-03T09:00"));
		clock.resume(at("2026-12-03T17:00"));

		CaseClock reading = clock.read(at("2026-12-04T10:00"), CITY, calendar);

		assertThat(reading.steps()).extracting(StepClock::step, StepClock::dueOn)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ACCEPTANCE", LocalDate.parse("2026-12-04")),
					org.assertj.core.groups.Tuple.tuple("REVIEW", LocalDate.parse("2026-12-07")));
		assertThat(reading.steps().get(0).dueOn()).as("the receipt's acceptance due day")
			.isEqualTo(calendar.addWorkingDays(LocalDate.parse("2026-11-27"), 5));
		assertThat(reading.steps().get(0).finishedAt()).isEqualTo(at("2026-12-01T09:30"));
		assertThat(reading.steps().get(1).finishedAt()).isNull();
	}

	@Test
	void aStepIsTimedOnceAtATimeAndFinishedOnlyWhileOpen() {
		LegalClock clock = receivedAt("2026-11-27T18:30", 10, 5);
		clock.startStep("REVIEW", 3, at("2026-12-01T10:00"));

		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> clock.startStep("REVIEW", 3, at("2026-12-01T11:00")))
			.satisfies(refused -> assertThat(refused.messageCode()).isEqualTo("supervision.clock.stepOpen"))
			.satisfies(refused -> assertThat(refused.messageArgs()).containsExactly("SP-TEST", "REVIEW"));
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> clock.finishStep("DECISION", at("2026-12-01T11:00")))
			.satisfies(refused -> assertThat(refused.refusal()).isEqualTo(Refusal.CONFLICT))
			.satisfies(refused -> assertThat(refused.messageCode()).isEqualTo("supervision.clock.stepNotOpen"));

		clock.finishStep("REVIEW", at("2026-12-02T10:00"));
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> clock.finishStep("REVIEW", at("2026-12-02T11:00")));
		// After a correction the review runs again, as a step of its own.
		clock.startStep("REVIEW", 3, at("2026-12-03T10:00"));
		assertThat(clock.steps()).hasSize(2);
	}

	@Test
	void pausingAPausedClockAndResumingARunningOneAreRefused() {
		LegalClock clock = receivedAt("2026-11-27T18:30", 10, 5);

		assertThatExceptionOfType(RefusedException.class).isThrownBy(() -> clock.resume(at("2026-12-01T10:00")))
			.satisfies(refused -> assertThat(refused.refusal()).isEqualTo(Refusal.CONFLICT))
			.satisfies(refused -> assertThat(refused.messageCode()).isEqualTo("supervision.clock.notPaused"));
		clock.pause(PauseReason.CORRECTION, null, at("2026-12-01T10:00"));
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> clock.pause(PauseReason.SPECIAL_PERIOD, null, at("2026-12-01T11:00")))
			.satisfies(refused -> assertThat(refused.refusal()).isEqualTo(Refusal.CONFLICT))
			.satisfies(refused -> assertThat(refused.messageCode()).isEqualTo("supervision.clock.alreadyPaused"));
		assertThatIllegalArgumentException().isThrownBy(() -> clock.resume(at("2026-11-30T10:00")));
	}

	@Test
	void aStoppedClockNoLongerChangesAndReadsAsOnTheDayItStopped() {
		LegalClock clock = receivedAt("2026-11-27T18:30", 10, 5);
		clock.startStep("DECISION", 2, at("2026-12-01T10:00"));
		clock.pause(PauseReason.SPECIAL_PERIOD, null, at("2026-12-02T10:00"));

		clock.stop(at("2026-12-02T16:00"));

		CaseClock reading = clock.read(at("2026-12-10T10:00"), CITY, calendar);
		assertThat(reading.isStopped()).isTrue();
		assertThat(reading.isPaused()).as("the pause ended with the clock").isFalse();
		assertThat(reading.steps()).singleElement()
			.satisfies(step -> assertThat(step.finishedAt()).isEqualTo(at("2026-12-02T16:00")));
		// 12-02 is a day of the pause that ended with the clock.
		assertThat(reading.usedDays()).isEqualTo(2);
		assertThat(reading.dueOn()).isEqualTo("2026-12-07");
		assertThat(reading.remainingDays()).isEqualTo(3);
		for (Runnable change : new Runnable[] { () -> clock.pause(PauseReason.CORRECTION, null, at("2026-12-03T10:00")),
				() -> clock.resume(at("2026-12-03T10:00")), () -> clock.extend(APPROVER, "理由", at("2026-12-03T10:00")),
				() -> clock.startStep("REVIEW", 3, at("2026-12-03T10:00")),
				() -> clock.finishStep("DECISION", at("2026-12-03T10:00")),
				() -> clock.stop(at("2026-12-03T10:00")) }) {
			assertThatExceptionOfType(RefusedException.class).isThrownBy(change::run)
				.satisfies(refused -> assertThat(refused.refusal()).isEqualTo(Refusal.CONFLICT))
				.satisfies(refused -> assertThat(refused.messageCode()).isEqualTo("supervision.clock.stopped"));
		}
	}

	@Test
	@DisplayName("R8.1: due days in 2027 are counted provisionally, and the clock says so")
	void aDueDayIn2027IsCountedProvisionally() {
		LegalClock clock = receivedAt("2026-12-21T10:00", 10, 5);
		clock.startStep("REVIEW", 8, at("2026-12-22T10:00"));

		CaseClock reading = clock.read(at("2026-12-23T10:00"), CITY, calendar);

		assertThat(reading.dueOn()).isEqualTo("2026-12-28");
		// 22 to 31 December are 8 working days; 1 January is New Year's Day, 2 and 3 a
		// weekend.
		assertThat(reading.statutoryDueOn()).isEqualTo("2027-01-05");
		assertThat(reading.steps()).singleElement().satisfies(step -> assertThat(step.dueOn()).isEqualTo("2027-01-04"));
		assertThat(reading.provisional()).isTrue();
		assertThat(receivedAt("2026-11-23T10:00", 10, 5).read(at("2026-11-24T10:00"), CITY, calendar).provisional())
			.as("all in 2026")
			.isFalse();
	}

	@Test
	void aDueDayBeyondTheProvisionalYearReadsNullWithoutAnException() {
		// 2028 is neither published nor counted provisionally before 2027: its working
		// days cannot be told (R8.1).
		LegalClock clock = receivedAt("2027-12-20T10:00", 10, 5);
		clock.startStep("REVIEW", 9, at("2027-12-21T10:00"));

		CaseClock reading = clock.read(at("2027-12-22T10:00"), CITY, calendar);

		assertThat(reading.dueOn()).isEqualTo("2027-12-27");
		assertThat(reading.statutoryDueOn()).isNull();
		assertThat(reading.remainingDays()).isEqualTo(4);
		assertThat(reading.steps()).singleElement().satisfies(step -> assertThat(step.dueOn()).isNull());

		CaseClock in2028 = clock.read(at("2028-01-05T10:00"), CITY, calendar);
		assertThat(in2028.dueOn()).isEqualTo("2027-12-27");
		assertThat(in2028.usedDays()).isNull();
		assertThat(in2028.remainingDays()).isNull();
	}

	@Test
	void anUndatedClockReadsWithoutDates() {
		LegalClock clock = LegalClock.start(UUID.randomUUID(), "SP-UNDATED", at("2026-12-31T10:00"), null, 10, 5,
				false);
		assertThatNoException().isThrownBy(() -> clock.read(at("2026-12-31T11:00"), CITY, calendar));
		CaseClock undated = clock.read(at("2026-12-31T11:00"), CITY, calendar);
		assertThat(undated.startsOn()).isNull();
		assertThat(undated.dueOn()).isNull();
		assertThat(undated.statutoryDueOn()).isNull();
		assertThat(undated.usedDays()).isNull();
		assertThat(undated.remainingDays()).isNull();
	}

	@Test
	void limitsMustBePositiveAndTheCommittedOneNoLongerThanTheStatutoryOne() {
		// R15.3: the committed limit may be shorter, never longer.
		Instant received = at("2026-11-27T10:00");
		LocalDate monday = LocalDate.parse("2026-11-30");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LegalClock.start(UUID.randomUUID(), "X", received, monday, 10, 0, false));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LegalClock.start(UUID.randomUUID(), "X", received, monday, 5, 10, false));
		LegalClock clock = receivedAt("2026-11-27T18:30", 10, 5);
		assertThatIllegalArgumentException().isThrownBy(() -> clock.startStep("REVIEW", 0, received));
		assertThatIllegalArgumentException().isThrownBy(() -> clock.startStep(" ", 3, received));
	}

	/**
	 * A clock started as the application module starts it: from the working day after the
	 * date of receipt.
	 */
	LegalClock receivedAt(String cityTime, int statutoryLimitDays, int committedLimitDays) {
		Instant received = at(cityTime);
		return LegalClock.start(UUID.randomUUID(), "SP-TEST", received,
				calendar.nextWorkingDay(LocalDate.ofInstant(received, CITY)), statutoryLimitDays, committedLimitDays,
				false);
	}

	static Instant at(String cityTime) {
		return LocalDateTime.parse(cityTime).atZone(CITY).toInstant();
	}

}
