package org.tongban.participation.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;
import org.tongban.application.ApplicationTest;
import org.tongban.application.FoodLicenceApplications;
import org.tongban.application.Receipt;
import org.tongban.approval.CaseFixtures;
import org.tongban.approval.CaseOfficers;
import org.tongban.approval.CaseWork;
import org.tongban.approval.ReviewOutcome;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.identity.SmsInbox;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.participation.feedback.Feedback.Channel;
import org.tongban.participation.feedback.Feedback.Kind;
import org.tongban.participation.feedback.Feedback.Status;
import org.tongban.participation.feedback.Feedback.Subject;
import org.tongban.participation.feedback.Feedbacks.Filing;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.support.AuditProbe;
import org.tongban.support.TestClock;

/**
 * Complaints, suggestions and reports (R10.1) over the real 2026 calendar: filed on
 * Tuesday 09-29, just before 国庆 (10-01 to 10-07, with Saturday 10-10 worked), a complaint
 * is due on the 5th working day, Monday 10-12, and a suggestion on the 10th, Monday 10-19
 * (R15.1). It is routed to the department of the matter, of the case or the one chosen;
 * its reviewers and approvers answer; the filer is told and says once whether it resolved
 * the problem; one that did not goes back to the department with a new limit, and the
 * supervision office sees it once overdue. Nobody files about a case they cannot see, and
 * nobody answers their own feedback or a complaint about a case they handled.
 */
@ApplicationTest
class FeedbackLifeCycleTests {

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
	WebApplicationContext context;

	@Autowired
	FoodLicenceApplications food;

	@Autowired
	CaseFixtures cases;

	@Autowired
	CaseWork work;

	@Autowired
	CaseOfficers officers;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aComplaintFiledBeforeNationalDayIsDueFiveWorkingDaysLaterAnsweredAndResolved() {
		clock.set(LocalDateTime.parse("2026-09-29T10:00"));
		MobileNumber mobile = TestAccounts.mobile();
		Feedbacks.Filed filed = feedbacks.file(Optional.empty(), new Filing(Kind.COMPLAINT, Subject.DEPARTMENT, null,
				SCJGJ, null, null, "窗口工作人员态度生硬。", "李四", mobile.value(), null), Channel.WEB);

		assertThat(filed.number()).matches("FK20260929\\d{6}");
		assertThat(filed.queryCode()).matches("[2-9A-HJKMNP-Z]{8}");
		assertThat(filed.departmentCode()).isEqualTo(SCJGJ);
		assertThat(filed.dueOn()).as("09-30, 10-08, 10-09, 10-10 (调休), 10-12").isEqualTo("2026-10-12");
		Feedback followed = feedbacks.follow(filed.number(), filed.queryCode().toLowerCase());
		assertThat(followed.status()).isEqualTo(Status.OPEN);
		assertThat(followed.isOverdue(LocalDate.parse("2026-10-12"))).isFalse();
		assertThat(followed.isOverdue(LocalDate.parse("2026-10-13"))).isTrue();
		assertThatThrownBy(() -> feedbacks.follow(filed.number(), "ABCDEFGH")).isInstanceOf(NotFoundException.class);

		Actor reviewer = staff(Role.REVIEWER, SCJGJ);
		Actor otherDepartment = staff(Role.REVIEWER, "SWJ");
		Actor clerk = staff(Role.WINDOW_CLERK, SCJGJ);
		assertThat(feedbacks.queue(reviewer)).extracting(Feedback::number).contains(filed.number());
		assertThat(feedbacks.queue(otherDepartment)).extracting(Feedback::number).doesNotContain(filed.number());
		assertThatThrownBy(() -> feedbacks.forStaff(otherDepartment, filed.number()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> feedbacks.queue(clerk)).isInstanceOfSatisfying(RefusedException.class,
				refused -> assertThat(refused.refusal()).isEqualTo(Refusal.FORBIDDEN));
		assertThatThrownBy(() -> feedbacks.verdict(filed.number(), filed.queryCode(), true))
			.as("nothing to rate before the answer")
			.isInstanceOf(RefusedException.class);

		clock.set(LocalDateTime.parse("2026-10-09T15:00"));
		Feedback answered = feedbacks.answer(reviewer, filed.number(), "已约谈当事工作人员并通报批评，窗口已加强服务规范培训。");
		assertThat(answered.status()).isEqualTo(Status.ANSWERED);
		assertThat(answered.awaitsVerdict()).isTrue();
		assertThatThrownBy(() -> feedbacks.answer(reviewer, filed.number(), "再次答复")).isInstanceOfSatisfying(
				RefusedException.class, refused -> assertThat(refused.refusal()).isEqualTo(Refusal.CONFLICT));
		MockMvcTester mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());
		await().atMost(Duration.ofSeconds(30))
			.alias("the filer is told by SMS that the answer is there")
			.untilAsserted(() -> assertThat(new SmsInbox(mvc).recent(mobile))
				.anySatisfy(sms -> assertThat(sms).contains(filed.number(), "答复").doesNotContain("约谈")));

		Feedback closed = feedbacks.verdict(filed.number(), filed.queryCode(), true);
		assertThat(closed.status()).isEqualTo(Status.CLOSED);
		assertThat(closed.resolved()).isTrue();
		assertThatThrownBy(() -> feedbacks.verdict(filed.number(), filed.queryCode(), false))
			.as("the verdict is given once")
			.isInstanceOfSatisfying(RefusedException.class,
					refused -> assertThat(refused.refusal()).isEqualTo(Refusal.CONFLICT));
		assertThat(new AuditProbe(jdbc).of(Feedbacks.OBJECT_TYPE, filed.number()))
			.extracting(AuditProbe.Row::action, AuditProbe.Row::outcome)
			.containsSubsequence(org.assertj.core.groups.Tuple.tuple("feedback.file", "SUCCESS"),
					org.assertj.core.groups.Tuple.tuple("feedback.read", "FAILURE"),
					org.assertj.core.groups.Tuple.tuple("feedback.answer", "SUCCESS"),
					org.assertj.core.groups.Tuple.tuple("feedback.verdict", "SUCCESS"),
					org.assertj.core.groups.Tuple.tuple("feedback.refused", "FAILURE"));
	}

