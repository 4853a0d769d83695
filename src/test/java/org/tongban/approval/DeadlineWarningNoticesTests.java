package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.ApplicationTest;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.accounts.Credentials;
import org.tongban.shared.crypto.FieldCipher;
import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.supervision.DeadlineEscalated;
import org.tongban.supervision.DeadlineEscalated.Rung;
import org.tongban.supervision.DeadlineWarned;
import org.tongban.supervision.DeadlineWarned.Level;
import org.tongban.support.TestClock;

/**
 * R8.3, issue 15 item 1: a deadline warning reaches, in-app and by SMS through the
 * outbox, whoever handles the warned step (the members of its candidate group while it is
 * unclaimed, then its assignee only), the department's approvers and every supervisor;
 * each person once whatever roles they hold, and nobody else: not the other reviewers
 * once a task is claimed, not another department's approvers, not a disabled account.
 */
@ApplicationTest
class DeadlineWarningNoticesTests {

	@Autowired
	CaseFixtures cases;

	@Autowired
	CaseWork work;

	@Autowired
	Accounts accounts;

	@Autowired
	Credentials credentials;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FieldCipher cipher;

	@Test
	@DisplayName("R8.3: a warning tells the step's candidates or its assignee, the department's approvers and the supervisors, once each")
	void aWarningTellsTheHandlerTheApproversAndTheSupervisorsOnceEach() {
		String department = CaseFixtures.SCJGJ;
		Staff clerk = staff(Role.WINDOW_CLERK, department);
		Staff clerkAndSupervisor = staff(department, Role.WINDOW_CLERK, Role.SUPERVISOR);
		Staff reviewer = staff(department, Role.REVIEWER, Role.SUPERVISOR);
		Staff otherReviewer = staff(Role.REVIEWER, department);
		Staff approver = staff(Role.APPROVER, department);
		Staff otherDepartmentsApprover = staff(Role.APPROVER, CaseFixtures.TEST_DEPARTMENT);
		Staff supervisor = staff(Role.SUPERVISOR, CaseFixtures.TEST_DEPARTMENT);
		Staff disabledApprover = staff(Role.APPROVER, department);
		credentials.changeDisabled(disabledApprover.actor().id(), clock.instant());

		CaseFixtures.Submitted submitted = cases.standard();
		String number = submitted.number();

		// Unclaimed acceptance: the window clerks of the department are its handlers.
		warn(new DeadlineWarned(submitted.id(), number, "ACCEPTANCE", Level.YELLOW, LocalDate.of(2026, 12, 9)));
		Map<UUID, Long> yellow = awaitTold(number, "WARNING_YELLOW");
		assertThat(yellow.keySet()).as("nobody else")
			.isEqualTo(toldOfWarning("(r.role = 'WINDOW_CLERK' and r.department_code = :department)", department));
		assertThat(yellow).containsEntry(clerk.id(), 1L)
			.as("told once although a clerk and a supervisor")
			.containsEntry(clerkAndSupervisor.id(), 1L)
			.containsEntry(reviewer.id(), 1L)
			.containsEntry(approver.id(), 1L)
			.containsEntry(supervisor.id(), 1L)
			.doesNotContainKeys(otherReviewer.id(), otherDepartmentsApprover.id(), disabledApprover.id());
		assertThat(smsCount(number, "WARNING_YELLOW")).isEqualTo(yellow);

		// Claimed review: its assignee only, not the department's other reviewers.
		work.accept(clerk.actor(), number, "材料齐全");
		cases.awaitStep(number, "REVIEW");
		work.claim(reviewer.actor(), number);
		warn(new DeadlineWarned(submitted.id(), number, "REVIEW", Level.RED, LocalDate.of(2026, 12, 10)));
		Map<UUID, Long> red = awaitTold(number, "WARNING_RED");
		assertThat(red.keySet()).as("nobody else").isEqualTo(toldOfWarning("false", department));
		assertThat(red).as("the assignee, also a supervisor, once")
			.containsEntry(reviewer.id(), 1L)
			.containsEntry(approver.id(), 1L)
			.containsEntry(supervisor.id(), 1L)
			.containsEntry(clerkAndSupervisor.id(), 1L)
			.doesNotContainKeys(clerk.id(), otherReviewer.id(), otherDepartmentsApprover.id(), disabledApprover.id());
		assertThat(smsCount(number, "WARNING_RED")).isEqualTo(red);

		// The outbox delivers the SMS after the commit, with the staff case page in-app.
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(smsTo(supervisor.mobile()))
				.anySatisfy(sms -> assertThat(sms).contains(number, "红色预警", "审查时限", "2026年12月10日")));
		assertThat(jdbc
			.sql("select distinct link from notification_outbox where kind = 'WARNING_RED' and account_id = :account")
			.param("account", approver.id())
			.query(String.class)
			.list()).containsExactly("/staff/cases/" + number);
	}

	@Test
	@DisplayName("R8.3: a warning of the case's own clock tells the handlers of its open task, the approvers and the supervisors")
	void aWarningOfTheCaseClockTellsTheHandlersOfItsOpenTask() {
		String department = CaseFixtures.SCJGJ;
		Staff clerk = staff(Role.WINDOW_CLERK, department);
		Staff reviewer = staff(Role.REVIEWER, department);
		CaseFixtures.Submitted submitted = cases.standard();
		String number = submitted.number();

		warn(new DeadlineWarned(submitted.id(), number, null, Level.RED, LocalDate.of(2026, 12, 9)));
		Map<UUID, Long> red = awaitTold(number, "WARNING_RED");
		assertThat(red.keySet()).as("nobody else")
			.isEqualTo(toldOfWarning("(r.role = 'WINDOW_CLERK' and r.department_code = :department)", department));
		assertThat(red).containsEntry(clerk.id(), 1L).doesNotContainKey(reviewer.id());
		assertThat(cipher.decrypt(jdbc.sql("""
				select body from notification_outbox where account_id = :account and kind = 'WARNING_RED'
				and channel = 'IN_APP'""").param("account", clerk.id()).query(String.class).single()))
			.as("the in-app message, sealed in the outbox")
			.contains(number, "办理时限", "2026年12月9日");
	}

	@Test
	@DisplayName("R8.3: an overdue case escalated tells the department's approvers, then every supervisor, and nobody else")
	void anEscalationTellsThePeopleOfItsRung() {
		String department = CaseFixtures.SCJGJ;
		Staff clerk = staff(Role.WINDOW_CLERK, department);
		Staff approver = staff(Role.APPROVER, department);
		Staff supervisor = staff(Role.SUPERVISOR, CaseFixtures.TEST_DEPARTMENT);
		Staff otherDepartmentsApprover = staff(Role.APPROVER, CaseFixtures.TEST_DEPARTMENT);
		CaseFixtures.Submitted submitted = cases.standard();
		String number = submitted.number();

		warn(new DeadlineEscalated(submitted.id(), number, Rung.DEPARTMENT_HEAD, LocalDate.of(2026, 12, 9), 2));
		Map<UUID, Long> head = awaitTold(number, "ESCALATED");
		assertThat(head.keySet()).as("the department's approvers, nobody else")
			.isEqualTo(enabledHolding("r.role = 'APPROVER' and r.department_code = :department", department));
		assertThat(head).containsEntry(approver.id(), 1L)
			.doesNotContainKeys(clerk.id(), supervisor.id(), otherDepartmentsApprover.id());
		assertThat(smsCount(number, "ESCALATED")).isEqualTo(head);

		warn(new DeadlineEscalated(submitted.id(), number, Rung.SUPERVISION_OFFICE, LocalDate.of(2026, 12, 9), 4));
		Set<UUID> supervisors = enabledHolding("r.role = 'SUPERVISOR'", department);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> countPerAccount(number, "ESCALATED", "IN_APP").keySet().containsAll(supervisors));
		Map<UUID, Long> office = countPerAccount(number, "ESCALATED", "IN_APP");
		office.keySet().removeAll(head.keySet());
		assertThat(office.keySet()).as("every supervisor, nobody else").isEqualTo(supervisors);
		assertThat(office).containsEntry(supervisor.id(), 1L);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(smsTo(supervisor.mobile()))
				.anySatisfy(sms -> assertThat(sms).contains(number, "督办", "已超期4个工作日")));
	}

	/**
	 * Raises a warning or escalation as the scanners do: the event in a transaction of
	 * its own.
	 */
	private void warn(Object warned) {
		transaction.executeWithoutResult(status -> events.publishEvent(warned));
	}

	/**
	 * The in-app messages of a kind about the case, per account, once the listener wrote
	 * them (all in one transaction).
	 */
	private Map<UUID, Long> awaitTold(String number, String kind) {
		return await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> countPerAccount(number, kind, "IN_APP"), told -> !told.isEmpty());
	}

	private Map<UUID, Long> smsCount(String number, String kind) {
		return countPerAccount(number, kind, "SMS");
	}

	private Map<UUID, Long> countPerAccount(String number, String kind, String channel) {
		return jdbc.sql(
				"select account_id from notification_outbox where link = :link and kind = :kind and channel = :channel")
			.param("link", "/staff/cases/" + number)
			.param("kind", kind)
			.param("channel", channel)
			.query((row, n) -> row.getObject("account_id", UUID.class))
			.list()
			.stream()
			.collect(Collectors.groupingBy(id -> id, Collectors.counting()));
	}

	/**
	 * Every account not disabled that is a handler by {@code handlers}, an approver of
	 * the department or a supervisor anywhere: read from the roles as stored.
	 */
	private Set<UUID> toldOfWarning(String handlers, String department) {
		return enabledHolding("%s or (r.role = 'APPROVER' and r.department_code = :department) or r.role = 'SUPERVISOR'"
			.formatted(handlers), department);
	}

	/** Every account not disabled that holds a role as {@code roles} selects them. */
	private Set<UUID> enabledHolding(String roles, String department) {
		return Set.copyOf(jdbc.sql("""
				select distinct r.staff_id from identity_staff_role r join identity_account a on a.id = r.staff_id
				where a.disabled_at is null and (%s)""".formatted(roles))
			.param("department", department)
			.query((row, n) -> row.getObject("staff_id", UUID.class))
			.list());
	}

	private List<String> smsTo(MobileNumber phone) {
		return jdbc.sql("select body from notification_dev_outbox where recipient = :mobile and channel = 'SMS'")
			.param("mobile", phone.value())
			.query(String.class)
			.list();
	}

	private Staff staff(Role role, String department) {
		return staff(department, role);
	}

	private Staff staff(String department, Role... roles) {
		MobileNumber mobile = TestAccounts.mobile();
		Actor actor = accounts.createStaff(TestAccounts.accountName(), "职员", department, mobile, TestAccounts.PASSWORD,
				java.util.Arrays.stream(roles).map(role -> DepartmentRole.of(role, department)).toList());
		return new Staff(actor, mobile);
	}

	private record Staff(Actor actor, MobileNumber mobile) {

		UUID id() {
			return actor.id();
		}

	}

}
