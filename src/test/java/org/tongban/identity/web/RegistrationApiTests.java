package org.tongban.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.identity.web.PasswordLogInApiTests.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.identity.Accounts;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.SmsInbox;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.support.AuditProbe;

import tools.jackson.databind.JsonNode;

/**
 * R1.1, R1.2, R12.4: a natural person registers with their name, resident ID number and a
 * mobile proved by an SMS code; the population registry must know them under that name
 * and number, alive and not cancelled. A registered natural person then registers an
 * enterprise that the legal-person registry knows, active, whose legal representative
 * they are (R1.6; the other proofs in {@link EnterpriseRegistrationProofTests}), and
 * becomes its agent. Refusals name each field and why, never what a registry or another
 * account holds.
 */
@IdentityTest
class RegistrationApiTests {

	static final String ENTERPRISE_PASSWORD = "Enterprise-Harbour-2026";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountDirectory directory;

	@Autowired
	JdbcClient jdbc;

	SmsInbox inbox;

	String address;

	@BeforeEach
	void visitor() {
		inbox = new SmsInbox(mvc);
		address = TestAccounts.clientAddress();
	}

	@Test
	void aPersonOfThePopulationRegistryRegistersAndLogsInWithTheirPassword() {
		MobileNumber mobile = TestAccounts.mobile();

		MvcTestResult registered = registerPerson("孙浩然", "210211200501180915", mobile);

		assertThat(registered).hasStatus(201).hasContentType(MediaType.APPLICATION_JSON);
		JsonNode account = json(registered);
		assertThat(account.get("kind").asString()).isEqualTo("NATURAL_PERSON");
		assertThat(account.get("name").asString()).isEqualTo("孙浩然");
		assertThat(account.get("residentId").asString()).isEqualTo("210211********0915");
		assertThat(account.get("mobile").asString()).isEqualTo(mobile.masked());
		assertThat(logIn("210211200501180915", TestAccounts.PASSWORD)).hasStatusOk();
		// R8.4: the registration is in the audit trail, by the new account's id.
		UUID id = directory.findByLogInName("210211200501180915").orElseThrow();
		assertThat(new AuditProbe(jdbc).of("account", id)).filteredOn(row -> row.action().equals("account.register"))
			.extracting(AuditProbe.Row::summary)
			.containsExactly(AuditProbe.Row.summary("account.register", "SUCCESS", id));
	}

