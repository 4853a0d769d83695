package org.tongban.supervision.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.ApplicationTest;
import org.tongban.supervision.CaseClock;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.DeadlineWarned;
import org.tongban.supervision.DeadlineWarned.Level;
import org.tongban.supervision.PauseReason;
import org.tongban.supervision.StartedClocks;
import org.tongban.supervision.WorkingDayCalendar;
import org.tongban.support.TestClock;

/**
 * Deadline warnings (R8.3, issue 15 item 1) over the 2026 calendar the platform loads:
 * National Day is off from 10-01 to 10-07 and Saturday 10-10 is worked (调休). Yellow two
 * working days before the case's due day and one before a step's, red after it, each once
 * per clock even when nodes scan at the same moment; nothing while paused, nothing for a
 * finished step.
 */
@ApplicationTest
class WarningScannerTests {

	@Autowired
	WarningScanner scanner;

	@Autowired
	CaseClocks clocks;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	TestClock settableClock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationEvents events;

	final StartedClocks started = new StartedClocks();

	@AfterEach
	void cleanUp() {
		settableClock.reset();
		started.takeBack(jdbc, transaction);
	}

	@Test
	void aCaseIsWarnedYellowThenRedOnceEachAcrossNationalDayAndAPause() throws Exception {
		// Received Monday 09-28, 5 working days: 09-29, 09-30, 10-08, 10-09 and Saturday
		// 10-10.
		UUID caseId = start("2026-09-28T10:00", 10, 5);
		assertThat(caseDueOn(caseId)).isEqualTo("2026-10-10").isEqualTo(calendar.addWorkingDays(day("2026-09-28"), 5));

		// Ten calendar days before the due day, but four working days: not yet.
		assertThat(scanOn(caseId, "2026-09-30T09:00")).isEmpty();
		assertThat(scanOn(caseId, "2026-10-08T09:00")).isEmpty();
		// Two working days left (10-09, 10-10): yellow, by one of two nodes.
		assertThat(racingScansOn(caseId, "2026-10-09T09:00"))
			.containsExactly(new DeadlineWarned(caseId, number(caseId), null, Level.YELLOW, day("2026-10-10")));
		assertThat(scanOn(caseId, "2026-10-09T10:00")).isEmpty();

		// A correction from 10-09 to 10-13: no due day, no warning while it lasts.
		clocks.pause(caseId, PauseReason.CORRECTION, null, at("2026-10-09T15:00"));
		assertThat(caseDueOn(caseId)).isNull();
		assertThat(scanOn(caseId, "2026-10-12T09:00")).isEmpty();
		settableClock.set(LocalDateTime.parse("2026-10-13T09:00"));
		CaseClock resumed = clocks.resume(caseId, at("2026-10-13T09:00"));
		// 10-09 to 10-13 left out: the last two days are 10-14 and 10-15.
		assertThat(caseDueOn(caseId)).isEqualTo("2026-10-15").isEqualTo(resumed.dueOn());

		assertThat(scanOn(caseId, "2026-10-14T09:00")).as("yellow already").isEmpty();
		assertThat(scanOn(caseId, "2026-10-15T18:00")).as("due today, not passed").isEmpty();
		assertThat(racingScansOn(caseId, "2026-10-16T09:00"))
			.containsExactly(new DeadlineWarned(caseId, number(caseId), null, Level.RED, day("2026-10-15")));
		assertThat(scanOn(caseId, "2026-10-19T09:00")).isEmpty();
		assertThat(jdbc.sql("select level from supervision_warning where case_id = :caseId order by raised_at")
			.param("caseId", caseId)
			.query(String.class)
			.list()).containsExactly("YELLOW", "RED");
	}

	@Test
	void aStepWarnedYellowThatFinishesNeverTurnsRed() {
		UUID caseId = start("2026-09-28T10:00", 20, 20);
		// Started 10-08, one working day from 10-09.
		settableClock.set(LocalDateTime.parse("2026-10-08T10:00"));
		clocks.startStep(caseId, "REVIEW", 1, at("2026-10-08T10:00"));
		assertThat(stepDueOn(caseId)).isEqualTo("2026-10-09");

		assertThat(scanOn(caseId, "2026-10-08T11:00")).isEmpty();
		assertThat(scanOn(caseId, "2026-10-09T09:00"))
			.containsExactly(new DeadlineWarned(caseId, number(caseId), "REVIEW", Level.YELLOW, day("2026-10-09")));
		assertThat(events.stream(DeadlineWarned.class).filter(warned -> warned.caseId().equals(caseId))).hasSize(1);

		clocks.finishStep(caseId, "REVIEW", at("2026-10-09T16:00"));
		assertThat(stepDueOn(caseId)).isNull();
		assertThat(scanOn(caseId, "2026-10-12T09:00")).isEmpty();
	}

	@Test
	void theDueDaysKeptFollowTheExtensionAndTheSteps() {
		UUID caseId = start("2026-09-28T10:00", 20, 5);
		settableClock.set(LocalDateTime.parse("2026-10-08T10:00"));
		clocks.startStep(caseId, "REVIEW", 3, at("2026-10-08T10:00"));
		// 10-09, Saturday 10-10, 10-12.
		assertThat(stepDueOn(caseId)).isEqualTo("2026-10-12");

		CaseClock extended = clocks.extend(caseId, UUID.randomUUID(), "需要现场核查", at("2026-10-08T11:00"));

		assertThat(caseDueOn(caseId)).isEqualTo(extended.dueOn())
			.isEqualTo(calendar.addWorkingDays(day("2026-10-10"), 10));
		assertThat(stepDueOn(caseId)).isEqualTo("2026-10-12");
		clocks.stop(caseId, at("2026-10-09T10:00"));
		assertThat(caseDueOn(caseId)).isNull();
		assertThat(stepDueOn(caseId)).isNull();
	}

