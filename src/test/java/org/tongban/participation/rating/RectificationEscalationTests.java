package org.tongban.participation.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.approval.CaseFixtures;
import org.tongban.approval.CaseFixtures.Submitted;
import org.tongban.approval.Decision;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.participation.Satisfaction;
import org.tongban.participation.rating.Rating.Verification;
import org.tongban.supervision.DeadlineEscalated.Rung;
import org.tongban.supervision.DueItemEscalated;
import org.tongban.supervision.DueItems;
import org.tongban.supervision.WorkingDayCalendar;
import org.tongban.supervision.warning.DueItemScans;
import org.tongban.support.AuditProbe;
import org.tongban.support.TestClock;

/**
 * A rectification not replied to by its 15th working day escalates as an overdue case
 * does (R8.3, R15.8), over the real 2026 calendar: found justified on Monday 09-28, it is
 * due on Friday 10-23 (国庆 10-01 to 10-07 skipped, Saturday 10-10 worked), red from then
 * on, and goes to the department's head once red for two whole working days (10-26,
 * 10-27: on 10-28), once, however many nodes or callers run the watch; replied to, it
 * climbs no further.
 */
@IdentityTest
class RectificationEscalationTests {

	private static final String DEPARTMENT = "SCJGJ";

	@Autowired
	Ratings ratings;

	@Autowired
	RatingStore store;

	@Autowired
	CaseFixtures cases;

	@Autowired
	Accounts accountDirectory;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anOverdueRectificationGoesToTheDepartmentHeadOnceEvenWhenTheWatchRunsTwiceOnTwoNodes() throws Exception {
		TestAccounts accounts = new TestAccounts(accountDirectory);
		Actor approver = accounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.APPROVER, DEPARTMENT));
		Submitted finished = cases.standard();
		cases.decideFromAcceptance(finished.number(), DEPARTMENT, Decision.GRANT);
		await().atMost(Duration.ofSeconds(30)).until(() -> store.byNumber(finished.number()).isPresent());
		ratings.rate(finished.applicant(), finished.number(), Satisfaction.VERY_DISSATISFIED, Set.of(RatingReason.SLOW),
				"跑了三次。");
		clock.set(LocalDateTime.of(2026, 9, 28, 9, 0));
		Rating verified = ratings.verify(
				accounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.SUPERVISOR, "ZWFWJ")),
				finished.number(), Verification.JUSTIFIED, "经调取记录，确有多次补件。");
		assertThat(verified.rectificationDue()).isEqualTo(calendar.addWorkingDays(LocalDate.of(2026, 9, 28), 15))
			.isEqualTo("2026-10-23");

		assertThat(escalateOn(finished.number(), "2026-10-23T17:00")).as("due today").isEmpty();
		clock.set(LocalDateTime.parse("2026-10-26T09:00"));
		assertThat(DueItemScans.warn(context)).filteredOn(warned -> warned.reference().equals(finished.number()))
			.singleElement()
			.satisfies(warned -> assertThat(warned.level().name()).isEqualTo("RED"));
		assertThat(escalateOn(finished.number(), "2026-10-27T09:00")).as("red through 10-26 only").isEmpty();

		clock.set(LocalDateTime.parse("2026-10-28T09:00"));
		List<DueItemEscalated> first = onRungs(DueItemScans.escalateOnTwoNodes(context), finished.number());
		List<DueItemEscalated> again = onRungs(DueItemScans.escalateOnTwoNodes(context), finished.number());
		assertThat(first).containsExactly(new DueItemEscalated(DueItems.Kind.RECTIFICATION, finished.number(),
				DEPARTMENT, Rung.DEPARTMENT_HEAD, LocalDate.of(2026, 10, 23), 2));
		assertThat(again).as("the job run again, from two callers").isEmpty();
		assertThat(
				jdbc.sql("select rung || ' ' || escalated_on from supervision_due_escalation where reference = :number")
					.param("number", finished.number())
					.query(String.class)
					.list())
			.containsExactly("DEPARTMENT_HEAD 2026-10-28");
		assertThat(new AuditProbe(jdbc).platformActions("rectification", finished.number()))
			.containsExactly("deadline.warn", "deadline.escalate");
		await().atMost(Duration.ofSeconds(30))
			.alias("the department's head is told once, without a link to the administrators' page they cannot open")
			.until(() -> jdbc.sql("""
					select count(*) from notification_outbox where account_id = :account and kind = 'DUE_ESCALATED'
						and link is null and channel = 'IN_APP'""")
				.param("account", approver.id())
				.query(Long.class)
				.single() == 1);

		ratings.reply(accounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.DEPARTMENT_ADMIN, DEPARTMENT)),
				finished.number(), "已整改：补正材料改为一次性告知。");
		assertThat(escalateOn(finished.number(), "2026-11-30T09:00")).as("replied to: owed no more").isEmpty();
	}

	private List<DueItemEscalated> escalateOn(String number, String cityTime) {
		clock.set(LocalDateTime.parse(cityTime));
		return onRungs(DueItemScans.escalate(context), number);
	}

	private static List<DueItemEscalated> onRungs(List<DueItemEscalated> recorded, String number) {
		return recorded.stream().filter(escalated -> escalated.reference().equals(number)).toList();
	}

}
