package org.tongban.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.identity.web.PasswordLogInApiTests.json;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.identity.Accounts;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.LogInMethod;
import org.tongban.identity.SmsInbox;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.Visitor;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.factors.DemoChallengeSigner;
import org.tongban.identity.login.ApiTokens;
import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.support.TestClock;
import org.tongban.support.WebPage;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * R1.6, R1.1, R1.2: an enterprise account is opened only with proof, never with what
 * anybody may know of the legal representative: the registrant's own verified account is
 * the registry's representative, or the representative authorized them from their own
 * account (within scope, until the last day, unless revoked), or the enterprise's CA
 * certificate signs the request. An open account is never taken over by a second
 * registration, and whoever asks learns nothing of whether a credit code has an account:
 * the outcome goes by SMS to the representative.
 * <p>
 * Each enterprise of the demo legal-person registry is opened at most once in the suite,
 * so each test uses its own.
 */
@IdentityTest
@DisplayName("R1.6: an enterprise account is opened only with proof")
class EnterpriseRegistrationProofTests {

	static final String ENTERPRISE_PASSWORD = "Enterprise-Harbour-2026";

	static final String ANOTHER_PASSWORD = "Takeover-Lighthouse-2026";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountDirectory directory;

	@Autowired
	ApiTokens tokens;

	@Autowired
	TestClock clock;

	SmsInbox inbox;

	String address;

