package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.application.ApplicationTest;
import org.tongban.approval.CaseFixtures.Submitted;
import org.tongban.supervision.CaseClocks;
import org.tongban.support.TestClock;

/**
 * R15.3, 行政许可法 art. 42: the decision limits count from the working day after acceptance
 * ("自受理之日起"), not from receipt, so that a case accepted on its fifth day keeps all its
 * days for review; acceptance deemed by law (art. 32) or given on the day of receipt
 * counts from receipt.
 */
@ApplicationTest
class DecisionLimitTests {

	@Autowired
	CaseWork work;

	@Autowired
	CaseClocks clocks;

	@Autowired
	CaseFixtures cases;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	/**
	 * The start-up task that dates the clocks of cases accepted before the clocks knew
	 * their acceptance.
	 */
	@Autowired
	@Qualifier("acceptedClocks")
	ApplicationRunner acceptedClocks;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	@DisplayName("R15.3: accepted on Thursday 3 December, the food licence's 5 days count from Friday 4 December")
	void theDecisionLimitsCountFromTheWorkingDayAfterAcceptance() {
		// Received Friday 27 November 2026 at 10:00: counted from receipt, the 5 days
		// would end on 4 December.
		Submitted food = cases.foodLicence();
		assertThat(clocks.of(food.id()).orElseThrow().dueOn()).isEqualTo("2026-12-04");

		clock.set(LocalDateTime.of(2026, 12, 3, 15, 0));
		CaseView accepted = work.accept(cases.clerk(), food.number(), "材料齐全");

		assertThat(accepted.clock().startsOn()).isEqualTo("2026-12-04");
		assertThat(accepted.clock().dueOn()).isEqualTo("2026-12-10");
		assertThat(accepted.clock().statutoryDueOn()).as("10 working days").isEqualTo("2026-12-17");
	}

	@Test
	@DisplayName("R15.3: an open case accepted before the clocks knew their acceptance is dated again at start-up")
	void openCasesAcceptedBeforeAreDatedAgainOnce() throws Exception {
		Submitted food = cases.foodLicence();
		clock.set(LocalDateTime.of(2026, 12, 3, 15, 0));
		work.accept(cases.clerk(), food.number(), "材料齐全");
		// As the clock of such a case stands in a database of before: counted from
		// receipt, no acceptance known.
		jdbc.sql("update supervision_clock set accepted_on = null, starts_on = date '2026-11-30' where case_id = :id")
			.param("id", food.id())
			.update();
		assertThat(clocks.of(food.id()).orElseThrow().dueOn()).isEqualTo("2026-12-04");

		acceptedClocks.run(null);

		assertThat(clocks.of(food.id()).orElseThrow().dueOn()).isEqualTo("2026-12-10");
		assertThat(clocks.withoutAcceptance(List.of(food.id()))).isEmpty();
	}

	@Test
	@DisplayName("R15.3: accepted on the day of receipt, the limits count from the working day after receipt")
	void anAcceptanceOnTheDayOfReceiptCountsFromReceipt() {
		Submitted food = cases.foodLicence();

		CaseView accepted = work.accept(cases.clerk(), food.number(), "当场受理");

		assertThat(accepted.clock().startsOn()).isEqualTo("2026-11-30");
		assertThat(accepted.clock().dueOn()).isEqualTo("2026-12-04");
	}

}
