package org.tongban.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.IdentityTest;
import org.tongban.support.TestClock;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.TestAccounts.Person;
import org.tongban.identity.factors.Authenticator;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.identity.Visitor;
import org.tongban.support.WebPage;

/**
 * R1.3, R1.4, R12.3, R13.2: people log in on a plain form that works without JavaScript
 * and is protected against CSRF; the session id changes at log-in; a session ends after
 * 30 idle minutes, 8 hours after log-in, at log-out, and everywhere at once when asked.
 */
@IdentityTest
class PasswordLogInPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffSecondFactor secondFactor;

	Person person;

	Visitor visitor;

	@BeforeEach
	void accounts() {
		person = new TestAccounts(accounts).person();
		visitor = new Visitor(mvc);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theLogInPageIsAPlainFormWithACsrfToken() {
		WebPage login = visitor.page("/login");

		assertThat(login.status()).isEqualTo(200);
		assertThat(login.title()).isEqualTo("登录 - D市政务服务网");
		assertThat(login.html()).contains("<form action=\"/login\" method=\"post\" novalidate>")
			.contains("<input type=\"hidden\" name=\"_csrf\"")
			.contains("autocomplete=\"username\"", "type=\"password\"", "autocomplete=\"current-password\"")
			.doesNotContain("<script");
		assertThat(login.text()).contains("手机号码、居民身份证号码、统一社会信用代码，或工作人员账号", "短信验证码登录", "CA 数字证书登录");
		assertThat(visitor.page("/login?lang=en").text()).contains("Sign in", "Mobile number, resident ID number");
	}

	@Test
	void aFormPostedWithoutTheCsrfTokenIsRefused() {
		MvcTestResult forged = mvc.post()
			.uri("/login")
			.param("username", person.mobile().value())
			.param("password", TestAccounts.PASSWORD)
			.exchange();

		assertThat(forged).hasStatus(403);
	}

	@Test
	void anApplicantLogsInWithANewSessionIdAndSeesTheirAccountMasked() {
		visitor.get("/login");
		String before = visitor.sessionCookie();

		MvcTestResult login = visitor.post("/login", "username", person.residentId().value(), "password",
				TestAccounts.PASSWORD);

		assertThat(login).hasStatus(302).hasRedirectedUrl("/my");
		assertThat(before).isNotNull();
		assertThat(visitor.sessionCookie()).isNotNull().isNotEqualTo(before);

		WebPage my = visitor.page("/my");
		assertThat(my.status()).isEqualTo(200);
		assertThat(my.text())
			.contains("我的账户", person.actor().name(), person.residentId().masked(), person.mobile().masked(), "在所有设备上退出")
			.doesNotContain(person.residentId().value())
			.doesNotContain(person.mobile().value());
		assertThat(my.html()).contains("<form class=\"header__logout\" action=\"/logout\" method=\"post\" novalidate>")
			.contains("href=\"/my\"")
			.doesNotContain("href=\"/login\"");
	}

	@Test
	void aRefusedLogInKeepsTheNameNotThePasswordAndSaysNothingMore() {
		visitor.get("/login");

		WebPage wrong = WebPage
			.of(visitor.post("/login", "username", person.mobile().value(), "password", "Not-The-Password-1"));
		WebPage unknown = WebPage
			.of(visitor.post("/login", "username", "13900000000", "password", "Not-The-Password-1"));

		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.title()).isEqualTo("错误：登录 - D市政务服务网");
		assertThat(wrong.text()).contains("存在以下问题", "账号、密码或验证码错误，或暂时不能登录。");
		assertThat(wrong.html()).contains("value=\"" + person.mobile().value() + "\"")
			.doesNotContain("Not-The-Password-1")
			.contains("href=\"#username\"");
		assertThat(unknown.text()).contains("账号、密码或验证码错误，或暂时不能登录。");
	}

	@Test
	void anAnonymousVisitorOfAProtectedPageLogsInAndReturnsToIt() {
		MvcTestResult protectedPage = visitor.get("/my");

		assertThat(protectedPage).hasStatus(302);
		assertThat(protectedPage.getResponse().getRedirectedUrl()).endsWith("/login");

		MvcTestResult login = visitor.logIn(person.mobile().value(), TestAccounts.PASSWORD);

		assertThat(login.getResponse().getRedirectedUrl()).contains("/my");
	}

	@Test
	void staffLogInToTheirWorkspaceWhichShowsTheirRolesInTheirDepartment() {
		String accountName = TestAccounts.accountName();
		Actor staff = new TestAccounts(accounts).staff(accountName, DepartmentRole.of(Role.REVIEWER, "SCJGJ"));
		Authenticator authenticator = Authenticator.random(clock);
		secondFactor.enrolUnlessEnrolled(staff.id(), authenticator.secret());

		assertThat(visitor.logIn(accountName, TestAccounts.PASSWORD)).hasRedirectedUrl("/login/second-factor");
		visitor.get("/login/second-factor");
		assertThat(visitor.post("/login/second-factor", "code", authenticator.code())).hasRedirectedUrl("/staff");

		WebPage workspace = visitor.page("/staff");
		assertThat(workspace.status()).isEqualTo(200);
		assertThat(workspace.text()).contains("工作台", accountName, "审核员", "市市场监督管理局", "dept:SCJGJ:reviewer");
		assertThat(visitor.get("/my")).as("an applicant's page").hasStatus(403);
	}

	@Test
	void logOutEndsTheSession() {
		visitor.logIn(person.mobile().value(), TestAccounts.PASSWORD);
		visitor.page("/my");

		MvcTestResult logout = visitor.post("/logout");

		assertThat(logout).hasStatus(302).hasRedirectedUrl("/login?logout");
		assertThat(visitor.page("/login?logout").text()).contains("您已安全退出。");
		assertThat(visitor.get("/my")).hasStatus(302);
	}

	@Test
	void logOutEverywhereEndsEverySessionAndEveryTokenOfTheAccount() {
		var phone = new Visitor(mvc);
		phone.logIn(person.mobile().value(), TestAccounts.PASSWORD);
		visitor.logIn(person.mobile().value(), TestAccounts.PASSWORD);
		String token = PasswordLogInApiTests.json(mvc.post()
			.uri("/api/v1/auth/login")
			.contentType("application/json")
			.content(
					"{\"username\":\"" + person.mobile().value() + "\",\"password\":\"" + TestAccounts.PASSWORD + "\"}")
			.with(request -> {
				request.setRemoteAddr(TestAccounts.clientAddress());
				return request;
			})
			.exchange()).get("token").asString();
		assertThat(phone.get("/my")).hasStatusOk();

		visitor.page("/my");
		MvcTestResult everywhere = visitor.post("/logout/everywhere");

		assertThat(everywhere).hasRedirectedUrl("/login?logout=everywhere");
		assertThat(visitor.get("/my")).hasStatus(302);
		assertThat(phone.get("/my")).as("the other session").hasStatus(302);
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token)).hasStatus(401);
		assertThat(sessionsOf(person)).isZero();
	}

	@Test
	void aSessionEndsAfterThirtyIdleMinutes() {
		visitor.logIn(person.mobile().value(), TestAccounts.PASSWORD);
		assertThat(visitor.get("/my")).hasStatusOk();

		// The session store keeps its own time: the last access is moved back by more
		// than the idle timeout.
		jdbc.sql(
				"update identity_session set last_access_time = last_access_time - :idle where principal_name = :account")
			.param("idle", Duration.ofMinutes(30).plusSeconds(1).toMillis())
			.param("account", person.actor().id().toString())
			.update();

		assertThat(visitor.get("/my")).hasStatus(302);
	}

	@Test
	void aLogInEndsEightHoursAfterItBeganHoweverBusyTheSession() {
		visitor.logIn(person.mobile().value(), TestAccounts.PASSWORD);
		clock.advance(Duration.ofHours(7).plusMinutes(59));
		assertThat(visitor.get("/my")).hasStatusOk();

		clock.advance(Duration.ofMinutes(1));

		assertThat(visitor.get("/my")).hasStatus(302);
		assertThat(sessionsOf(person)).isZero();
	}

	@Test
	void tooManyAttemptsFromOneAddressAreRefusedWithAClearMessage() {
		visitor.get("/login");
		for (int i = 0; i < 20; i++) {
			visitor.post("/login", "username", "13900000000", "password", "Wrong-Password-" + i);
		}

		MvcTestResult throttled = visitor.post("/login", "username", person.mobile().value(), "password",
				TestAccounts.PASSWORD);

		assertThat(throttled).hasStatus(429);
		assertThat(throttled.getResponse().getHeader("Retry-After")).isNotBlank();
		assertThat(WebPage.of(throttled).text()).containsPattern("登录尝试过于频繁，请 \\d+ 秒后再试。");
	}

	@Test
	void pagesAreSentWithSecurityHeadersAndTheSessionCookieIsSecureHttpOnlyAndLax() {
		MvcTestResult login = visitor.get("/login");

		assertThat(login.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'self'",
				"script-src 'self'", "frame-ancestors 'none'");
		assertThat(login.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(login.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(login.getResponse().getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(login.getResponse().getHeaders("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("__Host-TONGBAN_SESSION=")
				.contains("Path=/;", "Secure", "HttpOnly", "SameSite=Lax")
				.doesNotContain("Domain"));
	}

	private int sessionsOf(Person person) {
		return jdbc.sql("select count(*) from identity_session where principal_name = :account")
			.param("account", person.actor().id().toString())
			.query(Integer.class)
			.single();
	}

}