	@Test
	void aMatterVersionThatWarnsFiveDaysAheadIsWarnedEarlierThanOneWithTheDefaults() {
		// Both due Saturday 10-10; five working days before it are 09-29, 09-30, 10-08,
		// 10-09 and 10-10, across National Day.
		UUID early = start("2026-09-28T10:00", 10, 5, 5, 3);
		UUID byDefault = start("2026-09-28T10:00", 10, 5);
		assertThat(caseDueOn(early)).isEqualTo(caseDueOn(byDefault)).isEqualTo("2026-10-10");
		assertThat(yellowOn("supervision_clock", early)).isEqualTo("2026-09-29");
		assertThat(yellowOn("supervision_clock", byDefault)).isEqualTo("2026-10-09");

		assertThat(scanOn(early, "2026-09-28T18:00")).as("six working days left").isEmpty();
		assertThat(scanOn(early, "2026-09-29T09:00"))
			.containsExactly(new DeadlineWarned(early, number(early), null, Level.YELLOW, day("2026-10-10")));
		for (String day : List.of("2026-09-29T09:00", "2026-09-30T09:00", "2026-10-05T09:00", "2026-10-08T09:00")) {
			assertThat(scanOn(byDefault, day)).as(day).isEmpty();
		}
		assertThat(scanOn(byDefault, "2026-10-09T09:00"))
			.containsExactly(new DeadlineWarned(byDefault, number(byDefault), null, Level.YELLOW, day("2026-10-10")));

		// The steps keep the version's days too: three before 10-12 from 10-09, one from
		// Sunday 10-11 (no working day is left between it and the due day).
		settableClock.set(LocalDateTime.parse("2026-10-08T10:00"));
		clocks.startStep(early, "REVIEW", 3, at("2026-10-08T10:00"));
		clocks.startStep(byDefault, "REVIEW", 3, at("2026-10-08T10:00"));
		assertThat(stepDueOn(early)).isEqualTo(stepDueOn(byDefault)).isEqualTo("2026-10-12");
		assertThat(yellowOn("supervision_clock_step", early)).isEqualTo("2026-10-09");
		assertThat(yellowOn("supervision_clock_step", byDefault)).isEqualTo("2026-10-11");
		assertThat(scanOn(early, "2026-10-09T11:00"))
			.containsExactly(new DeadlineWarned(early, number(early), "REVIEW", Level.YELLOW, day("2026-10-12")));
		assertThat(scanOn(byDefault, "2026-10-10T11:00")).isEmpty();
		assertThat(scanOn(byDefault, "2026-10-11T11:00")).containsExactlyInAnyOrder(
				new DeadlineWarned(byDefault, number(byDefault), "REVIEW", Level.YELLOW, day("2026-10-12")),
				new DeadlineWarned(byDefault, number(byDefault), null, Level.RED, day("2026-10-10")));
	}

	private List<DeadlineWarned> scanOn(UUID caseId, String cityTime) {
		settableClock.set(LocalDateTime.parse(cityTime));
		return ofCase(scanner.scan(), caseId);
	}

	/** Two nodes' schedulers scanning at the same moment: what both raised. */
	private List<DeadlineWarned> racingScansOn(UUID caseId, String cityTime) throws Exception {
		settableClock.set(LocalDateTime.parse(cityTime));
		return ofCase(RacingNodes.both(scanner::scan), caseId);
	}

	private static List<DeadlineWarned> ofCase(List<DeadlineWarned> raised, UUID caseId) {
		return raised.stream().filter(warned -> warned.caseId().equals(caseId)).toList();
	}

	private UUID start(String receivedAt, int statutoryLimitDays, int committedLimitDays) {
		return start(receivedAt, statutoryLimitDays, committedLimitDays, null, null);
	}

	/** A clock with the yellow days of a matter version, null for the defaults. */
	private UUID start(String receivedAt, int statutoryLimitDays, int committedLimitDays, Integer caseYellowDays,
			Integer stepYellowDays) {
		UUID caseId = UUID.randomUUID();
		started.add(caseId);
		settableClock.set(LocalDateTime.parse(receivedAt));
		Instant received = at(receivedAt);
		clocks.start(caseId, number(caseId), received,
				calendar.nextWorkingDay(LocalDate.ofInstant(received, TestClock.CITY)), statutoryLimitDays,
				committedLimitDays, false, caseYellowDays, stepYellowDays);
		return caseId;
	}

	private LocalDate yellowOn(String table, UUID caseId) {
		return jdbc.sql("select yellow_on from " + table + " where case_id = :caseId and due_on is not null")
			.param("caseId", caseId)
			.query((row, n) -> row.getObject("yellow_on", LocalDate.class))
			.single();
	}

	private LocalDate caseDueOn(UUID caseId) {
		return dueOn("supervision_clock", caseId);
	}

	private LocalDate stepDueOn(UUID caseId) {
		return dueOn("supervision_clock_step", caseId);
	}

	/** The due day kept on the case's one row of the table, or null. */
	private LocalDate dueOn(String table, UUID caseId) {
		List<LocalDate> dueOn = jdbc.sql("select due_on from " + table + " where case_id = :caseId")
			.param("caseId", caseId)
			.query((row, n) -> row.getObject("due_on", LocalDate.class))
			.list();
		assertThat(dueOn).hasSize(1);
		return dueOn.get(0);
	}

	private static String number(UUID caseId) {
		return "WN" + caseId.toString().substring(0, 8);
	}

	private static LocalDate day(String date) {
		return LocalDate.parse(date);
	}

	private static Instant at(String cityTime) {
		return LocalDateTime.parse(cityTime).atZone(TestClock.CITY).toInstant();
	}

}