	@Test
	void aSuggestionThatDidNotResolveTheProblemGoesBackWithANewLimitAndTheSupervisorSeesItOverdue() {
		clock.set(LocalDateTime.parse("2026-09-29T10:00"));
		Feedbacks.Filed filed = feedbacks.file(Optional.empty(),
				new Filing(Kind.SUGGESTION, Subject.MATTER, FoodLicenceApplications.MATTER, null, null, null,
						"建议食品经营许可增加网上预约现场核查。", "王五", null, "wangwu@example.cn"),
				Channel.WEB);
		assertThat(filed.departmentCode()).as("the matter's department").isEqualTo(SCJGJ);
		assertThat(filed.dueOn()).as("the 10th working day, 国庆 skipped").isEqualTo("2026-10-19");
		Actor approver = staff(Role.APPROVER, SCJGJ);
		Actor supervisor = staff(Role.SUPERVISOR, "ZWFWJ");

		clock.set(LocalDateTime.parse("2026-10-13T09:00"));
		feedbacks.answer(approver, filed.number(), "感谢建议，将在系统升级时研究。");
		Feedback reopened = feedbacks.verdict(filed.number(), filed.queryCode(), false);
		assertThat(reopened.status()).isEqualTo(Status.REOPENED);
		assertThat(reopened.resolved()).isFalse();
		assertThat(reopened.dueOn()).as("10 working days from 10-13 again").isEqualTo("2026-10-27");

		clock.set(LocalDateTime.parse("2026-10-27T17:00"));
		assertThat(feedbacks.overdue(supervisor)).extracting(Feedback::number).doesNotContain(filed.number());
		clock.set(LocalDateTime.parse("2026-10-28T09:00"));
		assertThat(feedbacks.overdue(supervisor)).extracting(Feedback::number).contains(filed.number());
		assertThatThrownBy(() -> feedbacks.overdue(approver)).isInstanceOf(RefusedException.class);

		Feedback closed = feedbacks.answer(approver, filed.number(), "已纳入明年系统升级计划，预计三月上线。");
		assertThat(closed.status()).as("the department's second answer closes it").isEqualTo(Status.CLOSED);
		assertThat(feedbacks.overdue(supervisor)).extracting(Feedback::number).doesNotContain(filed.number());
		assertThatThrownBy(() -> feedbacks.verdict(filed.number(), filed.queryCode(), false))
			.isInstanceOf(RefusedException.class);
	}

