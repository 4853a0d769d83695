package org.tongban.participation.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;
import org.tongban.application.ApplicationTest;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.participation.feedback.Feedback.Channel;
import org.tongban.participation.feedback.Feedback.Kind;
import org.tongban.participation.feedback.Feedback.Subject;
import org.tongban.participation.feedback.Feedbacks.Filing;
import org.tongban.shared.crypto.FieldCipher;
import org.tongban.supervision.DeadlineEscalated.Rung;
import org.tongban.supervision.DeadlineWarned.Level;
import org.tongban.supervision.DueItemEscalated;
import org.tongban.supervision.DueItemWarned;
import org.tongban.supervision.DueItems;
import org.tongban.supervision.warning.DueItemScans;
import org.tongban.support.AuditProbe;
import org.tongban.support.TestClock;

/**
 * A complaint's answer in the supervision office's warnings and escalation (R8.3, R10.1)
 * over the real 2026 calendar: filed on Tuesday 09-29, before 国庆 (10-01 to 10-07, with
 * Saturday 10-10 worked and Sunday 10-11 not), it is due on Monday 10-12. It is yellow
 * once at most two working days are left (from Saturday 10-10: 10-10 and 10-12), red from
 * 10-13, goes to the department's head once red for two whole working days (10-13, 10-14:
 * on 10-15) and to the supervision office after two more (10-15, 10-16: on Saturday
 * 10-17, a day off on which the watch runs as on every day); each once, whichever node
 * finds it, and it stops climbing once answered.
 */
@ApplicationTest
class FeedbackWarningTests {

	static final String SCJGJ = "SCJGJ";

	@Autowired
	Feedbacks feedbacks;

	@Autowired
	TestClock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	WebApplicationContext web;

	@Autowired
	FieldCipher cipher;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aComplaintTurnsYellowThenRedShowsInTheConsoleAndEscalatesOncePerRung() throws Exception {
		Actor approver = staff(Role.APPROVER, SCJGJ);
		Actor supervisor = staff(Role.SUPERVISOR, "ZWFWJ");
		clock.set(LocalDateTime.parse("2026-09-29T10:00"));
		Feedbacks.Filed filed = feedbacks.file(Optional.empty(), new Filing(Kind.COMPLAINT, Subject.DEPARTMENT, null,
				SCJGJ, null, null, "窗口工作人员态度生硬。", "李四", "13800138000", null), Channel.WEB);
		String number = filed.number();
		assertThat(filed.dueOn()).isEqualTo("2026-10-12");

		assertThat(warnOn(number, "2026-10-07T09:00")).as("National Day").isEmpty();
		assertThat(warnOn(number, "2026-10-09T09:00")).as("three working days left: 10-09, 10-10, 10-12").isEmpty();
		assertThat(warnOn(number, "2026-10-10T09:00"))
			.containsExactly(new DueItemWarned(DueItems.Kind.FEEDBACK, number, SCJGJ, Level.YELLOW, day("2026-10-12")));
		assertThat(warnOn(number, "2026-10-10T10:00")).as("once").isEmpty();
		assertThat(warnOn(number, "2026-10-12T17:00")).as("due today: still yellow").isEmpty();
		assertThat(console(supervisor)).contains(number, "黄色");

		clock.set(LocalDateTime.parse("2026-10-13T09:00"));
		assertThat(ofFeedback(DueItemScans.warnOnTwoNodes(context), number))
			.containsExactly(new DueItemWarned(DueItems.Kind.FEEDBACK, number, SCJGJ, Level.RED, day("2026-10-12")));
		assertThat(warnOn(number, "2026-10-13T10:00")).as("once").isEmpty();
		assertThat(console(supervisor)).contains(number, "红色");

		assertThat(escalateOn(number, "2026-10-13T10:00")).as("red for no whole working day yet").isEmpty();
		assertThat(escalateOn(number, "2026-10-14T10:00")).as("red through 10-13 only").isEmpty();
		clock.set(LocalDateTime.parse("2026-10-15T09:00"));
		assertThat(onRungs(DueItemScans.escalateOnTwoNodes(context), number)).containsExactly(new DueItemEscalated(
				DueItems.Kind.FEEDBACK, number, SCJGJ, Rung.DEPARTMENT_HEAD, day("2026-10-12"), 2));
		assertThat(escalateOn(number, "2026-10-15T10:00")).as("once").isEmpty();
		assertThat(escalateOn(number, "2026-10-16T10:00")).as("red through 10-15 only").isEmpty();
		assertThat(escalateOn(number, "2026-10-17T09:00")).as("a Saturday off: the watch runs on days off too")
			.containsExactly(new DueItemEscalated(DueItems.Kind.FEEDBACK, number, SCJGJ, Rung.SUPERVISION_OFFICE,
					day("2026-10-12"), 4));
		assertThat(escalateOn(number, "2026-10-19T10:00")).as("no rung above").isEmpty();

		assertThat(new AuditProbe(jdbc).platformActions("feedback", number)).containsExactly("deadline.warn",
				"deadline.warn", "deadline.escalate", "deadline.escalate");
		await().atMost(Duration.ofSeconds(30))
			.alias("the department's approver is told of each warning and of the rung of its head, once")
			.untilAsserted(() -> assertThat(told(approver.id(), "/staff/feedback/" + number, number))
				.containsExactlyInAnyOrder("DUE_WARNING_YELLOW", "DUE_WARNING_RED", "DUE_ESCALATED"));
		await().atMost(Duration.ofSeconds(30))
			.alias("the supervisors are told of the warnings and of the office's rung")
			.untilAsserted(() -> assertThat(told(supervisor.id(), StaffFeedbackPages.OVERDUE, number))
				.containsExactlyInAnyOrder("DUE_WARNING_YELLOW", "DUE_WARNING_RED", "DUE_ESCALATED"));

		feedbacks.answer(approver, number, "已约谈当事工作人员。");
		assertThat(console(supervisor)).as("answered: no longer owed").doesNotContain(number);
		assertThat(escalateOn(number, "2026-11-30T10:00")).isEmpty();
		assertThat(warnOn(number, "2026-11-30T10:00")).isEmpty();
	}