	@Test
	void aNameThatIsNotTheRegisteredOneIsRefusedNextToTheName() {
		JsonNode problem = refusedPerson(registerPerson("朱文", "210202199607070130", TestAccounts.mobile()));

		assertThat(problem.at("/errors/name").asString()).startsWith("姓名与居民身份证号码在人口基础信息库中的登记不一致");
		assertThat(problem.toString()).doesNotContain("朱文博");
		// R8.4: the refusal is in the audit trail, without the name or number given.
		assertThat(new AuditProbe(jdbc).of("account", "new")).filteredOn(row -> address.equals(row.clientAddress()))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.summary()).isEqualTo(AuditProbe.Row.summary("account.register", "FAILURE", null));
				assertThat(row.detail()).doesNotContain("朱文", "210202199607070130");
			});
	}

	@Test
	void aDeceasedPersonCannotRegister() {
		JsonNode problem = refusedPerson(registerPerson("赵建国", "210203195010010117", TestAccounts.mobile()));

		assertThat(problem.at("/errors/residentId").asString()).startsWith("该居民身份证号码对应的人员已登记死亡");
	}

	@Test
	void aPersonWhoseHouseholdRegistrationWasCancelledCannotRegister() {
		JsonNode problem = refusedPerson(registerPerson("罗晓燕", "210203199902280663", TestAccounts.mobile()));

		assertThat(problem.at("/errors/residentId").asString()).startsWith("该居民身份证号码对应的户口已注销");
	}

	@Test
	void aNumberTheRegistryDoesNotHoldIsRefused() {
		JsonNode problem = refusedPerson(
				registerPerson("测试人", TestAccounts.residentId().value(), TestAccounts.mobile()));

		assertThat(problem.at("/errors/residentId").asString()).startsWith("人口基础信息库中没有该居民身份证号码的登记");
	}

	@Test
	void everyFieldThatIsWrongIsListedWithItsMessage() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", " ");
		body.put("residentId", "210211200501180916");
		body.put("mobile", "1234");
		body.put("password", "12345678");
		body.put("passwordConfirmation", "12345678");

		JsonNode problem = refusedPerson(post("/api/v1/auth/register/person", body));

		assertThat(problem.get("errors").propertyNames()).containsExactlyInAnyOrder("name", "residentId", "mobile",
				"smsCode", "password", "acceptTerms");
		assertThat(problem.at("/errors/residentId").asString()).startsWith("居民身份证号码的校验码");
		assertThat(problem.at("/errors/password").asString()).isEqualTo("这个密码太常见，容易被猜中，请换一个。");
	}

	@Test
	void theTwoPasswordsMustBeTheSame() {
		Map<String, Object> body = personBody("孙浩然", "210211200501180915", TestAccounts.mobile(), "123456");
		body.put("passwordConfirmation", "Another-Harbour-2026");

		JsonNode problem = refusedPerson(post("/api/v1/auth/register/person", body));

		assertThat(problem.at("/errors/passwordConfirmation").asString()).isEqualTo("两次填写的密码不一致。");
	}

	@Test
	void aWrongSmsCodeIsRefusedBeforeTheRegistryIsAsked() {
		MobileNumber mobile = TestAccounts.mobile();
		sendCode(mobile);
		String code = inbox.latestCode(mobile).orElseThrow();
		String wrong = code.equals("000000") ? "111111" : "000000";

		JsonNode problem = refusedPerson(
				post("/api/v1/auth/register/person", personBody("赵建国", "210203195010010117", mobile, wrong)));

		assertThat(problem.get("errors").propertyNames()).containsExactly("smsCode");
		assertThat(problem.at("/errors/smsCode").asString()).isEqualTo("短信验证码错误或已失效，请重新获取。");
	}

	@Test
	void aNumberRegisteredAlreadyIsToldToLogInAndNothingMore() {
		JsonNode problem = refusedPerson(registerPerson("张伟", "210202198503120311", TestAccounts.mobile()));

		assertThat(problem.at("/errors/residentId").asString()).isEqualTo("该居民身份证号码已注册。请直接登录；忘记密码可使用短信验证码登录。");
		assertThat(problem.toString()).doesNotContain("139041").doesNotContain("****");
	}

	@Test
	void aMobileRegisteredAlreadyIsRefused() {
		var existing = new TestAccounts(accounts).person();

		JsonNode problem = refusedPerson(registerPerson("周敏", "210211198212050284", existing.mobile()));

		assertThat(problem.at("/errors/mobile").asString()).startsWith("该手机号码已注册");
	}

	@Test
	void anAddressTriesTenRegistrationsAnHour() {
		MobileNumber mobile = TestAccounts.mobile();
		for (int i = 0; i < 10; i++) {
			assertThat(
					post("/api/v1/auth/register/person", personBody("赵建国", "210203195010010117", mobile, "00000" + i)))
				.hasStatus(422);
		}
		MvcTestResult throttled = post("/api/v1/auth/register/person",
				personBody("赵建国", "210203195010010117", mobile, "000010"));

		assertThat(throttled).hasStatus(429);
		assertThat(throttled.getResponse().getHeader("Retry-After")).isNotBlank();
		assertThat(json(throttled).get("detail").asString()).startsWith("注册尝试过于频繁");
	}

	@Test
	@DisplayName("R1.6: a registered person registers the social organization they represent, with nothing but its credit code, and acts for it")
	void aRegisteredPersonRegistersTheirSocialOrganizationAndActsForIt() {
		MobileNumber mobile = TestAccounts.mobile();
		assertThat(registerPerson("何美玲", "42010619710126048X", mobile)).hasStatus(201);
		String token = token("42010619710126048X");

		MvcTestResult registered = registerEnterprise(token, "52210202MA0U8F4P9T");

		assertThat(registered).hasStatus(202);
		assertThat(json(registered).get("result").asString()).isEqualTo("TOLD_BY_SMS");
		assertThat(inbox.latest(mobile)).hasValueSatisfying(sms -> assertThat(sms).contains("何美玲已注册D市康乐助老服务中心的单位账号"));
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token)).bodyJson()
			.extractingPath("$.actsFor[0]")
			.isEqualTo("D市康乐助老服务中心");
		MvcTestResult enterpriseLogIn = logIn("52210202MA0U8F4P9T", ENTERPRISE_PASSWORD);
		assertThat(enterpriseLogIn).as("the enterprise logs in with its credit code").hasStatusOk();
		JsonNode enterprise = json(mvc.get()
			.uri("/api/v1/me")
			.header("Authorization", "Bearer " + json(enterpriseLogIn).get("token").asString())
			.exchange());
		assertThat(enterprise.get("kind").asString()).isEqualTo("LEGAL_PERSON");
		assertThat(enterprise.get("name").asString()).as("the registry's name").isEqualTo("D市康乐助老服务中心");
		assertThat(enterprise.get("legalRepresentative").asString()).isEqualTo("何美玲");
		assertThat(enterprise.get("agents").toString()).contains("何美玲");
	}

	@Test
	@DisplayName("R1.6: a deregistered enterprise is refused to its representative; anyone else is refused for want of proof")
	void aDeregisteredEnterpriseOrSomeoneWhoIsNotTheRepresentativeIsRefused() {
		new TestAccounts(accounts).registryPerson("欧阳振华", "210202198011110790", directory);
		String token = token(new TestAccounts(accounts).person().mobile().value());

		JsonNode deregistered = refusedPerson(registerEnterprise(token("210202198011110790"), "91210211716582341M"));
		JsonNode notRepresentative = refusedPerson(registerEnterprise(token, "51210200508930671Q"));

		assertThat(deregistered.at("/errors/creditCode").asString()).contains("已注销或被吊销");
		assertThat(notRepresentative.at("/errors/creditCode").asString()).startsWith("无法证明您有权注册该单位");
	}

	@Test
	@DisplayName("R1.6: an enterprise registered already is refused to a stranger as any other enterprise is")
	void anEnterpriseRegisteredAlreadyIsRefused() {
		String token = token(new TestAccounts(accounts).person().mobile().value());

		JsonNode problem = refusedPerson(registerEnterprise(token, "91210202MA0Q5K7D3U"));

		assertThat(problem.at("/errors/creditCode").asString()).startsWith("无法证明您有权注册该单位");
	}

	@Test
	void onlyANaturalPersonLoggedInRegistersAnEnterprise() {
		var testAccounts = new TestAccounts(accounts);
		var creditCode = TestAccounts.creditCode();
		testAccounts.enterprise(testAccounts.person(), creditCode);

		MvcTestResult byEnterprise = registerEnterprise(token(creditCode.value()), "51210200508930671Q");

		assertThat(post("/api/v1/auth/register/enterprise", enterpriseBody("51210200508930671Q"))).as("anonymous")
			.hasStatus(401);
		assertThat(byEnterprise).as("an enterprise").hasStatus(422);
		assertThat(json(byEnterprise).get("detail").asString()).isEqualTo("请使用自然人账号登录后注册法人账号。");
	}

	private MvcTestResult registerPerson(String name, String residentId, MobileNumber mobile) {
		sendCode(mobile);
		return post("/api/v1/auth/register/person",
				personBody(name, residentId, mobile, inbox.latestCode(mobile).orElseThrow()));
	}

	private static Map<String, Object> personBody(String name, String residentId, MobileNumber mobile, String code) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("residentId", residentId);
		body.put("mobile", mobile.value());
		body.put("smsCode", code);
		body.put("password", TestAccounts.PASSWORD);
		body.put("passwordConfirmation", TestAccounts.PASSWORD);
		body.put("acceptTerms", true);
		return body;
	}

	private MvcTestResult registerEnterprise(String token, String creditCode) {
		return mvc.post()
			.uri("/api/v1/auth/register/enterprise")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(PasswordLogInApiTests.JSON.writeValueAsString(enterpriseBody(creditCode)))
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
	}

	private static Map<String, Object> enterpriseBody(String creditCode) {
		return Map.of("creditCode", creditCode, "password", ENTERPRISE_PASSWORD, "passwordConfirmation",
				ENTERPRISE_PASSWORD);
	}

	private void sendCode(MobileNumber mobile) {
		assertThat(post("/api/v1/auth/sms-code", Map.of("phone", mobile.value(), "purpose", "REGISTRATION")))
			.hasStatus(202);
	}

	private String token(String username) {
		MvcTestResult login = logIn(username, TestAccounts.PASSWORD);
		assertThat(login).hasStatusOk();
		return json(login).get("token").asString();
	}

	private MvcTestResult logIn(String username, String password) {
		return post("/api/v1/auth/login", Map.of("username", username, "password", password));
	}

	private static JsonNode refusedPerson(MvcTestResult result) {
		assertThat(result).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return json(result);
	}

	private MvcTestResult post(String path, Map<String, ?> body) {
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