	@Test
	void aComplaintAboutACaseNeedsItsQueryCodeOrTheApplicantsOwnAccount() {
		var restaurant = food.restaurant();
		Receipt receipt = food.submit(restaurant);
		Filing withCode = caseComplaint(receipt.number(), receipt.queryCode());
		Filing wrongCode = caseComplaint(receipt.number(), "ZZZZZZZZ");
		Filing withoutCode = caseComplaint(receipt.number(), null);

		assertThatThrownBy(() -> feedbacks.file(Optional.empty(), wrongCode, Channel.WEB))
			.isInstanceOfSatisfying(InvalidParameterException.class, refused -> {
				assertThat(refused.parameter()).isEqualTo("caseQueryCode");
				assertThat(refused.messageCode()).isEqualTo("feedback.case.notFound");
			});
		Actor stranger = food.accounts().person().actor();
		assertThatThrownBy(() -> feedbacks.file(Optional.of(stranger), withoutCode, Channel.WEB))
			.as("somebody else's case, without its code")
			.isInstanceOfSatisfying(InvalidParameterException.class, refused -> {
				assertThat(refused.parameter()).isEqualTo("caseNumber");
				assertThat(refused.messageCode()).isEqualTo("feedback.case.notFound");
			});

		Feedbacks.Filed byCode = feedbacks.file(Optional.empty(), withCode, Channel.WEB);
		assertThat(byCode.departmentCode()).isEqualTo(SCJGJ);
		Feedbacks.Filed own = feedbacks.file(Optional.of(restaurant.enterprise()), withoutCode, Channel.WEB);
		assertThat(own.departmentCode()).isEqualTo(SCJGJ);
		assertThat(feedbacks.mine(restaurant.enterprise())).extracting(Feedback::number).containsExactly(own.number());
		assertThat(feedbacks.mine(restaurant.enterprise(), own.number()).caseNumber()).isEqualTo(receipt.number());
		assertThatThrownBy(() -> feedbacks.mine(stranger, own.number())).isInstanceOf(NotFoundException.class);
		assertThat(feedbacks.contactOf(feedbacks.mine(restaurant.enterprise(), own.number()).id()))
			.as("the verified account is the contact, not what the form says")
			.hasValueSatisfying(contact -> {
				assertThat(contact.name()).isEqualTo(restaurant.enterprise().name());
				assertThat(contact.accountId()).isEqualTo(restaurant.enterprise().id());
				assertThat(contact.mobile()).isNull();
			});
	}

	@Test
	void nobodyAnswersTheirOwnFeedbackNorAComplaintAboutACaseTheyHandled() {
		Actor reviewer = staff(Role.REVIEWER, SCJGJ);
		Feedbacks.Filed ownFiling = feedbacks.file(Optional.of(reviewer), new Filing(Kind.SUGGESTION,
				Subject.DEPARTMENT, null, SCJGJ, null, null, "建议延长周六窗口服务时间。", null, null, null), Channel.WEB);
		assertThatThrownBy(() -> feedbacks.answer(reviewer, ownFiling.number(), "同意。"))
			.isInstanceOfSatisfying(RefusedException.class, refused -> {
				assertThat(refused.refusal()).isEqualTo(Refusal.FORBIDDEN);
				assertThat(refused.messageCode()).isEqualTo("feedback.answer.ownFeedback");
			});

		// The reviewer acted at the review step, which has ended: no task of the case is
		// theirs any more, but the case's officers name them.
		CaseFixtures.Submitted submitted = cases.standard();
		work.accept(staff(Role.WINDOW_CLERK, SCJGJ), submitted.number(), null);
		cases.awaitStep(submitted.number(), "REVIEW", SCJGJ);
		Actor handled = staff(Role.REVIEWER, SCJGJ);
		work.review(handled, submitted.number(), ReviewOutcome.APPROVE, "符合条件。");
		cases.awaitStep(submitted.number(), "DECISION", SCJGJ);
		assertThat(officers.of(submitted.id())).extracting(CaseOfficers.Officer::accountId).contains(handled.id());
		Feedbacks.Filed complaint = feedbacks.file(Optional.of(submitted.applicant()),
				caseComplaint(submitted.number(), null), Channel.WEB);

		assertThatThrownBy(() -> feedbacks.answer(handled, complaint.number(), "我们按规定办理。"))
			.isInstanceOfSatisfying(RefusedException.class, refused -> {
				assertThat(refused.refusal()).isEqualTo(Refusal.FORBIDDEN);
				assertThat(refused.messageCode()).isEqualTo("feedback.answer.ownCase");
			});
		MockMvcTester mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());
		assertThat(mvc.post()
			.uri(StaffFeedbackPages.QUEUE + "/" + complaint.number() + "/answer")
			.param("answer", "我们按规定办理。")
			.with(authentication(new ActorAuthentication(handled)))
			.with(csrf())).hasStatus(403).bodyText().contains("您办理过该办件，不能答复针对它的投诉");
		assertThat(mvc.post()
			.uri(StaffFeedbackPages.QUEUE + "/" + complaint.number() + "/answer?lang=en")
			.param("answer", "We followed the rules.")
			.with(authentication(new ActorAuthentication(handled)))
			.with(csrf())).hasStatus(403)
			.bodyText()
			.contains("You handled this application, so another member of the department must answer");
		assertThat(new AuditProbe(jdbc).of(Feedbacks.OBJECT_TYPE, complaint.number()))
			.extracting(AuditProbe.Row::action, AuditProbe.Row::outcome)
			.contains(org.assertj.core.groups.Tuple.tuple("feedback.refused", "FAILURE"));
		assertThat(feedbacks.forStaff(handled, complaint.number()).status()).as("still awaits an answer")
			.isEqualTo(Status.OPEN);

