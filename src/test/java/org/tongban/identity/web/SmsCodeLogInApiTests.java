package org.tongban.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.identity.web.PasswordLogInApiTests.json;
import static org.tongban.identity.web.PasswordLogInApiTests.withoutRequestId;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.IdentityTest;
import org.tongban.support.TestClock;
import org.tongban.identity.Role;
import org.tongban.identity.SmsInbox;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.TestAccounts.Person;
import org.tongban.identity.login.SmsCodePurpose;
import org.tongban.identity.login.SmsCodes;
import org.tongban.shared.identifiers.MobileNumber;

import tools.jackson.databind.JsonNode;

/**
 * R1.3, R1.4, R12.4: an applicant logs in with a six-digit code sent by SMS instead of a
 * password. A code lasts five minutes, serves once, allows five guesses, and the newest
 * code replaces the one before; codes are rate-limited per number and per client address,
 * and nobody learns from the answers whether a number has an account.
 */
@IdentityTest
class SmsCodeLogInApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	SmsCodes codes;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	SmsInbox inbox;

	Person person;

	String address;

	@BeforeEach
	void applicant() {
		inbox = new SmsInbox(mvc);
		person = new TestAccounts(accounts).person();
		address = TestAccounts.clientAddress();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anApplicantLogsInWithTheCodeSentToTheirMobileOnce() {
		MvcTestResult sent = sendCode(person.mobile().value());

		assertThat(sent).hasStatus(202);
		String code = inbox.latestCode(person.mobile()).orElseThrow();
		assertThat(code).matches("\\d{6}");

		MvcTestResult login = logIn(person.mobile().value(), code);
		assertThat(login).hasStatusOk();
		JsonNode token = json(login);
		assertThat(token.get("tokenType").asString()).isEqualTo("Bearer");
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token.get("token").asString()))
			.bodyJson()
			.extractingPath("$.name")
			.isEqualTo(person.actor().name());

		assertThat(logIn(person.mobile().value(), code)).as("used a second time").hasStatus(401);
	}

	@Test
	void aCodeExpiresAfterFiveMinutes() {
		sendCode(person.mobile().value());
		String code = inbox.latestCode(person.mobile()).orElseThrow();

		clock.advance(Duration.ofMinutes(5));

		assertThat(logIn(person.mobile().value(), code)).hasStatus(401);
	}

	@Test
	void aCodeIsStillGoodJustBeforeItsFiveMinutesEnd() {
		sendCode(person.mobile().value());
		String code = inbox.latestCode(person.mobile()).orElseThrow();

		clock.advance(Duration.ofMinutes(5).minusSeconds(5));

		assertThat(logIn(person.mobile().value(), code)).hasStatusOk();
	}

	@Test
	void aNewCodeReplacesTheOneBefore() {
		sendCode(person.mobile().value());
		String first = inbox.latestCode(person.mobile()).orElseThrow();
		clock.advance(Duration.ofSeconds(61));
		sendCode(person.mobile().value());
		String second = inbox.latestCode(person.mobile()).orElseThrow();

		if (!first.equals(second)) {
			assertThat(logIn(person.mobile().value(), first)).as("the first code").hasStatus(401);
		}
		assertThat(logIn(person.mobile().value(), second)).as("the newest code").hasStatusOk();
	}

	@Test
	void aCodeAllowsFiveGuessesThenEvenTheRightOneFails() {
		MobileNumber phone = TestAccounts.mobile();
		codes.send(phone, SmsCodePurpose.REGISTRATION, address, Locale.CHINA);
		String code = inbox.latestCode(phone).orElseThrow();
		String wrong = code.equals("000000") ? "111111" : "000000";

		for (int i = 0; i < 4; i++) {
			assertThat(codes.verify(phone, SmsCodePurpose.REGISTRATION, wrong)).isFalse();
		}
		assertThat(codes.verify(phone, SmsCodePurpose.REGISTRATION, code)).as("the fifth guess").isTrue();
		assertThat(codes.verify(phone, SmsCodePurpose.REGISTRATION, code)).as("a sixth guess").isFalse();
	}

	@Test
	void aCodeForRegistrationDoesNotLogIn() {
		sendCode(person.mobile().value(), "REGISTRATION");
		String code = inbox.latestCode(person.mobile()).orElseThrow();

		assertThat(logIn(person.mobile().value(), code)).hasStatus(401);
	}

	@Test
	void aContactPhoneCodeIsNotSentThroughTheLogInApi() {
		MvcTestResult refused = sendCode(person.mobile().value(), "CONTACT_PHONE");

		assertThat(refused).hasStatus(400);
		assertThat(inbox.count(person.mobile())).isZero();
	}

	@Test
	void aWrongCodeGetsTheAnswerOfAWrongPasswordAndCountsTowardTheLockOut() {
		sendCode(person.mobile().value());
		String code = inbox.latestCode(person.mobile()).orElseThrow();
		String wrong = code.equals("000000") ? "111111" : "000000";

		MvcTestResult refused = logIn(person.mobile().value(), wrong);
		MvcTestResult wrongPassword = postLogin(Map.of("username", person.mobile().value(), "password", "Wrong-1"));
		assertThat(refused).hasStatus(401);
		assertThat(refused.getResponse().getHeader("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(withoutRequestId(json(refused))).isEqualTo(withoutRequestId(json(wrongPassword)));

		for (int i = 0; i < 3; i++) {
			logIn(person.mobile().value(), wrong);
		}
		assertThat(postLogin(Map.of("username", person.mobile().value(), "password", TestAccounts.PASSWORD)))
			.as("five failures lock the account")
			.hasStatus(401);
	}

	@Test
	void staffCannotLogInByCodeAndGetNoCode() {
		MobileNumber staffMobile = TestAccounts.mobile();
		accounts.createStaff(TestAccounts.accountName(), "职员甲", "SCJGJ", staffMobile, TestAccounts.PASSWORD,
				List.of(DepartmentRole.of(Role.REVIEWER, "SCJGJ")));

		assertThat(sendCode(staffMobile.value())).hasStatus(202);

		assertThat(inbox.count(staffMobile)).isZero();
		assertThat(logIn(staffMobile.value(), "123456")).hasStatus(401);
	}

	@Test
	void theAnswerIsTheSameWhetherOrNotTheNumberHasAnAccount() {
		MobileNumber nobody = TestAccounts.mobile();

		MvcTestResult known = sendCode(person.mobile().value());
		MvcTestResult unknown = sendCode(nobody.value());

		assertThat(unknown).hasStatus(202);
		assertThat(json(unknown)).isEqualTo(json(known));
		assertThat(inbox.count(nobody)).as("no log-in code for a number without an account").isZero();
		assertThat(sendCode(nobody.value())).as("the limits count all the same").hasStatus(429);
	}

	@Test
	void aNumberGetsOneCodeAMinuteAndTenADay() {
		assertThat(sendCode(person.mobile().value())).hasStatus(202);
		MvcTestResult again = sendCode(person.mobile().value());

		assertThat(again).hasStatus(429).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(Long.parseLong(again.getResponse().getHeader("Retry-After"))).isBetween(1L, 60L);
		assertThat(json(again).get("detail").asString()).startsWith("获取验证码过于频繁");

		for (int i = 1; i < 10; i++) {
			clock.advance(Duration.ofSeconds(61));
			address = TestAccounts.clientAddress();
			assertThat(sendCode(person.mobile().value())).as("code %d", i + 1).hasStatus(202);
		}
		clock.advance(Duration.ofSeconds(61));
		assertThat(sendCode(person.mobile().value())).as("the eleventh code of the day").hasStatus(429);

		clock.advance(Duration.ofDays(1));
		assertThat(sendCode(person.mobile().value())).as("the next day").hasStatus(202);
	}

	@Test
	void anAddressAsksForTwentyCodesAnHour() {
		for (int i = 0; i < 20; i++) {
			assertThat(sendCode(TestAccounts.mobile().value())).hasStatus(202);
		}
		MvcTestResult throttled = sendCode(TestAccounts.mobile().value());

		assertThat(throttled).hasStatus(429);
		assertThat(Long.parseLong(throttled.getResponse().getHeader("Retry-After"))).isBetween(3000L, 3600L);
	}

	@Test
	void theDatabaseKeepsNeitherTheNumberNorTheCode() {
		sendCode(person.mobile().value());
		String code = inbox.latestCode(person.mobile()).orElseThrow();

		String rows = jdbc.sql("select * from identity_sms_code").query().listOfRows().toString()
				+ jdbc.sql("select * from identity_throttle_event").query().listOfRows();

		assertThat(rows).doesNotContain(person.mobile().value()).doesNotContain(code).doesNotContain(address);
	}

	@Test
	void aMalformedNumberIsABadRequest() {
		assertThat(sendCode("1234")).hasStatus(400).bodyJson().extractingPath("$.parameter").isEqualTo("phone");
	}

	private MvcTestResult sendCode(String phone) {
		return post("/api/v1/auth/sms-code", Map.of("phone", phone));
	}

	private MvcTestResult sendCode(String phone, String purpose) {
		return post("/api/v1/auth/sms-code", Map.of("phone", phone, "purpose", purpose));
	}

	private MvcTestResult logIn(String phone, String code) {
		return postLogin(Map.of("phone", phone, "smsCode", code));
	}

	private MvcTestResult postLogin(Map<String, String> body) {
		return post("/api/v1/auth/login", body);
	}

	private MvcTestResult post(String path, Map<String, String> body) {
		return mvc.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.content(PasswordLogInApiTests.JSON.writeValueAsString(body))
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
	}

}
