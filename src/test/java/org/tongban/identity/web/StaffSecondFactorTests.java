package org.tongban.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
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
import org.tongban.support.TestClock;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.Visitor;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.accounts.PersonalData;
import org.tongban.identity.factors.Authenticator;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.support.WebPage;
import tools.jackson.databind.JsonNode;

/**
 * R1.3, R1.4: staff log in with their password and a second factor, the code of their
 * authenticator app (TOTP) or, as the fallback, a code sent by SMS to their registered
 * mobile; on pages and in the API alike. A code is accepted once, wrong codes make the
 * address wait, and the half-logged-in state opens nothing but the second step. A staff
 * member without an authenticator enrols one, confirmed by a code sent to their
 * registered mobile. The attacks on the second factor are in
 * {@link SecondFactorGuessingTests}.
 */
@IdentityTest
class StaffSecondFactorTests {

	private static final Pattern SIX_DIGITS = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	AccountDirectory directory;

	@Autowired
	PersonalData personalData;

	@Autowired
	TestClock clock;

	Visitor visitor;

	String accountName;

	Actor staff;

	Authenticator authenticator;

	@BeforeEach
	void staffWithAnAuthenticator() {
		visitor = new Visitor(mvc);
		accountName = TestAccounts.accountName();
		staff = new TestAccounts(accounts).staff(accountName, DepartmentRole.of(Role.REVIEWER, "SCJGJ"));
		authenticator = Authenticator.random(clock);
		secondFactor.enrolUnlessEnrolled(staff.id(), authenticator.secret());
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void thePasswordAloneOpensOnlyTheSecondFactorStep() {
		assertThat(visitor.logIn(accountName, TestAccounts.PASSWORD)).hasRedirectedUrl("/login/second-factor");

		assertThat(visitor.get("/staff")).hasStatus(403);
		assertThat(visitor.get("/my")).hasStatus(403);
		assertThat(visitor.get("/admin")).hasStatus(403);
		WebPage step = visitor.page("/login/second-factor");
		assertThat(step.status()).isEqualTo(200);
		assertThat(step.title()).isEqualTo("第二重验证 - D市政务服务网");
		assertThat(step.html())
			.contains("<form action=\"/login/second-factor\" method=\"post\"",
					"<form action=\"/login/second-factor/sms\" method=\"post\"", "autocomplete=\"one-time-code\"")
			.doesNotContain("<script");
		assertThat(new Visitor(mvc).get("/login/second-factor")).as("without a password first")
			.hasRedirectedUrl("/login");
	}

	@Test
	void theCodeOfTheAuthenticatorLogsInWithANewSessionId() {
		passwordStep(visitor, accountName);
		String halfway = visitor.sessionCookie();

		MvcTestResult login = visitor.post("/login/second-factor", "code", authenticator.code());

		assertThat(login).hasRedirectedUrl("/staff");
		assertThat(visitor.sessionCookie()).isNotNull().isNotEqualTo(halfway);
		assertThat(visitor.page("/staff").text()).contains("工作台", accountName);
	}

	@Test
	void aCodeIsAcceptedOnceThenOnlyTheNextCodeOfTheApp() {
		String code = authenticator.code();
		passwordStep(visitor, accountName);
		assertThat(visitor.post("/login/second-factor", "code", code)).hasRedirectedUrl("/staff");

		Visitor replay = new Visitor(mvc);
		passwordStep(replay, accountName);
		WebPage refused = WebPage.of(replay.post("/login/second-factor", "code", code));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("账号、密码或验证码错误");
		assertThat(replay.get("/staff")).hasStatus(403);

		clock.advance(Duration.ofSeconds(30));
		assertThat(replay.post("/login/second-factor", "code", authenticator.code())).hasRedirectedUrl("/staff");
	}

	@Test
	void fiveWrongCodesMakeTheAddressWaitFifteenMinutesLikeWrongPasswords() {
		passwordStep(visitor, accountName);
		for (int i = 0; i < 5; i++) {
			assertThat(WebPage.of(visitor.post("/login/second-factor", "code", wrong(authenticator.code()))).text())
				.contains("账号、密码或验证码错误");
		}

		assertThat(WebPage.of(visitor.post("/login/second-factor", "code", authenticator.code())).text())
			.as("waiting, the right code too")
			.contains("账号、密码或验证码错误");
		assertThat(apiLogIn(accountName, authenticator.code(), visitor.address())).as("and in the API").hasStatus(401);

		clock.advance(Duration.ofMinutes(14));
		assertThat(apiLogIn(accountName, authenticator.code(), visitor.address())).as("still waiting").hasStatus(401);
		clock.advance(Duration.ofMinutes(1));

		clock.advance(Duration.ofMinutes(15));
		Visitor later = new Visitor(mvc);
		passwordStep(later, accountName);
		assertThat(later.post("/login/second-factor", "code", authenticator.code())).hasRedirectedUrl("/staff");
	}

	@Test
	void aCodeSentBySmsToTheRegisteredMobileLogsInOnceWithinFiveMinutes() {
		passwordStep(visitor, accountName);

		assertThat(visitor.post("/login/second-factor/sms")).hasRedirectedUrl("/login/second-factor?sent");
		assertThat(visitor.page("/login/second-factor?sent").text()).contains("验证码已发送到您登记的手机");
		String code = smsCode();
		assertThat(visitor.post("/login/second-factor/sms")).as("a minute between codes").hasStatus(429);

		assertThat(visitor.post("/login/second-factor", "code", code)).hasRedirectedUrl("/staff");

		Visitor again = new Visitor(mvc);
		passwordStep(again, accountName);
		assertThat(WebPage.of(again.post("/login/second-factor", "code", code)).text()).as("used")
			.contains("账号、密码或验证码错误");
	}

	@Test
	void anSmsCodeExpiresAfterFiveMinutes() {
		passwordStep(visitor, accountName);
		visitor.post("/login/second-factor/sms");
		String code = smsCode();

		clock.advance(Duration.ofMinutes(5));

		assertThat(WebPage.of(visitor.post("/login/second-factor", "code", code)).text()).contains("账号、密码或验证码错误");
	}

	@Test
	void staffWithoutAnAuthenticatorEnrolOneWithAQrCodeConfirmedBySms() {
		String newcomer = TestAccounts.accountName();
		Actor member = new TestAccounts(accounts).staff(newcomer, DepartmentRole.of(Role.APPROVER, "ZJJ"));
		staff = member;
		passwordStep(visitor, newcomer);

		assertThat(visitor.page("/login/second-factor").html()).as("a link, since the step must not tell who has one")
			.contains("href=\"/login/second-factor/enrol\"");
		WebPage enrolment = visitor.page("/login/second-factor/enrol");
		assertThat(enrolment.status()).isEqualTo(200);
		assertThat(enrolment.html()).contains("<img src=\"data:image/png;base64,",
				"<form action=\"/login/second-factor/enrol/sms\" method=\"post\"");
		Matcher secret = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<").matcher(enrolment.html());
		assertThat(secret.find()).as("the secret for typing in").isTrue();
		Authenticator app = Authenticator.of(secret.group(1), clock);
		assertThat(visitor.page("/login/second-factor/enrol").html()).as("a reload shows the same secret")
			.contains(secret.group(1));

		WebPage withoutSms = WebPage.of(visitor.post("/login/second-factor/enrol", "code", app.code()));
		assertThat(withoutSms.text()).as("a stolen password cannot enrol").contains("账号、密码或验证码错误");
		assertThat(secondFactor.enrolled(member.id())).isFalse();

		assertThat(visitor.post("/login/second-factor/enrol/sms")).hasRedirectedUrl("/login/second-factor/enrol?sent");
		MvcTestResult enrolled = visitor.post("/login/second-factor/enrol", "smsCode", smsCode(), "code", app.code());

		assertThat(enrolled).hasRedirectedUrl("/staff");
		assertThat(secondFactor.enrolled(member.id())).isTrue();
		clock.advance(Duration.ofSeconds(30));
		Visitor later = new Visitor(mvc);
		passwordStep(later, newcomer);
		assertThat(later.post("/login/second-factor", "code", app.code())).hasRedirectedUrl("/staff");
	}

	@Test
	void theApiAsksStaffForTheSecondFactorAndTakesItAsOtp() {
		MvcTestResult withoutOtp = apiLogIn(accountName, null);
		assertThat(withoutOtp).hasStatus(401);
		assertThat(PasswordLogInApiTests.json(withoutOtp).get("detail").asString()).contains("验证码");
		assertThat(PasswordLogInApiTests.json(withoutOtp).has("token")).isFalse();

		MvcTestResult wrongOtp = apiLogIn(accountName, wrong(authenticator.code()));
		assertThat(wrongOtp).hasStatus(401);
		assertThat(PasswordLogInApiTests.json(wrongOtp).get("detail").asString()).startsWith("账号、密码或验证码错误");

		MvcTestResult login = apiLogIn(accountName, authenticator.code());
		assertThat(login).hasStatusOk();
		String token = PasswordLogInApiTests.json(login).get("token").asString();
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token)).bodyJson()
			.extractingPath("$.accountName")
			.isEqualTo(accountName);
		assertThat(apiLogIn(accountName, authenticator.code())).as("replayed").hasStatus(401);
	}

	@Test
	void programsAskForAnSmsCodeWithThePasswordAndAWrongOneGetsTheSameAnswerButNoCode() {
		assertThat(mvc.post()
			.uri("/api/v1/auth/second-factor/sms")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + accountName + "\",\"password\":\"Not-The-Password-1\"}")).hasStatus(202);
		assertThat(outbox()).as("nothing sent for a wrong password").isEmpty();
		clock.advance(Duration.ofMinutes(1));

		assertThat(mvc.post()
			.uri("/api/v1/auth/second-factor/sms")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + accountName + "\",\"password\":\"" + TestAccounts.PASSWORD + "\"}"))
			.hasStatus(202);

		assertThat(apiLogIn(accountName, smsCode())).hasStatusOk();
	}

	/**
	 * Logs in with the password and opens the page of the second step, as a browser
	 * follows the redirect.
	 */
	private static void passwordStep(Visitor visitor, String accountName) {
		assertThat(visitor.logIn(accountName, TestAccounts.PASSWORD)).hasRedirectedUrl("/login/second-factor");
		visitor.get("/login/second-factor");
	}

	private MvcTestResult apiLogIn(String username, String otp) {
		return apiLogIn(username, otp, TestAccounts.clientAddress());
	}

	private MvcTestResult apiLogIn(String username, String otp, String address) {
		Map<String, String> body = new HashMap<>(Map.of("username", username, "password", TestAccounts.PASSWORD));
		if (otp != null) {
			body.put("otp", otp);
		}
		return PasswordLogInApiTests.postJson(mvc, "/api/v1/auth/login", body, address);
	}

	/**
	 * The code of the newest SMS to the staff member's registered mobile, read from the
	 * development outbox.
	 */
	private String smsCode() {
		String body = outbox().get(0).get("body").asString();
		Matcher code = SIX_DIGITS.matcher(body);
		assertThat(code.find()).as(body).isTrue();
		return code.group(1);
	}

	/**
	 * The newest SMS to the staff member's registered mobile in the development outbox,
	 * if any.
	 */
	private JsonNode outbox() {
		String mobile = personalData.open(directory.staff(staff.id()).orElseThrow().mobile());
		return PasswordLogInApiTests
			.json(mvc.get().uri("/api/v1/dev/outbox?recipient=" + mobile + "&limit=1").exchange());
	}

	/** Another code of six digits. */
	private static String wrong(String code) {
		return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
	}

}
