package org.tongban.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.Visitor;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.support.TestClock;
import org.tongban.support.WebPage;

/**
 * R1.5, R12.5: departments, staff, roles and their grants are managed in the admin
 * console, by a security administrator for all departments and by a department
 * administrator for their own only, never by the system administrator; every change is
 * recorded. R12.7: nobody changes their own roles, and no administrator holds a case role
 * where they administer. R12.1: a full mobile number is shown only on request, and each
 * showing is logged.
 */
@IdentityTest
class AdminConsoleTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	TestClock clock;

	Visitor admin;

	TestAccounts testAccounts;

	@BeforeEach
	void setUp() {
		admin = new Visitor(mvc);
		testAccounts = new TestAccounts(accounts);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void onlyAdministratorsOpenTheConsole() {
		assertThat(mvc.get().uri("/admin/staff").exchange().getResponse().getRedirectedUrl()).endsWith("/login");
		for (DepartmentRole role : List.of(DepartmentRole.of(Role.REVIEWER, "SCJGJ"),
				DepartmentRole.of(Role.AUDITOR, "ZWFWJ"))) {
			var visitor = new Visitor(mvc);
			visitor.logIn(staff(role));
			assertThat(visitor.get("/admin")).as(role.authority()).hasStatus(403);
			assertThat(visitor.get("/admin/staff")).as(role.authority()).hasStatus(403);
		}
		var applicant = new Visitor(mvc);
		applicant.logIn(testAccounts.person().mobile().value(), TestAccounts.PASSWORD);
		assertThat(applicant.get("/admin")).hasStatus(403);

		admin.logIn(staff(DepartmentRole.of(Role.SYSTEM_ADMIN, "ZWFWJ")));
		WebPage systemHome = admin.page("/admin");
		assertThat(systemHome.text()).contains("管理控制台", "工作日历");
		assertThat(systemHome.html()).doesNotContain("href=\"/admin/staff\"");
		var security = new Visitor(mvc);
		security.logIn(staff(DepartmentRole.of(Role.SECURITY_ADMIN, "ZWFWJ")));
		assertThat(security.page("/admin").text()).contains("管理控制台", "工作人员", "部门").doesNotContain("工作日历");
	}

	@Test
	void aSecurityAdministratorSeesTheStaffOfEveryDepartmentAndTheDepartmentsWithTheirCounts() {
		admin.logIn(staff(DepartmentRole.of(Role.SECURITY_ADMIN, "ZWFWJ")));

		assertThat(admin.page("/admin/staff").text()).contains("scjgj.reviewer", "zjj.reviewer", "auditor");
		assertThat(admin.page("/admin/staff?department=ZJJ").text()).contains("zjj.reviewer")
			.doesNotContain("scjgj.reviewer");
		assertThat(admin.page("/admin/departments").text()).contains("市市场监督管理局", "SCJGJ", "不能修改");
	}

	@Test
	void aDepartmentAdministratorSeesAndManagesOnlyTheStaffOfTheirOwnDepartment() {
		Actor zjjReviewer = testAccounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.REVIEWER, "ZJJ"));
		admin.logIn(staff(DepartmentRole.of(Role.DEPARTMENT_ADMIN, "SCJGJ")));

		assertThat(admin.page("/admin/staff").text()).contains("scjgj.reviewer").doesNotContain("zjj.reviewer");
		assertThat(admin.page("/admin/staff?department=ZJJ").text()).doesNotContain("zjj.reviewer");
		assertThat(admin.get("/admin/staff/" + zjjReviewer.id())).as("not 403, to hide who exists").hasStatus(404);
		assertThat(admin.post("/admin/staff/" + zjjReviewer.id() + "/disable")).hasStatus(404);
		assertThat(admin.post("/admin/staff/" + zjjReviewer.id() + "/mobile")).hasStatus(404);
		assertThat(admin.post("/admin/staff/" + zjjReviewer.id() + "/grant", "role", "APPROVER", "department", "ZJJ"))
			.hasStatus(404);
		assertThat(accounts.actor(zjjReviewer.id()).orElseThrow().roles())
			.containsExactly(DepartmentRole.of(Role.REVIEWER, "ZJJ"));
	}

	@Test
	void anAdministratorCreatesAStaffAccountThatLogsIn() {
		String accountName = TestAccounts.accountName();
		admin.logIn(staff(DepartmentRole.of(Role.DEPARTMENT_ADMIN, "SCJGJ")));
		admin.page("/admin/staff/new");

		MvcTestResult created = admin.post("/admin/staff", "accountName", accountName, "name", "新同事", "department",
				"SCJGJ", "mobile", TestAccounts.mobile().value(), "password", "Green-Valley-2026", "role",
				"WINDOW_CLERK");

		assertThat(created).hasStatus(302);
		WebPage page = admin.page(created.getResponse().getRedirectedUrl());
		assertThat(page.text()).contains("已为新同事新建账号。", accountName, "窗口受理员");
		assertThat(new Visitor(mvc).logIn(accountName, "Green-Valley-2026")).as("the password step passes")
			.hasRedirectedUrl("/login/second-factor");
		assertThat(eventsAbout(staffId(accountName))).containsExactly("staff.create SUCCESS");
	}

	@Test
	void aRefusedAccountIsShownWithTheReasonNextToTheField() {
		admin.logIn(staff(DepartmentRole.of(Role.DEPARTMENT_ADMIN, "SCJGJ")));
		admin.page("/admin/staff/new");

		WebPage refused = WebPage
			.of(admin.post("/admin/staff", "accountName", TestAccounts.accountName(), "name", "新同事", "department",
					"SCJGJ", "mobile", TestAccounts.mobile().value(), "password", "password", "role", "REVIEWER"));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.title()).startsWith("错误");
		assertThat(refused.html()).contains("href=\"#password\"", "id=\"password-error\"")
			.doesNotContain("value=\"password\"");
	}

	@Test
	void aDepartmentAdministratorCannotCreateStaffOfAnotherDepartmentNorGrantPlatformRoles() {
		Actor member = testAccounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.REVIEWER, "SCJGJ"));
		admin.logIn(staff(DepartmentRole.of(Role.DEPARTMENT_ADMIN, "SCJGJ")));
		admin.page("/admin/staff/new");

		WebPage otherDepartment = WebPage.of(admin.post("/admin/staff", "accountName", TestAccounts.accountName(),
				"name", "新同事", "department", "ZJJ", "mobile", TestAccounts.mobile().value(), "password",
				"Green-Valley-2026", "role", "REVIEWER"));
		admin.page("/admin/staff/" + member.id() + "/grant");
		WebPage auditor = WebPage
			.of(admin.post("/admin/staff/" + member.id() + "/grant", "role", "AUDITOR", "department", "SCJGJ"));

		assertThat(otherDepartment.text()).contains("部门管理员只能管理本部门的业务角色");
		assertThat(auditor.text()).contains("部门管理员只能管理本部门的业务角色");
		assertThat(accounts.actor(member.id()).orElseThrow().roles())
			.containsExactly(DepartmentRole.of(Role.REVIEWER, "SCJGJ"));
	}

	@Test
	void anAdministratorGrantsAndRevokesRolesAndEachChangeIsRecorded() {
		Actor member = testAccounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.REVIEWER, "SCJGJ"));
		EnrolledStaff scjgjAdmin = staff(DepartmentRole.of(Role.DEPARTMENT_ADMIN, "SCJGJ"));
		admin.logIn(scjgjAdmin);
		admin.page("/admin/staff/" + member.id() + "/grant");

		admin.post("/admin/staff/" + member.id() + "/grant", "role", "APPROVER", "department", "SCJGJ");
		assertThat(admin.page("/admin/staff/" + member.id()).text()).contains("已授予", "审批人");
		admin.post("/admin/staff/" + member.id() + "/revoke", "role", "REVIEWER", "department", "SCJGJ");

		assertThat(accounts.actor(member.id()).orElseThrow().roles())
			.containsExactly(DepartmentRole.of(Role.APPROVER, "SCJGJ"));
		assertThat(eventsAbout(member.id())).containsExactly("role.revoke SUCCESS", "role.grant SUCCESS");
		UUID departmentAdmin = scjgjAdmin.actor().id();
		assertThat(jdbc
			.sql("select actor_id || ' ' || client_address || ' ' || detail from supervision_audit_record"
					+ " where object_type = 'account' and object_id = :id and action like 'role.%'"
					+ " and recorded_at is not null order by seq_no")
			.param("id", member.id().toString())
			.query(String.class)
			.list()).containsExactly(departmentAdmin + " " + admin.address() + " dept:SCJGJ:approver",
					departmentAdmin + " " + admin.address() + " dept:SCJGJ:reviewer");
	}

	@Test
	void separationOfDutiesIsRefusedWithAClearMessage() {
		Actor supervisor = testAccounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.SUPERVISOR, "ZWFWJ"));
		admin.logIn(staff(DepartmentRole.of(Role.SECURITY_ADMIN, "ZWFWJ")));
		admin.page("/admin/staff/" + supervisor.id() + "/grant");

		WebPage refused = WebPage
			.of(admin.post("/admin/staff/" + supervisor.id() + "/grant", "role", "APPROVER", "department", "ZWFWJ"));

		assertThat(refused.text()).contains("根据职责分离原则，同一人不能同时担任“监察员”和“审批人”。");
		assertThat(refused.html()).contains("href=\"#role\"");
		assertThat(eventsAbout(supervisor.id())).containsExactly("role.grant FAILURE");
	}

	@Test
	void aDisabledAccountIsLoggedOutEverywhereAndCannotLogInUntilEnabled() {
		EnrolledStaff enrolled = staff(DepartmentRole.of(Role.REVIEWER, "SCJGJ"));
		String accountName = enrolled.accountName();
		Actor member = enrolled.actor();
		var memberVisitor = new Visitor(mvc);
		memberVisitor.logIn(enrolled);
		clock.advance(Duration.ofSeconds(30));
		String token = PasswordLogInApiTests.json(mvc.post()
			.uri("/api/v1/auth/login")
			.contentType("application/json")
			.content("{\"username\":\"" + accountName + "\",\"password\":\"" + TestAccounts.PASSWORD + "\",\"otp\":\""
					+ enrolled.authenticator().code() + "\"}")
			.with(request -> {
				request.setRemoteAddr(TestAccounts.clientAddress());
				return request;
			})
			.exchange()).get("token").asString();
		assertThat(memberVisitor.get("/staff")).hasStatusOk();

		admin.logIn(staff(DepartmentRole.of(Role.DEPARTMENT_ADMIN, "SCJGJ")));
		assertThat(admin.page("/admin/staff/" + member.id() + "/disable").text()).contains("账号？", "立即失效");
		admin.post("/admin/staff/" + member.id() + "/disable");

		assertThat(admin.page("/admin/staff/" + member.id()).text()).contains("已停用");
		assertThat(memberVisitor.get("/staff")).as("the session has ended").hasStatus(302);
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token)).hasStatus(401);
		clock.advance(Duration.ofSeconds(30));
		var disabled = new Visitor(mvc);
		assertThat(disabled.logIn(enrolled)).as("refused with a fresh code too").hasStatus(200);
		assertThat(disabled.get("/staff")).hasStatus(403);

		admin.post("/admin/staff/" + member.id() + "/enable");
		assertThat(new Visitor(mvc).logIn(accountName, TestAccounts.PASSWORD)).as("the password step passes")
			.hasRedirectedUrl("/login/second-factor");
		assertThat(eventsAbout(member.id())).containsExactly("account.enable SUCCESS", "account.disable SUCCESS");
	}

	@Test
	void aResetPasswordReplacesTheOldOneAndEndsTheSessions() {
		EnrolledStaff enrolled = staff(DepartmentRole.of(Role.REVIEWER, "SCJGJ"));
		String accountName = enrolled.accountName();
		Actor member = enrolled.actor();
		var memberVisitor = new Visitor(mvc);
		memberVisitor.logIn(enrolled);
		admin.logIn(staff(DepartmentRole.of(Role.DEPARTMENT_ADMIN, "SCJGJ")));
		admin.page("/admin/staff/" + member.id() + "/password");

		admin.post("/admin/staff/" + member.id() + "/password", "password", "Quiet-Forest-2026");

		assertThat(memberVisitor.get("/staff")).hasStatus(302);
		clock.advance(Duration.ofSeconds(30));
		var oldPassword = new Visitor(mvc);
		oldPassword.logIn(accountName, TestAccounts.PASSWORD);
		oldPassword.get("/login/second-factor");
		assertThat(oldPassword.post("/login/second-factor", "code", enrolled.authenticator().code()))
			.as("the old password, with a fresh code")
			.hasStatus(200);
		var newPassword = new Visitor(mvc);
		newPassword.logIn(accountName, "Quiet-Forest-2026");
		newPassword.get("/login/second-factor");
		assertThat(newPassword.post("/login/second-factor", "code", enrolled.authenticator().code()))
			.hasRedirectedUrl("/staff");
		assertThat(eventsAbout(member.id())).containsExactly("password.reset SUCCESS");
	}

	@Test
	void theFullMobileIsShownOnlyAfterAskingAndEachShowingIsLogged() {
		MobileNumber mobile = TestAccounts.mobile();
		Actor member = accounts.createStaff(TestAccounts.accountName(), "职员", "SCJGJ", mobile, TestAccounts.PASSWORD,
				List.of(DepartmentRole.of(Role.REVIEWER, "SCJGJ")));
		admin.logIn(staff(DepartmentRole.of(Role.DEPARTMENT_ADMIN, "SCJGJ")));

		WebPage masked = admin.page("/admin/staff/" + member.id());
		assertThat(masked.text()).contains(mobile.masked()).doesNotContain(mobile.value());
		assertThat(unmaskingsOf(member.id())).isEmpty();

		WebPage revealed = WebPage.of(admin.post("/admin/staff/" + member.id() + "/mobile"));

		assertThat(revealed.text()).contains(mobile.value());
		assertThat(admin.page("/admin/staff/" + member.id()).text()).doesNotContain(mobile.value());
		assertThat(unmaskingsOf(member.id())).containsExactly("MOBILE /admin/staff/" + member.id());
	}

	@Test
	void aSecurityAdministratorSeesNoApplicantAndCannotRevealTheirNumbers() {
		Actor applicant = testAccounts.person().actor();
		admin.logIn(staff(DepartmentRole.of(Role.SECURITY_ADMIN, "ZWFWJ")));

		assertThat(admin.page("/admin/staff").text()).doesNotContain(applicant.name());
		assertThat(admin.get("/admin/staff/" + applicant.id())).hasStatus(404);
		assertThat(admin.post("/admin/staff/" + applicant.id() + "/mobile")).hasStatus(404);
		assertThat(unmaskingsOf(applicant.id())).isEmpty();
		assertThat(eventsAbout(applicant.id())).containsExactly("person.unmask FAILURE");
	}

	@Test
	@DisplayName("R12.7: a department admin cannot grant roles to themselves (the attack: clerk, reviewer and approver)")
	void aDepartmentAdministratorCannotGrantOrRevokeRolesOnTheirOwnAccount() {
		EnrolledStaff scjgjAdmin = staff(DepartmentRole.of(Role.DEPARTMENT_ADMIN, "SCJGJ"));
		UUID self = scjgjAdmin.actor().id();
		admin.logIn(scjgjAdmin);
		assertThat(admin.page("/admin/staff/" + self).text()).doesNotContain("授予角色", "撤销");
		admin.page("/admin/staff/" + self + "/grant");

		for (String role : List.of("WINDOW_CLERK", "REVIEWER", "APPROVER", "DEPARTMENT_ADMIN")) {
			WebPage refused = WebPage
				.of(admin.post("/admin/staff/" + self + "/grant", "role", role, "department", "SCJGJ"));
			assertThat(refused.status()).as(role).isEqualTo(409);
			assertThat(refused.text()).as(role).contains("您不能给自己授予或撤销角色");
		}
		WebPage revoke = WebPage
			.of(admin.post("/admin/staff/" + self + "/revoke", "role", "DEPARTMENT_ADMIN", "department", "SCJGJ"));

		assertThat(revoke.status()).isEqualTo(409);
		assertThat(accounts.actor(self).orElseThrow().roles())
			.containsExactly(DepartmentRole.of(Role.DEPARTMENT_ADMIN, "SCJGJ"));
		assertThat(eventsAbout(self)).containsExactly("role.revoke FAILURE", "role.grant FAILURE", "role.grant FAILURE",
				"role.grant FAILURE", "role.grant FAILURE");
	}

	@Test
	@DisplayName("R12.7, §6.3: a department admin holds no case role in the department they administer, either way round")
	void aDepartmentAdministratorHoldsNoCaseRoleInTheirDepartment() {
		Actor scjgjAdmin = testAccounts.staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.DEPARTMENT_ADMIN, "SCJGJ"));
		Actor reviewer = testAccounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.REVIEWER, "SCJGJ"));
		admin.logIn(staff(DepartmentRole.of(Role.SECURITY_ADMIN, "ZWFWJ")));
		admin.page("/admin/staff/" + scjgjAdmin.id() + "/grant");

		for (String role : List.of("WINDOW_CLERK", "REVIEWER", "APPROVER", "EXPERT")) {
			WebPage refused = WebPage
				.of(admin.post("/admin/staff/" + scjgjAdmin.id() + "/grant", "role", role, "department", "SCJGJ"));
			assertThat(refused.text()).as(role).contains("根据职责分离原则，同一人不能同时担任“部门管理员”");
		}
		WebPage madeAdmin = WebPage.of(admin.post("/admin/staff/" + reviewer.id() + "/grant", "role",
				"DEPARTMENT_ADMIN", "department", "SCJGJ"));
		admin.post("/admin/staff/" + scjgjAdmin.id() + "/grant", "role", "REVIEWER", "department", "ZJJ");

		assertThat(madeAdmin.text()).contains("根据职责分离原则，同一人不能同时担任“部门管理员”和“审核员”。");
		assertThat(accounts.actor(reviewer.id()).orElseThrow().roles())
			.containsExactly(DepartmentRole.of(Role.REVIEWER, "SCJGJ"));
		assertThat(accounts.actor(scjgjAdmin.id()).orElseThrow().roles()).as("another department's case role")
			.containsExactlyInAnyOrder(DepartmentRole.of(Role.DEPARTMENT_ADMIN, "SCJGJ"),
					DepartmentRole.of(Role.REVIEWER, "ZJJ"));
	}

	@Test
	@DisplayName("R12.5, §6.3: the system administrator can neither create staff nor grant roles (the attack: a reviewer account to read cases)")
	void theSystemAdministratorCannotCreateStaffNorGrantRoles() {
		Actor member = testAccounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.SUPERVISOR, "ZWFWJ"));
		admin.logIn(staff(DepartmentRole.of(Role.SYSTEM_ADMIN, "ZWFWJ")));
		String accountName = TestAccounts.accountName();

		assertThat(admin.get("/admin/staff")).hasStatus(403);
		assertThat(admin.get("/admin/staff/new")).hasStatus(403);
		assertThat(admin.post("/admin/staff", "accountName", accountName, "name", "新同事", "department", "SCJGJ",
				"mobile", TestAccounts.mobile().value(), "password", "Green-Valley-2026", "role", "REVIEWER"))
			.hasStatus(403);
		assertThat(admin.post("/admin/staff/" + member.id() + "/grant", "role", "REVIEWER", "department", "SCJGJ"))
			.hasStatus(403);

		assertThat(jdbc.sql("select count(*) from identity_staff where account_name = :name")
			.param("name", accountName)
			.query(Long.class)
			.single()).isZero();
		assertThat(accounts.actor(member.id()).orElseThrow().roles())
			.containsExactly(DepartmentRole.of(Role.SUPERVISOR, "ZWFWJ"));
	}

	@Test
	@DisplayName("R1.5, R12.7: the security administrator creates staff and grants roles, each change logged with who, whom and when; they hold no case role")
	void theSecurityAdministratorCreatesStaffAndGrantsRolesButHoldsNoCaseRole() {
		EnrolledStaff security = staff(DepartmentRole.of(Role.SECURITY_ADMIN, "ZWFWJ"));
		admin.logIn(security);
		admin.page("/admin/staff/new");
		String accountName = TestAccounts.accountName();

		MvcTestResult created = admin.post("/admin/staff", "accountName", accountName, "name", "新同事", "department",
				"ZJJ", "mobile", TestAccounts.mobile().value(), "password", "Green-Valley-2026", "role", "REVIEWER");
		UUID member = staffId(accountName);
		admin.post("/admin/staff/" + member + "/grant", "role", "APPROVER", "department", "SCJGJ");
		admin.page("/admin/staff/" + security.actor().id() + "/grant");
		WebPage ownCaseRole = WebPage.of(admin.post("/admin/staff/" + security.actor().id() + "/grant", "role",
				"REVIEWER", "department", "SCJGJ"));

		assertThat(created).hasStatus(302);
		assertThat(accounts.actor(member).orElseThrow().roles()).containsExactlyInAnyOrder(
				DepartmentRole.of(Role.REVIEWER, "ZJJ"), DepartmentRole.of(Role.APPROVER, "SCJGJ"));
		assertThat(jdbc
			.sql("select action || ' ' || actor_id || ' ' || coalesce(detail, '') from supervision_audit_record"
					+ " where object_type = 'account' and object_id = :id and outcome = 'SUCCESS'"
					+ " and action not like 'login.%' order by seq_no")
			.param("id", member.toString())
			.query(String.class)
			.list()).containsExactly("staff.create " + security.actor().id() + " dept:ZJJ:reviewer",
					"role.grant " + security.actor().id() + " dept:SCJGJ:approver");
		assertThat(ownCaseRole.status()).isEqualTo(409);
		Actor other = testAccounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.SECURITY_ADMIN, "ZWFWJ"));
		admin.page("/admin/staff/" + other.id() + "/grant");
		assertThat(WebPage
			.of(admin.post("/admin/staff/" + other.id() + "/grant", "role", "REVIEWER", "department", "SCJGJ"))
			.text()).contains("根据职责分离原则，同一人不能同时担任“安全管理员”和“审核员”。");
	}

	@Test
	void everyChangeNeedsTheCsrfToken() {
		Actor member = testAccounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.REVIEWER, "SCJGJ"));
		Actor departmentAdmin = accounts.actor(staffId("scjgj.admin")).orElseThrow();
		String disable = "/admin/staff/" + member.id() + "/disable";

		assertThat(mvc.post().uri(disable).with(authentication(new ActorAuthentication(departmentAdmin))))
			.hasStatus(403);
		assertThat(mvc.post().uri(disable).with(authentication(new ActorAuthentication(departmentAdmin))).with(csrf()))
			.hasStatus(302);
	}

	private List<String> unmaskingsOf(UUID subject) {
		return jdbc
			.sql("select detail from supervision_audit_record where action = 'person.unmask' and outcome = 'SUCCESS'"
					+ " and object_type = 'account' and object_id = :id")
			.param("id", subject.toString())
			.query(String.class)
			.list();
	}

	private UUID staffId(String accountName) {
		return jdbc.sql("select id from identity_staff where account_name = :name")
			.param("name", accountName)
			.query(UUID.class)
			.single();
	}

	private List<String> eventsAbout(UUID subject) {
		return jdbc
			.sql("select action || ' ' || outcome from supervision_audit_record where object_type = 'account'"
					+ " and object_id = :id and action not like 'login.%' and action <> 'logout'"
					+ " and action <> 'totp.enrol' order by seq_no desc")
			.param("id", subject.toString())
			.query(String.class)
			.list();
	}

	private EnrolledStaff staff(DepartmentRole... roles) {
		return EnrolledStaff.create(accounts, secondFactor, clock, roles);
	}

}