		// The approver has claimed the decision but not acted yet: the case is theirs all
		// the same.
		Actor deciding = staff(Role.APPROVER, SCJGJ);
		work.claim(deciding, submitted.number());
		assertThatThrownBy(() -> feedbacks.answer(deciding, complaint.number(), "我们正在决定。")).isInstanceOfSatisfying(
				RefusedException.class,
				refused -> assertThat(refused.messageCode()).isEqualTo("feedback.answer.ownCase"));

		assertThat(feedbacks.answer(staff(Role.APPROVER, SCJGJ), complaint.number(), "已督促承办人加快审查。").status())
			.isEqualTo(Status.ANSWERED);
	}

	@Test
	void eachBadInputIsRefusedNamingItsField() {
		assertRefused(new Filing(null, Subject.DEPARTMENT, null, SCJGJ, null, null, "内容", "张三", "13800138000", null),
				"kind", "feedback.kind.missing");
		assertRefused(new Filing(Kind.COMPLAINT, null, null, SCJGJ, null, null, "内容", "张三", "13800138000", null),
				"subject", "feedback.subject.missing");
		assertRefused(
				new Filing(Kind.COMPLAINT, Subject.MATTER, " ", null, null, null, "内容", "张三", "13800138000", null),
				"matterCode", "feedback.matterCode.missing");
		assertRefused(new Filing(Kind.COMPLAINT, Subject.MATTER, "NO-SUCH-MATTER", null, null, null, "内容", "张三",
				"13800138000", null), "matterCode", "feedback.matter.unknown");
		assertRefused(new Filing(Kind.COMPLAINT, Subject.DEPARTMENT, null, "NOPE", null, null, "内容", "张三",
				"13800138000", null), "departmentCode", "feedback.department.unknown");
		assertRefused(new Filing(Kind.COMPLAINT, Subject.CASE, null, null, "", null, "内容", "张三", "13800138000", null),
				"caseNumber", "feedback.caseNumber.missing");
		assertRefused(new Filing(Kind.COMPLAINT, Subject.CASE, null, null, "TB20261127999999", null, "内容", "张三",
				"13800138000", null), "caseQueryCode", "feedback.caseQueryCode.missing");
		assertRefused(new Filing(Kind.COMPLAINT, Subject.DEPARTMENT, null, SCJGJ, null, null, "  ", "张三", "13800138000",
				null), "text", "feedback.text.missing");
		assertRefused(new Filing(Kind.COMPLAINT, Subject.DEPARTMENT, null, SCJGJ, null, null, "长".repeat(2001), "张三",
				"13800138000", null), "text", "feedback.tooLong");
		assertRefused(new Filing(Kind.COMPLAINT, Subject.DEPARTMENT, null, SCJGJ, null, null, "内容", null, "13800138000",
				null), "name", "feedback.name.missing");
		assertRefused(new Filing(Kind.COMPLAINT, Subject.DEPARTMENT, null, SCJGJ, null, null, "内容", "张".repeat(51),
				"13800138000", null), "name", "feedback.name.tooLong");
		assertRefused(new Filing(Kind.COMPLAINT, Subject.DEPARTMENT, null, SCJGJ, null, null, "内容", "张三", null, " "),
				"mobile", "feedback.contact.missing");
		assertRefused(
				new Filing(Kind.COMPLAINT, Subject.DEPARTMENT, null, SCJGJ, null, null, "内容", "张三", "12345", null),
				"mobile", "feedback.mobile.invalid");
		assertRefused(new Filing(Kind.COMPLAINT, Subject.DEPARTMENT, null, SCJGJ, null, null, "内容", "张三", null,
				"not an address"), "email", "feedback.email.invalid");
	}

	private void assertRefused(Filing filing, String parameter, String messageCode) {
		assertThatThrownBy(() -> feedbacks.file(Optional.empty(), filing, Channel.WEB))
			.isInstanceOfSatisfying(InvalidParameterException.class, refused -> {
				assertThat(refused.parameter()).isEqualTo(parameter);
				assertThat(refused.messageCode()).isEqualTo(messageCode);
			});
	}

	private static Filing caseComplaint(String number, String queryCode) {
		return new Filing(Kind.COMPLAINT, Subject.CASE, null, null, number, queryCode, "受理后十天没有任何进展。", "冒名者",
				"13800138000", null);
	}

	private Actor staff(Role role, String department) {
		return new TestAccounts(accounts).staff(TestAccounts.accountName(), DepartmentRole.of(role, department));
	}

}
