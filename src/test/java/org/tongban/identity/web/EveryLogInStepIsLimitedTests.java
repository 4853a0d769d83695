package org.tongban.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.Visitor;
import org.tongban.identity.factors.DemoChallengeSigner;
import org.tongban.support.WebPage;

/**
 * Issue 12 item 1 (R12.4): one client address makes at most 20 log-in attempts a minute,
 * counting every step of every way of logging in, so that no step is left for unlimited
 * guessing: the password, the SMS code, the certificate's challenge and log-in, and the
 * second factor ({@link SecondFactorGuessingTests}), on pages and in the API.
 */
@IdentityTest
class EveryLogInStepIsLimitedTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	@DisplayName("R12.4: certificate challenges and certificate log-ins of an address share its 20 attempts, then 429 (API)")
	void certificateLogInsCountTowardTheLimitInTheApi() throws Exception {
		String address = TestAccounts.clientAddress();
		assertThat(post("/api/v1/auth/certificate/challenge", Map.of(), address)).hasStatusOk();
		for (int i = 0; i < 19; i++) {
			assertThat(certificateLogIn(address)).hasStatus(401);
		}

		MvcTestResult throttled = certificateLogIn(address);

		assertThat(throttled).hasStatus(429).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(throttled.getResponse().getHeader("Retry-After")).isNotBlank();
		assertThat(post("/api/v1/auth/certificate/challenge", Map.of(), address)).hasStatus(429);
	}

	@Test
	@DisplayName("R12.4: the certificate log-in page answers 429 once the address has used up its attempts")
	void theCertificatePageCountsTowardTheLimit() throws Exception {
		Visitor visitor = new Visitor(mvc);
		visitor.get("/login/certificate");
		int attempts = 1;
		MvcTestResult answer;
		do {
			answer = visitor.post("/login/certificate", "nonce", "A".repeat(43), "certificate",
					DemoChallengeSigner.certificate("person-sm2"), "signature", "AAAA");
			attempts += 2;
		}
		while (answer.getResponse().getStatus() == 200 && attempts < 30);

		assertThat(answer).hasStatus(429);
		assertThat(attempts).as("a log-in and a new challenge for each post").isLessThanOrEqualTo(21);
		assertThat(WebPage.of(answer).text()).contains("登录尝试过于频繁");
	}

	@Test
	@DisplayName("R12.4: SMS-code log-ins of an address count toward its 20 attempts, then 429, in the API and on the page")
	void smsCodeLogInsCountTowardTheLimit() {
		String address = TestAccounts.clientAddress();
		for (int i = 0; i < 20; i++) {
			assertThat(post("/api/v1/auth/login", Map.of("phone", "13900000000", "smsCode", "000000"), address))
				.hasStatus(401);
		}
		assertThat(post("/api/v1/auth/login", Map.of("phone", "13900000000", "smsCode", "000000"), address))
			.hasStatus(429);

		Visitor visitor = new Visitor(mvc);
		visitor.get("/login/sms");
		for (int i = 0; i < 20; i++) {
			assertThat(visitor.post("/login/sms", "phone", "13900000000", "smsCode", "000000")).hasStatus(200);
		}
		MvcTestResult throttled = visitor.post("/login/sms", "phone", "13900000000", "smsCode", "000000");
		assertThat(throttled).hasStatus(429);
		assertThat(WebPage.of(throttled).text()).contains("登录尝试过于频繁");
	}

	private MvcTestResult certificateLogIn(String address) throws Exception {
		return post("/api/v1/auth/certificate/login", Map.of("nonce", "A".repeat(43), "certificate",
				DemoChallengeSigner.certificate("person-sm2"), "signature", "AAAA"), address);
	}

	private MvcTestResult post(String path, Map<String, String> body, String address) {
		return PasswordLogInApiTests.postJson(mvc, path, body, address);
	}

}
