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
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.DeadlineEscalated;
import org.tongban.supervision.DeadlineEscalated.Rung;
import org.tongban.supervision.PauseReason;
import org.tongban.supervision.StartedClocks;
import org.tongban.supervision.WorkingDayCalendar;
import org.tongban.support.TestClock;

/**
 * The escalation ladder (R8.3, issue 15 item 2) over the 2026 calendar the platform
 * loads: National Day is off from 10-01 to 10-07, Saturday 10-10 is worked and Sunday
 * 10-11 is not. A case due 09-30 and red from then on goes to the department's head once
 * it has been red for two whole working days (10-08, 10-09: on 10-10), and to the
 * supervision office after two more (10-10, 10-12: on 10-13); each rung once, even when
 * two nodes scan at the same moment or a node scans again; a paused clock does not climb.
 */
@ApplicationTest
class EscalationLadderTests {

	@Autowired
	EscalationLadder ladder;

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
	void anOverdueCaseGoesToTheDepartmentHeadThenToTheSupervisionOfficeOnTheRightWorkingDaysOnceEach()
			throws Exception {
		// Received Monday 09-28, counted from 09-29: two working days, due Wednesday
		// 09-30.
		UUID caseId = start("2026-09-28T10:00", 2);
		UUID paused = start("2026-09-28T10:00", 2);
		assertThat(clocks.of(caseId).orElseThrow().dueOn()).isEqualTo("2026-09-30");

		assertThat(scanOn(caseId, "2026-09-30T18:00")).as("due today").isEmpty();
		assertThat(scanOn(caseId, "2026-10-01T09:00")).as("red, but for no working day yet").isEmpty();
		assertThat(scanOn(caseId, "2026-10-07T09:00")).as("National Day").isEmpty();
		assertThat(scanOn(caseId, "2026-10-09T09:00")).as("red through 10-08 only").isEmpty();
		assertThat(racingScansOn(caseId, "2026-10-10T09:00"))
			.containsExactly(new DeadlineEscalated(caseId, number(caseId), Rung.DEPARTMENT_HEAD, day("2026-09-30"), 2));
		assertThat(scanOn(caseId, "2026-10-10T10:00")).as("once").isEmpty();

		// A correction from 10-10 on: no due day, no climbing while it lasts.
		clocks.pause(paused, PauseReason.CORRECTION, null, at("2026-10-10T11:00"));

		assertThat(scanOn(caseId, "2026-10-11T09:00")).as("Sunday").isEmpty();
		assertThat(scanOn(caseId, "2026-10-12T09:00")).as("red through 10-08, 10-09, 10-10").isEmpty();
		assertThat(racingScansOn(caseId, "2026-10-13T09:00")).containsExactly(
				new DeadlineEscalated(caseId, number(caseId), Rung.SUPERVISION_OFFICE, day("2026-09-30"), 4));
		assertThat(scanOn(caseId, "2026-10-13T10:00")).isEmpty();
		assertThat(scanOn(caseId, "2026-10-20T10:00")).as("no rung above").isEmpty();

		assertThat(jdbc
			.sql("select rung, escalated_on from supervision_escalation where case_id = :caseId"
					+ " order by escalated_on")
			.param("caseId", caseId)
			.query((row, n) -> row.getString("rung") + " " + row.getObject("escalated_on", LocalDate.class))
			.list()).containsExactly("DEPARTMENT_HEAD 2026-10-10", "SUPERVISION_OFFICE 2026-10-13");
		assertThat(events.stream(DeadlineEscalated.class).filter(escalated -> escalated.caseId().equals(caseId)))
			.hasSize(2);
		assertThat(jdbc.sql("select rung from supervision_escalation where case_id = :caseId")
			.param("caseId", paused)
			.query(String.class)
			.list()).as("paused from 10-10: went to the head, not further").containsExactly("DEPARTMENT_HEAD");
	}

	private List<DeadlineEscalated> scanOn(UUID caseId, String cityTime) {
		settableClock.set(LocalDateTime.parse(cityTime));
		return ofCase(ladder.scan(), caseId);
	}

	/** Two nodes' schedulers scanning at the same moment: what both recorded. */
	private List<DeadlineEscalated> racingScansOn(UUID caseId, String cityTime) throws Exception {
		settableClock.set(LocalDateTime.parse(cityTime));
		return ofCase(RacingNodes.both(ladder::scan), caseId);
	}

	private static List<DeadlineEscalated> ofCase(List<DeadlineEscalated> recorded, UUID caseId) {
		return recorded.stream().filter(escalated -> escalated.caseId().equals(caseId)).toList();
	}

	private UUID start(String receivedAt, int committedLimitDays) {
		UUID caseId = UUID.randomUUID();
		started.add(caseId);
		settableClock.set(LocalDateTime.parse(receivedAt));
		Instant received = at(receivedAt);
		clocks.start(caseId, number(caseId), received,
				calendar.nextWorkingDay(LocalDate.ofInstant(received, TestClock.CITY)), 20, committedLimitDays, false);
		return caseId;
	}

	private static String number(UUID caseId) {
		return "EL" + caseId.toString().substring(0, 8);
	}

	private static LocalDate day(String date) {
		return LocalDate.parse(date);
	}

	private static Instant at(String cityTime) {
		return LocalDateTime.parse(cityTime).atZone(TestClock.CITY).toInstant();
	}

}