	@BeforeEach
	void visitor() {
		inbox = new SmsInbox(mvc);
		address = TestAccounts.clientAddress();
		clock.reset();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	@DisplayName("R1.6: knowing the representative's name and ID number, a person who is not the representative neither registers the enterprise nor sets its password")
	void theAttackAsFoundIsRefused() {
		TestAccounts.Person attacker = new TestAccounts(accounts).person();
		Map<String, Object> asFound = body("91210200242386516U", ENTERPRISE_PASSWORD);
		asFound.put("name", "D市海港物流股份有限公司");
		asFound.put("representativeName", "黄志强");
		asFound.put("representativeId", "210202196804170751");

		MvcTestResult refused = register(token(attacker.actor().id()), asFound);

		assertThat(refused).hasStatus(422);
		assertThat(json(refused).at("/errors/creditCode").asString()).startsWith("无法证明您有权注册该单位");
		assertThat(logIn("91210200242386516U", ENTERPRISE_PASSWORD)).as("the enterprise has no password")
			.hasStatus(401);
		assertThat(actsFor(attacker.actor().id())).isEmpty();

		Visitor visitor = new Visitor(mvc);
		visitor.logIn(attacker.mobile().value(), TestAccounts.PASSWORD);
		visitor.get("/register/enterprise");
		WebPage page = WebPage.of(visitor.post("/register/enterprise", "creditCode", "91210200242386516U", "name",
				"D市海港物流股份有限公司", "representativeName", "黄志强", "representativeId", "210202196804170751", "password",
				ENTERPRISE_PASSWORD, "passwordConfirmation", ENTERPRISE_PASSWORD));
		assertThat(page.text()).contains("无法证明您有权注册该单位");
		assertThat(logIn("91210200242386516U", ENTERPRISE_PASSWORD)).hasStatus(401);
	}

	@Test
	@DisplayName("R1.6: an enterprise registered already is not taken over by a second registration, nor its password reset")
	void aRegisteredEnterpriseIsNotTakenOver() {
		Representative representative = representative("林国栋", "350203196009300358");
		assertThat(register(representative.token(), body("51210200508930671Q", ENTERPRISE_PASSWORD))).hasStatus(202);
		assertThat(inbox.latest(representative.mobile()))
			.hasValueSatisfying(sms -> assertThat(sms).contains("已注册D市软件行业协会的单位账号"));
		TestAccounts.Person attacker = new TestAccounts(accounts).person();

		MvcTestResult byAttacker = register(token(attacker.actor().id()), body("51210200508930671Q", ANOTHER_PASSWORD));
		MvcTestResult again = register(representative.token(), body("51210200508930671Q", ANOTHER_PASSWORD));

		assertThat(byAttacker).hasStatus(422);
		assertThat(again).as("the same answer as the first time").hasStatus(202);
		assertThat(json(again))
			.isEqualTo(json(register(representative.token(), body("51210200508930671Q", ENTERPRISE_PASSWORD))));
		assertThat(logIn("51210200508930671Q", ANOTHER_PASSWORD)).as("no password reset").hasStatus(401);
		assertThat(logIn("51210200508930671Q", ENTERPRISE_PASSWORD)).hasStatusOk();
		assertThat(actsFor(attacker.actor().id())).isEmpty();
		assertThat(actsFor(representative.id())).containsExactly("D市软件行业协会");
	}

	@Test
	@DisplayName("R1.6: the answers for a registered and an unregistered credit code are identical, in the API and on the page")
	void theAnswerDoesNotTellWhetherACreditCodeIsRegistered() {
		TestAccounts.Person stranger = new TestAccounts(accounts).person();
		String token = token(stranger.actor().id());

		MvcTestResult registered = register(token, body("91210202MA0Q5K7D3U", ENTERPRISE_PASSWORD));
		MvcTestResult unregistered = register(token, body("91210200MA0P4T9C6T", ENTERPRISE_PASSWORD));

		assertThat(registered.getResponse().getStatus()).isEqualTo(unregistered.getResponse().getStatus())
			.isEqualTo(422);
		assertThat(answer(registered)).isEqualTo(answer(unregistered));

		Visitor visitor = new Visitor(mvc);
		visitor.logIn(stranger.mobile().value(), TestAccounts.PASSWORD);
		visitor.get("/register/enterprise");
		String registeredPage = answer(visitor, "91210202MA0Q5K7D3U");
		String unregisteredPage = answer(visitor, "91210200MA0P4T9C6T");
		assertThat(registeredPage.replace("91210202MA0Q5K7D3U", "CODE"))
			.isEqualTo(unregisteredPage.replace("91210200MA0P4T9C6T", "CODE"));
	}

	@Test
	@DisplayName("R1.6: the representative authorizes an agent on the pages, who then registers the enterprise within scope and before the last day")
	void anAuthorizedAgentRegistersTheEnterprise() {
		Representative representative = representative("徐丽华", "210202196308090621");
		TestAccounts.Person agent = new TestAccounts(accounts).person();
		Visitor agentVisitor = new Visitor(mvc);
		agentVisitor.logIn(agent.mobile().value(), TestAccounts.PASSWORD);
		agentVisitor.get("/register/enterprise");
		assertThat(WebPage
			.of(agentVisitor.post("/register/enterprise", "creditCode", "12210200464312758T", "password",
					ENTERPRISE_PASSWORD, "passwordConfirmation", ENTERPRISE_PASSWORD))
			.text()).as("before the authorization").contains("无法证明您有权注册该单位");

		Visitor representativeVisitor = new Visitor(mvc);
		representativeVisitor.logIn(representative.mobile().value(), TestAccounts.PASSWORD);
		representativeVisitor.get("/my/authorizations");
		MvcTestResult granted = representativeVisitor.post("/my/authorizations", "creditCode", "12210200464312758T",
				"agentName", agent.actor().name(), "agentResidentId", agent.residentId().value(), "scope", "REGISTER",
				"validUntil", clock.today().plusDays(30).toString());
		assertThat(granted).hasStatus(302).hasRedirectedUrl("/my/authorizations?granted");
		assertThat(inbox.latest(agent.mobile()))
			.hasValueSatisfying(sms -> assertThat(sms).contains("徐丽华已授权", "D市第三人民医院"));
		assertThat(agentVisitor.page("/my/authorizations").text()).contains("D市第三人民医院", "徐丽华", "注册该单位");

		agentVisitor.get("/register/enterprise?creditCode=12210200464312758T");
		MvcTestResult registered = agentVisitor.post("/register/enterprise", "creditCode", "12210200464312758T",
				"password", ENTERPRISE_PASSWORD, "passwordConfirmation", ENTERPRISE_PASSWORD);

		assertThat(registered).hasStatus(302).hasRedirectedUrl("/register/done");
		assertThat(agentVisitor.page("/register/done").text()).contains("12210200464312758T", "短信");
		assertThat(agentVisitor.page("/my").text()).contains("D市第三人民医院");
		assertThat(logIn("12210200464312758T", ENTERPRISE_PASSWORD)).hasStatusOk();
		assertThat(inbox.latest(representative.mobile()))
			.hasValueSatisfying(sms -> assertThat(sms).contains(agent.actor().name() + "已注册D市第三人民医院的单位账号"));
	}

	@Test
	@DisplayName("R1.6: an authorization serves neither after it is revoked, nor after its last day, nor beyond its scope")
	void anAuthorizationEndsWithRevocationExpiryAndScope() {
		Representative representative = representative("吴海涛", "21020319750621039X");
		var testAccounts = new TestAccounts(accounts);
		TestAccounts.Person revoked = testAccounts.person();
		TestAccounts.Person expired = testAccounts.person();
		TestAccounts.Person agentOnly = testAccounts.person();
		String until = clock.today().plusDays(1).toString();

		JsonNode revokedGrant = json(grant(representative.token(), revoked, "REGISTER", until));
		assertThat(mvc.post()
			.uri("/api/v1/my/authorizations/{id}/revoke", revokedGrant.get("id").asString())
			.header("Authorization", "Bearer " + representative.token())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.live")
			.isEqualTo(false);
		assertThat(grant(representative.token(), expired, "REGISTER", until)).hasStatus(201);
		assertThat(grant(representative.token(), agentOnly, "AGENT", until)).hasStatus(201);

		MvcTestResult afterRevocation = register(token(revoked.actor().id()),
				body("93210203MA0W6R2EXN", ENTERPRISE_PASSWORD));
		MvcTestResult beyondScope = register(token(agentOnly.actor().id()),
				body("93210203MA0W6R2EXN", ENTERPRISE_PASSWORD));
		clock.advance(Duration.ofDays(2));
		MvcTestResult afterExpiry = register(token(expired.actor().id()),
				body("93210203MA0W6R2EXN", ENTERPRISE_PASSWORD));

		assertThat(afterRevocation).hasStatus(422);
		assertThat(afterExpiry).hasStatus(422);
		assertThat(json(afterExpiry).at("/errors/creditCode").asString()).startsWith("无法证明您有权注册该单位");
		assertThat(beyondScope).as("answered alike, and told by SMS").hasStatus(202);
		assertThat(inbox.latest(agentOnly.mobile()))
			.hasValueSatisfying(sms -> assertThat(sms).contains("授权范围不含注册单位账号"));
		assertThat(logIn("93210203MA0W6R2EXN", ENTERPRISE_PASSWORD)).as("never opened").hasStatus(401);
		assertThat(actsFor(agentOnly.actor().id())).isEmpty();
	}

	@Test
	@DisplayName("R1.6: only the representative or an admin agent authorizes; the representative adds an agent to the registered enterprise and revokes them")
	void theRepresentativeAddsAndRemovesAnAgentOfARegisteredEnterprise() {
		var testAccounts = new TestAccounts(accounts);
		TestAccounts.Person outsider = testAccounts.person();
		TestAccounts.Person agent = testAccounts.person();
		String zhangWei = token(directory.findByLogInName("210202198503120311").orElseThrow());
		String until = clock.today().plusMonths(6).toString();

		MvcTestResult byOutsider = grant(token(outsider.actor().id()), agent, "AGENT", until, "91210202MA0Q5K7D3U");
		assertThat(byOutsider).hasStatus(422);
		assertThat(json(byOutsider).at("/errors/creditCode").asString()).contains("不是该单位");
		JsonNode granted = json(grant(zhangWei, agent, "AGENT", until, "91210202MA0Q5K7D3U"));

		assertThat(register(token(agent.actor().id()), body("91210202MA0Q5K7D3U", ANOTHER_PASSWORD))).hasStatus(202);
		assertThat(actsFor(agent.actor().id())).containsExactly("D市味之源餐饮管理有限公司");
		assertThat(logIn("91210202MA0Q5K7D3U", ANOTHER_PASSWORD)).as("the password is not changed").hasStatus(401);

		assertThat(mvc.post()
			.uri("/api/v1/my/authorizations/{id}/revoke", granted.get("id").asString())
			.header("Authorization", "Bearer " + token(outsider.actor().id()))).as("only the grantor revokes")
			.hasStatus(404);
		assertThat(mvc.post()
			.uri("/api/v1/my/authorizations/{id}/revoke", granted.get("id").asString())
			.header("Authorization", "Bearer " + zhangWei)).hasStatusOk();
		assertThat(actsFor(agent.actor().id())).isEmpty();
	}

	@Test
	@DisplayName("R1.6, R1.3: the enterprise's CA certificate proves the request; it takes over no registered account, and another certificate proves nothing")
	void theEnterpriseCertificatePath() throws Exception {
		TestAccounts.Person holder = new TestAccounts(accounts).person();
		String token = token(holder.actor().id());
		MobileNumber zhangWei = accounts.particulars(directory.findByLogInName("210202198503120311").orElseThrow())
			.mobile();

		MvcTestResult byPersonCertificate = register(token,
				signed(body("91210202MA0Q5K7D3U", ANOTHER_PASSWORD), "person-sm2"));
		MvcTestResult forAnotherEnterprise = register(token,
				signed(body("91210200MA0P4T9C6T", ANOTHER_PASSWORD), "enterprise-sm2"));
		MvcTestResult byEnterpriseCertificate = register(token,
				signed(body("91210202MA0Q5K7D3U", ANOTHER_PASSWORD), "enterprise-sm2"));

		assertThat(byPersonCertificate).hasStatus(422);
		assertThat(json(byPersonCertificate).at("/errors/certificate").asString()).startsWith("单位数字证书未通过");
		assertThat(forAnotherEnterprise).hasStatus(422);
		assertThat(byEnterpriseCertificate).hasStatus(202);
		assertThat(inbox.latest(zhangWei))
			.hasValueSatisfying(sms -> assertThat(sms).contains("以单位数字证书申请注册D市味之源餐饮管理有限公司", "未作变更"));
		assertThat(actsFor(holder.actor().id())).as("a certificate adds no agent").isEmpty();
		assertThat(logIn("91210202MA0Q5K7D3U", ANOTHER_PASSWORD)).hasStatus(401);

		Visitor visitor = new Visitor(mvc);
		visitor.logIn(holder.mobile().value(), TestAccounts.PASSWORD);
		String form = visitor.page("/register/enterprise?certificate=").html();
		Matcher challenge = Pattern.compile("id=\"challenge\">([^<]+)<").matcher(form);
		Matcher nonce = Pattern.compile("name=\"nonce\" value=\"([^\"]+)\"").matcher(form);
		assertThat(challenge.find() && nonce.find()).as("the page shows a challenge to sign").isTrue();
		WebPage refused = WebPage.of(visitor.post("/register/enterprise", "creditCode", "91210202MA0Q5K7D3U",
				"password", ANOTHER_PASSWORD, "passwordConfirmation", ANOTHER_PASSWORD, "nonce", nonce.group(1),
				"certificate", DemoChallengeSigner.certificate("person-sm2"), "signature",
				DemoChallengeSigner.sign("person-sm2", challenge.group(1))));
		assertThat(refused.text()).contains("单位数字证书未通过");
		assertThat(refused.html()).as("a new challenge for the next attempt")
			.contains("id=\"challenge\"")
			.doesNotContain(challenge.group(1));
	}

	/** The problem details, without the request's own id. */
	private static JsonNode answer(MvcTestResult result) {
		ObjectNode problem = (ObjectNode) json(result);
		problem.remove("requestId");
		return problem;
	}

	/**
	 * The status and text of the page that answers the visitor's registration of the
	 * enterprise.
	 */
	private static String answer(Visitor visitor, String creditCode) {
		MvcTestResult answer = visitor.post("/register/enterprise", "creditCode", creditCode, "password",
				ENTERPRISE_PASSWORD, "passwordConfirmation", ENTERPRISE_PASSWORD);
		return answer.getResponse().getStatus() + " " + WebPage.of(answer).text();
	}

	/**
	 * A person of the demo population registry with a verified account of their own, and
	 * a token of theirs.
	 */
	private Representative representative(String name, String residentId) {
		TestAccounts.Person person = new TestAccounts(accounts).registryPerson(name, residentId, directory);
		return new Representative(person.actor().id(), person.mobile(), token(person.actor().id()));
	}

	private Map<String, Object> signed(Map<String, Object> body, String certificate) throws Exception {
		JsonNode challenge = json(mvc.post().uri("/api/v1/auth/certificate/challenge").with(request -> {
			request.setRemoteAddr(address);
			return request;
		}).exchange());
		body.put("nonce", challenge.get("nonce").asString());
		body.put("certificate", DemoChallengeSigner.certificate(certificate));
		body.put("signature", DemoChallengeSigner.sign(certificate, challenge.get("challenge").asString()));
		return body;
	}

	private static Map<String, Object> body(String creditCode, String password) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("creditCode", creditCode);
		body.put("password", password);
		body.put("passwordConfirmation", password);
		return body;
	}

	private MvcTestResult register(String token, Map<String, Object> body) {
		return post("/api/v1/auth/register/enterprise", token, body);
	}

	private MvcTestResult grant(String token, TestAccounts.Person agent, String scope, String validUntil) {
		return grant(token, agent, scope, validUntil, "93210203MA0W6R2EXN");
	}

	private MvcTestResult grant(String token, TestAccounts.Person agent, String scope, String validUntil,
			String creditCode) {
		return post("/api/v1/my/authorizations", token,
				Map.of("creditCode", creditCode, "agentName", agent.actor().name(), "agentResidentId",
						agent.residentId().value(), "scope", scope, "validUntil", validUntil));
	}

	private MvcTestResult post(String path, String token, Map<String, Object> body) {
		var request = mvc.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.content(PasswordLogInApiTests.JSON.writeValueAsString(body))
			.with(servletRequest -> {
				servletRequest.setRemoteAddr(address);
				return servletRequest;
			});
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request.exchange();
	}

	private List<String> actsFor(UUID person) {
		return accounts.profile(person).actsFor();
	}

	private String token(UUID account) {
		return tokens.issue(account, LogInMethod.PASSWORD).token();
	}

	private MvcTestResult logIn(String username, String password) {
		return post("/api/v1/auth/login", null, Map.of("username", username, "password", password));
	}

	private record Representative(UUID id, MobileNumber mobile, String token) {
	}

}