	private List<DueItemWarned> warnOn(String number, String cityTime) {
		clock.set(LocalDateTime.parse(cityTime));
		return ofFeedback(DueItemScans.warn(context), number);
	}

	private static List<DueItemWarned> ofFeedback(List<DueItemWarned> raised, String number) {
		return raised.stream().filter(warned -> warned.reference().equals(number)).toList();
	}

	private List<DueItemEscalated> escalateOn(String number, String cityTime) {
		clock.set(LocalDateTime.parse(cityTime));
		return onRungs(DueItemScans.escalate(context), number);
	}

	private static List<DueItemEscalated> onRungs(List<DueItemEscalated> recorded, String number) {
		return recorded.stream().filter(escalated -> escalated.reference().equals(number)).toList();
	}

	private String console(Actor supervisor) throws Exception {
		MockMvcTester mvc = MockMvcTester.from(web, builder -> builder.apply(springSecurity()).build());
		var result = mvc.get().uri("/supervision").with(authentication(new ActorAuthentication(supervisor))).exchange();
		assertThat(result).hasStatusOk();
		String page = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		int from = page.indexOf("id=\"warned-items\"");
		return page.substring(from, page.indexOf("id=\"rectifications\"", from));
	}

	/**
	 * The kinds of the in-app notices about the complaint to the account, by its page.
	 */
	private List<String> told(UUID account, String link, String number) {
		return jdbc
			.sql("select kind, body from notification_outbox where account_id = :account and link = :link"
					+ " and channel = 'IN_APP'")
			.param("account", account)
			.param("link", link)
			.query((row, n) -> cipher.decrypt(row.getString("body")).contains(number) ? row.getString("kind") : null)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	private static LocalDate day(String date) {
		return LocalDate.parse(date);
	}

	private Actor staff(Role role, String department) {
		return new TestAccounts(accounts).staff(TestAccounts.accountName(), DepartmentRole.of(role, department));
	}

}
