package org.tongban.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.IdentityTest;
import org.tongban.support.TestClock;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.TestAccounts.Person;
import org.tongban.identity.factors.Authenticator;
import org.tongban.identity.login.StaffSecondFactor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * R1.3, R1.4, R12.4, R14.3: programs log in with a log-in name and password and call the
 * API with the bearer token they get; refusals say nothing about which part was wrong;
 * repeated failures lock the account and too many attempts from one address are slowed
 * down.
 */
@IdentityTest
class PasswordLogInApiTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

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

	TestAccounts testAccounts;

	Person person;

	String address;

	@BeforeEach
	void accounts() {
		testAccounts = new TestAccounts(accounts);
		person = testAccounts.person();
		address = TestAccounts.clientAddress();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anApplicantLogsInWithTheMobileNumberAndSeesWhoTheyAreWithNumbersMasked() {
		MvcTestResult login = logIn(person.mobile().value(), TestAccounts.PASSWORD);

		assertThat(login).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		JsonNode token = json(login);
		assertThat(token.get("tokenType").asString()).isEqualTo("Bearer");
		assertThat(token.get("token").asString()).hasSizeGreaterThanOrEqualTo(43);
		assertThat(token.get("expiresAt").asString()).isNotBlank();
		// Stateless: no session is opened for the API.
		assertThat(login.getResponse().getHeader("Set-Cookie")).isNull();

		JsonNode me = json(me(token.get("token").asString()));
		assertThat(me.get("id").asString()).isEqualTo(person.actor().id().toString());
		assertThat(me.get("kind").asString()).isEqualTo("NATURAL_PERSON");
		assertThat(me.get("name").asString()).isEqualTo(person.actor().name());
		assertThat(me.get("residentId").asString()).isEqualTo(person.residentId().masked()).contains("********");
		assertThat(me.get("mobile").asString()).isEqualTo(person.mobile().masked()).contains("****");
		assertThat(me.toString()).doesNotContain(person.residentId().value()).doesNotContain(person.mobile().value());
		assertThat(me.get("roles").toString()).isEqualTo("[\"APPLICANT\"]");
		assertThat(me.get("authorities").toString()).isEqualTo("[\"ROLE_APPLICANT\"]");
	}

	@Test
	void theLogInNameMayBeTheResidentIdNumberInAnyCaseOrTheMobileInAnyWriting() {
		assertThat(logIn(person.residentId().value().toLowerCase(), TestAccounts.PASSWORD)).hasStatusOk();
		assertThat(logIn("+86 " + person.mobile().value().substring(0, 3) + "-" + person.mobile().value().substring(3),
				TestAccounts.PASSWORD))
			.hasStatusOk();
	}

	@Test
	void anEnterpriseLogsInWithItsCreditCode() {
		var creditCode = TestAccounts.creditCode();
		Actor enterprise = testAccounts.enterprise(person, creditCode);

		JsonNode me = json(me(token(creditCode.value())));

		assertThat(me.get("kind").asString()).isEqualTo("LEGAL_PERSON");
		assertThat(me.get("name").asString()).isEqualTo(enterprise.name());
		assertThat(me.get("creditCode").asString()).isEqualTo(creditCode.value());
		assertThat(me.get("agents").toString()).contains(person.actor().name());
	}

	@Test
	void staffOfTheMarketRegulationBureauAreItsReviewers() {
		String accountName = TestAccounts.accountName();
		Actor staff = testAccounts.staff(accountName, DepartmentRole.of(Role.REVIEWER, "SCJGJ"));
		Authenticator authenticator = Authenticator.random(clock);
		secondFactor.enrolUnlessEnrolled(staff.id(), authenticator.secret());

		MvcTestResult login = logIn(Map.of("username", accountName.toUpperCase(), "password", TestAccounts.PASSWORD,
				"otp", authenticator.code()));
		JsonNode me = json(me(json(login).get("token").asString()));

		assertThat(me.get("kind").asString()).isEqualTo("STAFF");
		assertThat(me.get("accountName").asString()).isEqualTo(accountName);
		assertThat(me.get("department").asString()).isEqualTo("SCJGJ");
		assertThat(me.get("roles").toString()).isEqualTo("[\"REVIEWER\"]");
		assertThat(me.get("departments").toString()).isEqualTo("[\"SCJGJ\"]");
		assertThat(me.get("authorities").toString()).contains("\"dept:SCJGJ:reviewer\"", "\"ROLE_REVIEWER\"");
	}

	@Test
	void anUnknownNameAndAWrongPasswordGetTheSameAnswer() {
		MvcTestResult unknown = logIn("13900000000", TestAccounts.PASSWORD);
		MvcTestResult wrong = logIn(person.mobile().value(), "Not-The-Password-1");

		for (MvcTestResult refused : new MvcTestResult[] { unknown, wrong }) {
			assertThat(refused).hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(refused.getResponse().getHeader("WWW-Authenticate")).isEqualTo("Bearer");
		}
		assertThat(withoutRequestId(json(unknown))).isEqualTo(withoutRequestId(json(wrong)));
		assertThat(json(wrong).get("detail").asString())
			.isEqualTo("账号、密码或验证码错误，或暂时不能登录。请核对后重试；连续输错 5 次后，须等待 15 分钟以上才能再试。");
	}

	@Test
	void fiveWrongPasswordsInARowMakeTheAddressWaitFifteenMinutesWithTheSameAnswer() {
		for (int i = 0; i < 5; i++) {
			assertThat(logIn(person.mobile().value(), "Wrong-Password-" + i)).hasStatus(401);
		}
		MvcTestResult locked = logIn(person.mobile().value(), TestAccounts.PASSWORD);
		MvcTestResult wrong = logIn(person.mobile().value(), "Wrong-Password-x");

		assertThat(locked).hasStatus(401);
		assertThat(withoutRequestId(json(locked))).isEqualTo(withoutRequestId(json(wrong)));

		clock.advance(Duration.ofMinutes(14));
		assertThat(logIn(person.mobile().value(), TestAccounts.PASSWORD)).hasStatus(401);

		clock.advance(Duration.ofMinutes(1));
		assertThat(logIn(person.mobile().value(), TestAccounts.PASSWORD)).hasStatusOk();
	}

	@Test
	void aSuccessClearsTheFailuresBeforeIt() {
		for (int i = 0; i < 4; i++) {
			logIn(person.mobile().value(), "Wrong-Password-" + i);
		}
		assertThat(logIn(person.mobile().value(), TestAccounts.PASSWORD)).hasStatusOk();
		for (int i = 0; i < 4; i++) {
			logIn(person.mobile().value(), "Wrong-Password-" + i);
		}

		assertThat(logIn(person.mobile().value(), TestAccounts.PASSWORD)).hasStatusOk();
	}

	@Test
	void oneAddressMakesAtMostTwentyAttemptsAMinuteThen429WithRetryAfter() {
		for (int i = 0; i < 20; i++) {
			assertThat(logIn("13900000000", "Wrong-Password-" + i)).hasStatus(401);
		}
		MvcTestResult throttled = logIn(person.mobile().value(), TestAccounts.PASSWORD);

		assertThat(throttled).hasStatus(429).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(Long.parseLong(throttled.getResponse().getHeader("Retry-After"))).isBetween(1L, 60L);
		assertThat(json(throttled).get("detail").asString()).startsWith("登录尝试过于频繁");

		String elsewhere = address;
		address = TestAccounts.clientAddress();
		assertThat(logIn(person.mobile().value(), TestAccounts.PASSWORD)).as("another address").hasStatusOk();

		address = elsewhere;
		clock.advance(Duration.ofMinutes(1));
		assertThat(logIn(person.mobile().value(), TestAccounts.PASSWORD)).as("a minute later").hasStatusOk();
	}

	@Test
	void theDatabaseKeepsOnlyTheHashOfAToken() {
		String token = token(person.mobile().value());

		var hashes = jdbc.sql("select token_hash from identity_api_token where account_id = :id")
			.param("id", person.actor().id())
			.query(String.class)
			.list();

		assertThat(hashes).hasSize(1).doesNotContain(token);
		assertThat(hashes.get(0)).matches("[0-9a-f]{64}");
	}

	@Test
	void aTokenEndsWithItsLifetime() {
		String token = token(person.mobile().value());

		clock.advance(Duration.ofHours(8));

		assertThat(me(token)).hasStatus(401);
	}

	@Test
	void logOutRevokesTheToken() {
		String token = token(person.mobile().value());
		String other = token(person.mobile().value());

		assertThat(mvc.post().uri("/api/v1/auth/logout").header("Authorization", "Bearer " + token)).hasStatus(204);

		assertThat(me(token)).hasStatus(401);
		assertThat(me(other)).hasStatusOk();
	}

	@Test
	void withoutAValidTokenTheApiAnswers401AsAProblemDetail() {
		MvcTestResult anonymous = mvc.get().uri("/api/v1/me").exchange();
		MvcTestResult forged = me("forged-token");

		assertThat(anonymous).hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(anonymous.getResponse().getHeader("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(json(anonymous).get("detail").asString()).startsWith("请先登录");
		assertThat(forged).hasStatus(401);
		assertThat(forged.getResponse().getHeader("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
		assertThat(json(forged).get("detail").asString()).isEqualTo("令牌无效、已过期或已撤销，请重新登录。");
		assertThat(mvc.get().uri("/api/v1/me").header("Accept-Language", "en")).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("Sign in first");
	}

	@Test
	void theOpenApiDocumentDescribesLogInAndTheBearerToken() {
		JsonNode api = json(mvc.get().uri("/v3/api-docs").exchange());

		assertThat(api.at("/paths/~1api~1v1~1auth~1login/post").isMissingNode()).isFalse();
		assertThat(api.at("/paths/~1api~1v1~1me/get/security/0/bearer").isMissingNode()).isFalse();
		assertThat(api.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
	}

	private MvcTestResult logIn(String username, String password) {
		return logIn(Map.of("username", username, "password", password));
	}

	private MvcTestResult logIn(Map<String, String> credentials) {
		return mvc.post()
			.uri("/api/v1/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(credentials))
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
	}

	private String token(String username) {
		MvcTestResult login = logIn(username, TestAccounts.PASSWORD);
		assertThat(login).hasStatusOk();
		return json(login).get("token").asString();
	}

	private MvcTestResult me(String token) {
		return mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token).exchange();
	}

	/** Posts JSON to the API as a program at the client address does. */
	static MvcTestResult postJson(MockMvcTester mvc, String path, Object body, String address) {
		return mvc.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body))
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
	}

	static JsonNode json(MvcTestResult result) {
		try {
			return JSON.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static JsonNode withoutRequestId(JsonNode problem) {
		return ((tools.jackson.databind.node.ObjectNode) problem.deepCopy()).without("requestId");
	}

}
