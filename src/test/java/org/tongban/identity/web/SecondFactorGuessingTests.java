package org.tongban.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.Visitor;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.support.TestClock;
import org.tongban.support.WebPage;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12 item 1 (R1.3, R1.4, R12.4, ASVS 6.3.1): the second factor of staff cannot be
 * guessed. The attack as found: the right password and wrong codes, over and over, never
 * locked anything, because the right password cleared the failures before the code was
 * checked, and the second-factor page had no per-address limit. Now the failures of the
 * code are counted on their own, every step of every log-in counts toward the address's
 * limit, and until password and code are both right nothing tells a right password from a
 * wrong one.
 */
@IdentityTest
class SecondFactorGuessingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	TestClock clock;

	EnrolledStaff staff;

	@BeforeEach
	void staff() {
		staff = EnrolledStaff.create(accounts, secondFactor, clock, DepartmentRole.of(Role.APPROVER, "SCJGJ"));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	@DisplayName("R1.4: the right password with wrong codes, repeated, ends in a wait during which the right code is refused (API)")
	void theRightPasswordWithWrongCodesEndsInAWaitInTheApi() {
		String attacker = TestAccounts.clientAddress();
		for (int i = 0; i < 5; i++) {
			assertThat(apiLogIn(staff.accountName(), TestAccounts.PASSWORD, wrong(), attacker)).hasStatus(401);
		}

		assertThat(apiLogIn(staff.accountName(), TestAccounts.PASSWORD, staff.authenticator().code(), attacker))
			.as("the right code, while the address waits")
			.hasStatus(401);
	}

	@Test
	@DisplayName("R1.4: the right password with wrong codes, repeated, ends in a wait during which the right code is refused (page)")
	void theRightPasswordWithWrongCodesEndsInAWaitOnThePage() {
		Visitor attacker = new Visitor(mvc);
		for (int i = 0; i < 5; i++) {
			passwordStep(attacker, TestAccounts.PASSWORD);
			assertThat(codeStep(attacker, wrong()).text()).contains("账号、密码或验证码错误");
		}

		passwordStep(attacker, TestAccounts.PASSWORD);
		assertThat(codeStep(attacker, staff.authenticator().code()).text())
			.as("the right code, while the address waits")
			.contains("账号、密码或验证码错误");
		assertThat(attacker.get("/staff")).hasStatus(403);
	}

	@Test
	@DisplayName("R1.4: a right password does not clear the failures of the second factor")
	void aRightPasswordDoesNotClearTheFailuresOfTheSecondFactor() {
		Visitor visitor = new Visitor(mvc);
		passwordStep(visitor, TestAccounts.PASSWORD);
		for (int i = 0; i < 4; i++) {
			codeStep(visitor, wrong());
		}

		passwordStep(visitor, TestAccounts.PASSWORD);
		codeStep(visitor, wrong());
		passwordStep(visitor, TestAccounts.PASSWORD);

		assertThat(codeStep(visitor, staff.authenticator().code()).text()).as("the fifth failure counted")
			.contains("账号、密码或验证码错误");
	}

	@Test
	@DisplayName("R12.4: the second-factor page counts toward the address's 20 log-in attempts a minute, then 429")
	void theSecondFactorPageCountsTowardTheLimitOfTheAddress() {
		Visitor visitor = new Visitor(mvc);
		passwordStep(visitor, TestAccounts.PASSWORD);
		for (int i = 0; i < 19; i++) {
			assertThat(visitor.post("/login/second-factor", "code", wrong())).hasStatus(200);
		}

		MvcTestResult throttled = visitor.post("/login/second-factor", "code", staff.authenticator().code());

		assertThat(throttled).hasStatus(429);
		assertThat(Long.parseLong(throttled.getResponse().getHeader("Retry-After"))).isBetween(1L, 60L);
		assertThat(WebPage.of(throttled).text()).contains("登录尝试过于频繁");
		assertThat(visitor.post("/login/second-factor/sms")).as("the SMS of the step too").hasStatus(429);
	}

	@Test
	@DisplayName("R12.4: in the API the code counts as a log-in attempt of its own, so ten staff log-ins use up the minute")
	void theSecondFactorInTheApiCountsTowardTheLimitOfTheAddress() {
		String address = TestAccounts.clientAddress();
		for (int i = 0; i < 10; i++) {
			assertThat(apiLogIn(staff.accountName(), "Not-The-Password-" + i, wrong(), address)).hasStatus(401);
		}

		MvcTestResult throttled = apiLogIn(staff.accountName(), TestAccounts.PASSWORD, staff.authenticator().code(),
				address);

		assertThat(throttled).hasStatus(429).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(throttled.getResponse().getHeader("Retry-After")).isNotBlank();
	}

	@Test
	@DisplayName("R1.3, R1.4: the API answers a wrong password and a missing or wrong code with one and the same 401")
	void theApiAnswersAWrongPasswordAndAMissingOrWrongCodeAlike() {
		List<MvcTestResult> refusals = List.of(
				apiLogIn(staff.accountName(), TestAccounts.PASSWORD, null, TestAccounts.clientAddress()),
				apiLogIn(staff.accountName(), TestAccounts.PASSWORD, wrong(), TestAccounts.clientAddress()),
				apiLogIn(staff.accountName(), "Not-The-Password-1", null, TestAccounts.clientAddress()),
				apiLogIn(staff.accountName(), "Not-The-Password-1", staff.authenticator().code(),
						TestAccounts.clientAddress()),
				apiLogIn(TestAccounts.accountName(), TestAccounts.PASSWORD, null, TestAccounts.clientAddress()));

		JsonNode first = PasswordLogInApiTests.withoutRequestId(PasswordLogInApiTests.json(refusals.get(0)));
		for (MvcTestResult refused : refusals) {
			assertThat(refused).hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(refused.getResponse().getHeader("WWW-Authenticate")).isEqualTo("Bearer");
			assertThat(PasswordLogInApiTests.withoutRequestId(PasswordLogInApiTests.json(refused))).isEqualTo(first);
		}
		assertThat(first.get("detail").asString()).startsWith("账号、密码或验证码错误");
	}

	@Test
	@DisplayName("R1.3, R1.4: the page asks for the code after any password and answers the same until both are right")
	void thePageAsksForTheCodeAfterAnyPasswordAndAnswersTheSame() {
		Visitor rightPassword = new Visitor(mvc);
		Visitor wrongPassword = new Visitor(mvc);
		Visitor unknownName = new Visitor(mvc);

		assertThat(rightPassword.logIn(staff.accountName(), TestAccounts.PASSWORD))
			.hasRedirectedUrl("/login/second-factor");
		assertThat(wrongPassword.logIn(staff.accountName(), "Not-The-Password-1"))
			.hasRedirectedUrl("/login/second-factor");
		assertThat(unknownName.logIn(TestAccounts.accountName(), "Not-The-Password-1"))
			.hasRedirectedUrl("/login/second-factor");

		WebPage step = rightPassword.page("/login/second-factor");
		assertThat(wrongPassword.page("/login/second-factor").text()).isEqualTo(step.text());
		assertThat(unknownName.page("/login/second-factor").text()).isEqualTo(step.text());

		MvcTestResult sent = rightPassword.post("/login/second-factor/sms");
		assertThat(wrongPassword.post("/login/second-factor/sms")).hasStatus(sent.getResponse().getStatus())
			.hasRedirectedUrl(sent.getResponse().getRedirectedUrl());

		WebPage refused = codeStep(rightPassword, wrong());
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("账号、密码或验证码错误");
		WebPage alsoRefused = codeStep(wrongPassword, staff.authenticator().code());
		assertThat(alsoRefused.status()).isEqualTo(refused.status());
		assertThat(alsoRefused.text()).as("the right code after a wrong password").isEqualTo(refused.text());
		assertThat(wrongPassword.get("/staff")).hasStatus(403);

		assertThat(wrongPassword.page("/login/second-factor/enrol").status()).as("enrolment looks the same too")
			.isEqualTo(rightPassword.page("/login/second-factor/enrol").status());
	}

	private void passwordStep(Visitor visitor, String password) {
		assertThat(visitor.logIn(staff.accountName(), password)).hasRedirectedUrl("/login/second-factor");
		visitor.get("/login/second-factor");
	}

	private static WebPage codeStep(Visitor visitor, String code) {
		return WebPage.of(visitor.post("/login/second-factor", "code", code));
	}

	private MvcTestResult apiLogIn(String username, String password, String otp, String address) {
		Map<String, String> body = new HashMap<>(Map.of("username", username, "password", password));
		if (otp != null) {
			body.put("otp", otp);
		}
		return PasswordLogInApiTests.postJson(mvc, "/api/v1/auth/login", body, address);
	}

	/** A code of six digits that the authenticator does not show now. */
	private String wrong() {
		return String.format("%06d", (Integer.parseInt(staff.authenticator().code()) + 1) % 1_000_000);
	}

}
