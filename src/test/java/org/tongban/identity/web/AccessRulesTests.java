package org.tongban.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.LogInMethod;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.identity.login.ApiTokens;
import org.tongban.identity.login.PendingLogIn;
import org.tongban.identity.login.SecondFactorPending;

/**
 * R12.5: every page and API path declares who may use it. The public catalogue, calendar
 * and API documentation stay open to anonymous visitors; a protected page sends them to
 * log in and a protected API answers 401; a role that does not fit is refused with 403; a
 * path that nobody declared is refused to everyone.
 */
@IdentityTest
class AccessRulesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	Actor applicant;

	Actor reviewer;

	Actor systemAdmin;

	Actor supervisor;

	@BeforeEach
	void accounts() {
		var testAccounts = new TestAccounts(accounts);
		applicant = testAccounts.person().actor();
		reviewer = testAccounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.REVIEWER, "SCJGJ"));
		systemAdmin = testAccounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.SYSTEM_ADMIN, "ZWFWJ"));
		supervisor = testAccounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.SUPERVISOR, "ZWFWJ"));
	}

	@Test
	void thePublicPagesAndApiAreOpenToAnonymousVisitors() {
		for (String path : new String[] { "/", "/matters", "/matters/SCJGJ-SPJYXK", "/departments", "/login",
				"/css/tongban.css", "/favicon.svg", "/api/v1/matters", "/api/v1/matters/SCJGJ-SPJYXK",
				"/api/v1/departments", "/api/v1/themes", "/api/v1/bundles", "/api/v1/calendar/2026", "/v3/api-docs",
				"/swagger-ui/index.html", "/actuator/health", "/actuator/health/liveness", "/actuator/prometheus" }) {
			assertThat(mvc.get().uri(path)).as(path).hasStatusOk();
		}
	}

	@Test
	void aProtectedPageSendsAnAnonymousVisitorToLogIn() {
		for (String path : new String[] { "/my", "/my/applications", "/staff", "/admin", "/supervision" }) {
			MvcTestResult result = mvc.get().uri(path).exchange();
			assertThat(result).as(path).hasStatus(302);
			assertThat(result.getResponse().getRedirectedUrl()).as(path).endsWith("/login");
		}
	}

	@Test
	void aProtectedApiAnswersAnAnonymousCaller401() {
		assertThat(mvc.get().uri("/api/v1/me")).hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mvc.post().uri("/api/v1/auth/logout-everywhere")).hasStatus(401);
	}

	@Test
	void eachAreaIsForItsRoles() {
		assertPage(applicant, "/my", 200);
		assertPage(applicant, "/staff", 403);
		assertPage(reviewer, "/staff", 200);
		assertPage(reviewer, "/my", 403);
		assertPage(reviewer, "/admin", 403);
		assertPage(reviewer, "/supervision", 403);
		assertPage(systemAdmin, "/admin", 200);
		assertPage(systemAdmin, "/admin/calendar", 200);
		assertPage(supervisor, "/admin", 403);
		// Allowed, and not built yet: the page does not exist.
		assertPage(supervisor, "/supervision/overdue", 404);
		assertPage(systemAdmin, "/supervision", 403);
	}

	@Test
	void registrationAndLogInByCodeAreOpenToAllAndAnEnterpriseIsRegisteredByAnApplicant() {
		for (String path : new String[] { "/register", "/register/person", "/login/sms" }) {
			assertThat(mvc.get().uri(path)).as(path).hasStatusOk();
		}
		assertThat(mvc.get().uri("/register/enterprise").exchange().getResponse().getRedirectedUrl())
			.endsWith("/login");
		assertPage(applicant, "/register/enterprise", 200);
		assertPage(reviewer, "/register/enterprise", 403);
		assertThat(mvc.post().uri("/api/v1/auth/register/enterprise")).hasStatus(401);
	}

	@Test
	void halfWayThroughALogInNothingOpens() {
		var pending = new SecondFactorPending(new PendingLogIn("reviewer", reviewer.id()));

		for (String path : new String[] { "/staff", "/my", "/admin" }) {
			assertThat(mvc.get().uri(path).with(authentication(pending))).as(path).hasStatus(403);
		}
	}

	@Test
	void aPathThatNobodyDeclaredIsRefusedToEveryone() {
		assertThat(mvc.get().uri("/internal/anything").exchange().getResponse().getRedirectedUrl()).endsWith("/login");
		assertPage(systemAdmin, "/internal/anything", 403);
		assertPage(applicant, "/matters/SCJGJ-SPJYXK", 200);
		assertThat(mvc.post().uri("/matters").with(authentication(new ActorAuthentication(applicant))))
			.as("only reading the catalogue is public")
			.hasStatus(403);

		assertThat(mvc.get().uri("/api/v1/internal")).hasStatus(401);
		MvcTestResult denied = mvc.get()
			.uri("/api/v1/internal")
			.header("Authorization", "Bearer " + tokens.issue(systemAdmin.id(), LogInMethod.PASSWORD).token())
			.exchange();
		assertThat(denied).hasStatus(403).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(PasswordLogInApiTests.json(denied).get("detail").asString()).isEqualTo("您的角色无权访问此地址。");
		assertThat(mvc.post()
			.uri("/api/v1/matters")
			.header("Authorization", "Bearer " + tokens.issue(applicant.id(), LogInMethod.PASSWORD).token()))
			.hasStatus(403);
	}

	private void assertPage(Actor actor, String path, int status) {
		assertThat(mvc.get().uri(path).with(authentication(new ActorAuthentication(actor))))
			.as(actor.roleNames() + " " + path)
			.hasStatus(status);
	}

}
