package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.application.ApplicationTest;
import org.tongban.identity.Actor;
import org.tongban.identity.Role;
import org.tongban.support.TestClock;

/**
 * R8.3, issue 15 item 1: how many working days ahead a case is warned is set per matter
 * version; the clock of a case learns it when it starts, dates its first yellow days by
 * it, and the work queue colours the case by them.
 */
@ApplicationTest
class MatterWarningDaysTests {

	@Autowired
	CaseFixtures cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseWork work;

	@Autowired
	TestClock clock;

	@Test
	@DisplayName("R8.3: the clock of a case keeps the warning days of its matter version, else the platform's defaults")
	void theClockKeepsTheWarningDaysOfItsMatterVersion() {
		String early = cases.matter("approval-standard", true, 5, 3);
		CaseFixtures.Submitted warnedEarly = cases.standard(early, CaseFixtures.TEST_DEPARTMENT);
		String usual = cases.matter("approval-standard", true);
		CaseFixtures.Submitted byDefault = cases.standard(usual, CaseFixtures.TEST_DEPARTMENT);

		Map<String, Object> earlyClock = clock(warnedEarly);
		Map<String, Object> defaultClock = clock(byDefault);
		assertThat(earlyClock).containsEntry("case_yellow_days", 5).containsEntry("step_yellow_days", 3);
		assertThat(defaultClock).as("tongban.supervision.warnings.*-yellow-days")
			.containsEntry("case_yellow_days", 2)
			.containsEntry("step_yellow_days", 1);
		// The same limits from the same day: due the same day, warned earlier.
		assertThat(earlyClock.get("due_on")).isNotNull().isEqualTo(defaultClock.get("due_on"));
		assertThat(date(earlyClock, "yellow_on")).isBefore(date(defaultClock, "yellow_on"));
		// The acceptance step: three days ahead of its five rather than one.
		assertThat(date(stepOf(warnedEarly), "yellow_on")).isBefore(date(stepOf(byDefault), "yellow_on"));

		// The work queue colours them as the warnings come: on the early one's first
		// yellow day, it is yellow and the other still green.
		clock.set(date(earlyClock, "yellow_on").atTime(10, 0));
		Actor clerk = cases.staff(Role.WINDOW_CLERK, CaseFixtures.TEST_DEPARTMENT);
		assertThat(colourIn(clerk, early, warnedEarly)).isEqualTo(WorkItem.DeadlineColour.YELLOW);
		assertThat(colourIn(clerk, usual, byDefault)).isEqualTo(WorkItem.DeadlineColour.GREEN);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private WorkItem.DeadlineColour colourIn(Actor staff, String matterCode, CaseFixtures.Submitted submitted) {
		return work
			.queue(staff, new QueueFilter(null, matterCode, QueueFilter.Claim.ALL, QueueFilter.Sort.DUE),
					CaseFixtures.WHOLE_QUEUE)
			.items()
			.stream()
			.filter(item -> item.number().equals(submitted.number()))
			.findFirst()
			.orElseThrow()
			.colour();
	}

	private Map<String, Object> clock(CaseFixtures.Submitted submitted) {
		return jdbc.sql("""
				select case_yellow_days, step_yellow_days, due_on, yellow_on from supervision_clock
				where case_id = :caseId""").param("caseId", submitted.id()).query().singleRow();
	}

	private Map<String, Object> stepOf(CaseFixtures.Submitted submitted) {
		return jdbc.sql("""
				select due_on, yellow_on from supervision_clock_step
				where case_id = :caseId and step = 'ACCEPTANCE' and due_on is not null""")
			.param("caseId", submitted.id())
			.query()
			.singleRow();
	}

	private static LocalDate date(Map<String, Object> row, String column) {
		Object value = row.get(column);
		return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
	}

}
