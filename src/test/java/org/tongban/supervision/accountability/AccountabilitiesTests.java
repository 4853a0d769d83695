package org.tongban.supervision.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import org.tongban.application.ApplicationTest;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.DeadlineWarned;
import org.tongban.supervision.StartedClocks;
import org.tongban.supervision.accountability.AccountabilityRecord.Finding;
import org.tongban.supervision.accountability.AccountabilityRecord.Status;
import org.tongban.supervision.warning.WarningScans;
import org.tongban.support.TestClock;
import org.tongban.support.WebPage;

/**
 * Accountability records (R8.3, issue 15 item 3) over the 2026 calendar: a case received
 * Monday 09-28 with 5 working days is due Saturday 10-10 (调休); the red warning raised on
 * 10-12 opens its record, once, naming the step under way; its department answers, the
 * supervisor finds and closes, each change audited, and nobody else may.
 */
@ApplicationTest
class AccountabilitiesTests {

	@Autowired
	Accountabilities accountabilities;

	@Autowired
	CaseClocks clocks;

	@Autowired
	TestClock settableClock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	final StartedClocks started = new StartedClocks();

	@AfterEach
	void cleanUp() {
		settableClock.reset();
		started.takeBack(jdbc, transaction);
	}

	@Test
	void aRedCaseGetsOneRecordThatTheDepartmentAnswersAndTheSupervisorFindsAndCloses() {
		var staff = new TestAccounts(accounts);
		Actor approver = staff.staff(TestAccounts.accountName(), DepartmentRole.of(Role.APPROVER, "SCJGJ"));
		Actor departmentAdmin = staff.staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.DEPARTMENT_ADMIN, "SCJGJ"));
		Actor supervisor = staff.staff(TestAccounts.accountName(), DepartmentRole.of(Role.SUPERVISOR, "ZWFWJ"));
		UUID caseId = start("SCJGJ");
		settableClock.set(LocalDateTime.parse("2026-10-08T10:00"));
		clocks.startStep(caseId, "REVIEW", 10, at("2026-10-08T10:00"));

		// A yellow warning opens nothing; the step's own red does not either.
		scanOn("2026-10-09T09:00");
		assertThat(recordsOf(caseId)).isZero();
		// Red on Monday 10-12, the first working day after the due day, by two scans.
		List<DeadlineWarned> raised = scanOn("2026-10-12T09:00").stream()
			.filter(warned -> warned.caseId().equals(caseId))
			.toList();
		assertThat(raised).containsExactly(new DeadlineWarned(caseId, number(caseId), null, DeadlineWarned.Level.RED,
				LocalDate.parse("2026-10-10")));
		scanOn("2026-10-13T09:00");
		assertThat(recordsOf(caseId)).isOne();
		assertThat(accountabilities.open(caseId, number(caseId), LocalDate.parse("2026-10-10")))
			.as("once per case, whoever opens it again")
			.isFalse();
		assertThat(recordsOf(caseId)).isOne();

		// Two working days overdue on Tuesday 10-13: 10-12 and 10-13.
		AccountabilityRecord record = accountabilities.ofDepartment(approver, idOf(caseId));
		assertThat(record.status()).isEqualTo(Status.OPEN);
		assertThat(record.step()).isEqualTo("REVIEW");
		assertThat(record.departmentCode()).isEqualTo("SCJGJ");
		assertThat(record.dueOn()).isEqualTo("2026-10-10");
		assertThat(record.daysOverdue()).isEqualTo(2);
		assertThat(accountabilities.ofDepartments(departmentAdmin)).extracting(AccountabilityRecord::id)
			.contains(record.id());
		assertThat(audited("accountability.open", record.id())).isOne();

		// The supervisor cannot find before the department answers.
		assertThatThrownBy(() -> accountabilities.finding(supervisor, record.id(), Finding.JUSTIFIED, "不予追究"))
			.isInstanceOfSatisfying(RefusedException.class,
					refused -> assertThat(refused.refusal()).isEqualTo(Refusal.CONFLICT));
		assertThatThrownBy(() -> accountabilities.answer(approver, record.id(), "  ")).isInstanceOfSatisfying(
				InvalidParameterException.class, invalid -> assertThat(invalid.parameter()).isEqualTo("reason"));

		AccountabilityRecord answered = accountabilities.answer(approver, record.id(), "专家评审延期");
		assertThat(answered.status()).isEqualTo(Status.ANSWERED);
		assertThat(answered.reason()).isEqualTo("专家评审延期");
		assertThatThrownBy(() -> accountabilities.answer(departmentAdmin, record.id(), "再次说明")).as("answered once")
			.isInstanceOfSatisfying(RefusedException.class,
					refused -> assertThat(refused.refusal()).isEqualTo(Refusal.CONFLICT));
		assertThatThrownBy(() -> accountabilities.finding(supervisor, record.id(), null, "约谈")).isInstanceOfSatisfying(
				InvalidParameterException.class, invalid -> assertThat(invalid.parameter()).isEqualTo("finding"));

		AccountabilityRecord found = accountabilities.finding(supervisor, record.id(), Finding.NOT_JUSTIFIED,
				"约谈部门负责人");
		assertThat(found.status()).isEqualTo(Status.FOUND);
		assertThat(found.finding()).isEqualTo(Finding.NOT_JUSTIFIED);
		assertThat(found.actionTaken()).isEqualTo("约谈部门负责人");

		AccountabilityRecord closed = accountabilities.close(supervisor, record.id());
		assertThat(closed.status()).isEqualTo(Status.CLOSED);
		assertThat(closed.closedAt()).isNotNull();
		assertThat(audited("accountability.answer", record.id())).isOne();
		assertThat(audited("accountability.finding", record.id())).isOne();
		assertThat(audited("accountability.close", record.id())).isOne();
	}

	@Test
	void nobodyAnswersForAnotherDepartmentNorTheSupervisorForTheDepartmentNorTheDepartmentFinds() {
		var staff = new TestAccounts(accounts);
		Actor approver = staff.staff(TestAccounts.accountName(), DepartmentRole.of(Role.APPROVER, "SCJGJ"));
		Actor otherApprover = staff.staff(TestAccounts.accountName(), DepartmentRole.of(Role.APPROVER, "ZWFWJ"));
		Actor reviewer = staff.staff(TestAccounts.accountName(), DepartmentRole.of(Role.REVIEWER, "SCJGJ"));
		Actor supervisor = staff.staff(TestAccounts.accountName(), DepartmentRole.of(Role.SUPERVISOR, "ZWFWJ"));
		UUID caseId = start("SCJGJ");
		scanOn("2026-10-12T09:00");
		UUID id = idOf(caseId);

		assertThatThrownBy(() -> accountabilities.answer(otherApprover, id, "不是本部门"))
			.isInstanceOf(NotFoundException.class);
		assertThat(accountabilities.ofDepartments(otherApprover)).extracting(AccountabilityRecord::id)
			.doesNotContain(id);
		assertThatThrownBy(() -> accountabilities.answer(reviewer, id, "审查人员")).isInstanceOfSatisfying(
				RefusedException.class, refused -> assertThat(refused.refusal()).isEqualTo(Refusal.FORBIDDEN));
		assertThatThrownBy(() -> accountabilities.answer(supervisor, id, "监察代答")).isInstanceOfSatisfying(
				RefusedException.class, refused -> assertThat(refused.refusal()).isEqualTo(Refusal.FORBIDDEN));
		accountabilities.answer(approver, id, "系统故障");
		assertThatThrownBy(() -> accountabilities.finding(approver, id, Finding.JUSTIFIED, "自行认定"))
			.isInstanceOfSatisfying(RefusedException.class,
					refused -> assertThat(refused.refusal()).isEqualTo(Refusal.FORBIDDEN));
		assertThatThrownBy(() -> accountabilities.close(approver, id)).isInstanceOfSatisfying(RefusedException.class,
				refused -> assertThat(refused.refusal()).isEqualTo(Refusal.FORBIDDEN));
		assertThat(accountabilities.get(supervisor, id).status()).isEqualTo(Status.ANSWERED);
	}

	@Test
	void thePagesShowTheRecordAndTakeTheAnswerTheFindingAndTheClosing() {
		var staff = new TestAccounts(accounts);
		Actor approver = staff.staff(TestAccounts.accountName(), DepartmentRole.of(Role.APPROVER, "SCJGJ"));
		Actor supervisor = staff.staff(TestAccounts.accountName(), DepartmentRole.of(Role.SUPERVISOR, "ZWFWJ"));
		UUID caseId = start("SCJGJ");
		scanOn("2026-10-12T09:00");
		UUID id = idOf(caseId);
		MockMvcTester mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());

		WebPage list = WebPage.of(mvc.get().uri("/supervision/accountability").with(as(supervisor)).exchange());
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.text()).contains(number(caseId), "待部门说明");
		assertThat(list.count("crumb\"><a href=\"/staff\"")).as("the supervisor's way back is the console only")
			.isZero();
		assertThat(list.count("crumb\"><a href=\"/supervision\"")).isEqualTo(1);
		WebPage department = WebPage.of(mvc.get().uri("/staff/accountability/{id}", id).with(as(approver)).exchange());
		assertThat(department.status()).isEqualTo(200);
		assertThat(department.count("crumb\"><a href=\"/supervision\""))
			.as("the department's way back is the workbench")
			.isZero();
		assertThat(department.html()).contains("name=\"reason\"");

		WebPage missing = WebPage.of(mvc.post()
			.uri("/staff/accountability/{id}/answer", id)
			.param("reason", "")
			.with(as(approver))
			.with(csrf())
			.exchange());
		assertThat(missing.status()).isEqualTo(200);
		assertThat(missing.title()).startsWith("错误");
		assertThat(missing.text()).contains("请填写此项。");
		assertThat(mvc.post()
			.uri("/staff/accountability/{id}/answer", id)
			.param("reason", "现场核查排期")
			.with(as(approver))
			.with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/staff/accountability/" + id);

		WebPage answered = WebPage
			.of(mvc.get().uri("/supervision/accountability/{id}", id).with(as(supervisor)).exchange());
		assertThat(answered.text()).contains("现场核查排期", "理由成立", "理由不成立");
		assertThat(answered.html()).doesNotContain("name=\"reason\"");
		assertThat(mvc.post()
			.uri("/supervision/accountability/{id}/finding", id)
			.param("finding", "JUSTIFIED")
			.param("actionTaken", "不予追究")
			.with(as(supervisor))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/supervision/accountability/{id}/close", id).with(as(supervisor)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(WebPage.of(mvc.get().uri("/staff/accountability/{id}", id).with(as(approver)).exchange()).text())
			.contains("已结案", "理由成立", "不予追究");
	}

	private static RequestPostProcessor as(Actor actor) {
		return authentication(new ActorAuthentication(actor));
	}

	/** A case of the department received Monday 09-28, 5 working days: due 10-10. */
	private UUID start(String department) {
		UUID caseId = started.add(UUID.randomUUID());
		settableClock.set(LocalDateTime.parse("2026-09-28T10:00"));
		clocks.start(caseId, "TB" + caseId.toString().substring(0, 8), at("2026-09-28T10:00"),
				LocalDate.parse("2026-09-29"), 10, 5, false);
		clocks.describe(caseId, department, "SCJGJ-SPJYXK", LocalizedText.of("食品经营许可", "Food business licence"));
		return caseId;
	}

	private List<DeadlineWarned> scanOn(String cityTime) {
		settableClock.set(LocalDateTime.parse(cityTime));
		return WarningScans.scan(context);
	}

	private int recordsOf(UUID caseId) {
		return jdbc.sql("select count(*) from supervision_accountability where case_id = :caseId")
			.param("caseId", caseId)
			.query(Integer.class)
			.single();
	}

	private UUID idOf(UUID caseId) {
		return jdbc.sql("select id from supervision_accountability where case_id = :caseId")
			.param("caseId", caseId)
			.query(UUID.class)
			.single();
	}

	private int audited(String action, UUID id) {
		return jdbc.sql("select count(*) from supervision_audit_record where action = :action and object_id = :id")
			.param("action", action)
			.param("id", id.toString())
			.query(Integer.class)
			.single();
	}

	private static String number(UUID caseId) {
		return "TB" + caseId.toString().substring(0, 8);
	}

	private static Instant at(String cityTime) {
		return LocalDateTime.parse(cityTime).atZone(TestClock.CITY).toInstant();
	}

}
