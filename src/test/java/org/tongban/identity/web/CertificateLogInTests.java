package org.tongban.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.identity.Accounts;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.Visitor;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.identity.factors.DemoChallengeSigner;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.support.WebPage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * R1.3, R12.6: applicants log in with a CA digital certificate of the demo CAs by signing
 * the platform's challenge, SM2, ECDSA or RSA; the resident ID number or credit code in
 * the certificate finds their account. An expired, a revoked, a foreign certificate, a
 * wrong signature and a challenge used before are all the same 401.
 */
@IdentityTest
class CertificateLogInTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "person-sm2, 张伟, 210202198503120311", "person-ecdsa, 李娜, 21020319901123046X",
			"person-rsa, 周敏, 210211198212050284", "enterprise-sm2, D市味之源餐饮管理有限公司, 91210202MA0Q5K7D3U" })
	void theHolderOfATrustedCertificateLogsInByTheNumberInIt(String certificate, String name, String number)
			throws Exception {
		MvcTestResult login = logIn(certificate, challenge());

		assertThat(login).hasStatusOk();
		JsonNode me = PasswordLogInApiTests.json(mvc.get()
			.uri("/api/v1/me")
			.header("Authorization", "Bearer " + PasswordLogInApiTests.json(login).get("token").asString())
			.exchange());
		assertThat(me.get("name").asString()).isEqualTo(name);
		assertThat(me.get("id").asString()).isEqualTo(directory.findByLogInName(number).orElseThrow().toString());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "person-expired, 杨帆, 210211200109010532", "person-revoked, 刘洋, 210211199305300179",
			"person-untrusted, 吴海涛, 21020319750621039X" })
	void anExpiredRevokedOrForeignCertificateIsTheGeneric401(String certificate, String name, String number)
			throws Exception {
		if (directory.findByLogInName(number).isEmpty()) {
			accounts.registerNaturalPerson(name, ResidentIdNumber.parse(number), TestAccounts.mobile(),
					TestAccounts.PASSWORD);
		}

		assertGeneric401(logIn(certificate, challenge()));
	}

	@Test
	void aSignatureByAnotherKeyOrOfAnotherTextIsTheGeneric401() throws Exception {
		JsonNode challenge = challenge();
		assertGeneric401(logIn("person-sm2", challenge,
				DemoChallengeSigner.sign("person-ecdsa", challenge.get("challenge").asString())));

		JsonNode another = challenge();
		assertGeneric401(logIn("person-sm2", another,
				DemoChallengeSigner.sign("person-sm2", challenge.get("challenge").asString())));
	}

	@Test
	void aChallengeIsGoodForOneLogIn() throws Exception {
		JsonNode challenge = challenge();
		String signature = DemoChallengeSigner.sign("person-sm2", challenge.get("challenge").asString());

		assertThat(logIn("person-sm2", challenge, signature)).hasStatusOk();
		assertGeneric401(logIn("person-sm2", challenge, signature));
	}

	@Test
	void aChallengeSaysWhatToSignAndANonceNeverIssuedIsTheGeneric401() throws Exception {
		JsonNode challenge = challenge();
		MvcTestResult unknownNonce = mvc.post()
			.uri("/api/v1/auth/certificate/login")
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("nonce", UUID.randomUUID().toString(), "certificate",
					DemoChallengeSigner.certificate("person-sm2"), "signature", "AAAA")))
			.exchange();

		assertGeneric401(unknownNonce);
		assertThat(challenge.get("challenge").asString()).startsWith("tongban-login:v1:")
			.endsWith(challenge.get("nonce").asString());
		assertThat(challenge.get("expiresAt").asString()).isNotBlank();
	}

	@Test
	void theChallengesAreStoredInTheDatabaseForEveryNode() {
		JsonNode challenge = challenge();

		assertThat(jdbc.sql("select count(*) from identity_certificate_challenge where nonce = :nonce")
			.param("nonce", challenge.get("nonce").asString())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void onePageShowsTheChallengeAndTakesTheCertificateAndSignatureWithoutJavaScript() throws Exception {
		Visitor visitor = new Visitor(mvc);
		WebPage page = visitor.page("/login/certificate");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("<form action=\"/login/certificate\" method=\"post\"", "openssl dgst -sm3")
			.doesNotContain("<script");
		String challenge = page.text().replaceAll("(?s).*(tongban-login:v1:[A-Za-z0-9_-]{43}).*", "$1");
		String nonce = challenge.substring("tongban-login:v1:".length());

		WebPage refused = WebPage.of(visitor.post("/login/certificate", "nonce", nonce, "certificate",
				DemoChallengeSigner.certificate("person-ecdsa"), "signature",
				DemoChallengeSigner.sign("person-sm2", challenge)));
		assertThat(refused.text()).contains("证书登录未通过");

		String next = refused.text().replaceAll("(?s).*(tongban-login:v1:[A-Za-z0-9_-]{43}).*", "$1");
		assertThat(next).isNotEqualTo(challenge);
		MvcTestResult login = visitor.post("/login/certificate", "nonce", next.substring("tongban-login:v1:".length()),
				"certificate", DemoChallengeSigner.certificate("person-ecdsa"), "signature",
				DemoChallengeSigner.sign("person-ecdsa", next));
		assertThat(login).hasRedirectedUrl("/my");
		assertThat(visitor.page("/my").text()).contains("李娜");
	}

	private JsonNode challenge() {
		MvcTestResult challenge = mvc.post().uri("/api/v1/auth/certificate/challenge").with(request -> {
			request.setRemoteAddr(TestAccounts.clientAddress());
			return request;
		}).exchange();
		assertThat(challenge).hasStatusOk();
		return PasswordLogInApiTests.json(challenge);
	}

	private MvcTestResult logIn(String certificate, JsonNode challenge) throws Exception {
		return logIn(certificate, challenge,
				DemoChallengeSigner.sign(certificate, challenge.get("challenge").asString()));
	}

	private MvcTestResult logIn(String certificate, JsonNode challenge, String signature) throws Exception {
		return mvc.post()
			.uri("/api/v1/auth/certificate/login")
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("nonce", challenge.get("nonce").asString(), "certificate",
					DemoChallengeSigner.certificate(certificate), "signature", signature)))
			.with(request -> {
				request.setRemoteAddr(TestAccounts.clientAddress());
				return request;
			})
			.exchange();
	}

	private static void assertGeneric401(MvcTestResult result) {
		assertThat(result).hasStatus(401);
		assertThat(PasswordLogInApiTests.json(result).get("detail").asString()).startsWith("账号、密码或验证码错误");
	}

}
