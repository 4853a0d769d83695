package org.tongban.identity.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.identity.Accounts;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.LogInMethod;
import org.tongban.identity.SmsInbox;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.factors.DemoCertificateAuthority.Credential;
import org.tongban.identity.factors.DemoCertificateAuthority.KeyType;
import org.tongban.identity.login.ApiTokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * R1.6, R1.3: the enterprise's CA certificate, whose subject carries its credit code,
 * proves the registration of its account: a person who holds the certificate's key opens
 * the account and becomes its admin agent. The demo's only enterprise certificate is that
 * of an enterprise the demo registers, so this test trusts a CA of its own, which issues
 * a certificate to an enterprise of the demo registry that has no account.
 */
@IdentityTest
@DisplayName("R1.6: the enterprise's CA certificate opens its account")
class EnterpriseCertificateRegistrationTests {

	private static final DemoCertificateAuthority CA = DemoCertificateAuthority.root("Tongban Test Enterprise CA",
			KeyType.P256, 0x7E570001L);

	private static final Credential SHOP = CA.issue(
			DemoCertificateAuthority.holder("D市港城区丝路民族服饰店", "92210203MA0TJ7K549"), KeyType.P256, 0x7E570002L,
			DemoCertificateAuthority.DEMO_FROM, DemoCertificateAuthority.DEMO_UNTIL);

	private static final String PASSWORD = "Silk-Road-Harbour-2026";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@DynamicPropertySource
	static void trustTheTestCa(DynamicPropertyRegistry registry) throws IOException {
		Path bundle = Files.createTempFile("tongban-test-ca", ".pem");
		bundle.toFile().deleteOnExit();
		Files.writeString(bundle, DemoCertificateAuthority.pem(CA.certificate().certificate()));
		registry.add("tongban.identity.ca.trusted", () -> bundle.toUri().toString());
	}

	@Test
	@DisplayName("R1.6: a person who signs with the enterprise's certificate opens its account and acts for it")
	void theCertificateHolderOpensTheAccount() {
		TestAccounts.Person holder = new TestAccounts(accounts).person();
		String address = TestAccounts.clientAddress();
		JsonNode challenge = json(mvc.post().uri("/api/v1/auth/certificate/challenge").with(request -> {
			request.setRemoteAddr(address);
			return request;
		}).exchange());
		String signature = Base64.getEncoder()
			.encodeToString(SHOP.sign(challenge.get("challenge").asString().getBytes(StandardCharsets.UTF_8)));

		MvcTestResult registered = mvc.post()
			.uri("/api/v1/auth/register/enterprise")
			.header("Authorization", "Bearer " + tokens.issue(holder.actor().id(), LogInMethod.PASSWORD).token())
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("creditCode", "92210203MA0TJ7K549", "password", PASSWORD,
					"passwordConfirmation", PASSWORD, "nonce", challenge.get("nonce").asString(), "certificate",
					new String(SHOP.certificatePem(), StandardCharsets.US_ASCII), "signature", signature)))
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();

		assertThat(registered).hasStatus(202);
		assertThat(accounts.profile(holder.actor().id()).actsFor()).containsExactly("D市港城区丝路民族服饰店");
		assertThat(new SmsInbox(mvc).latest(holder.mobile()))
			.hasValueSatisfying(sms -> assertThat(sms).contains("已注册D市港城区丝路民族服饰店的单位账号"));
		assertThat(mvc.post()
			.uri("/api/v1/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("username", "92210203MA0TJ7K549", "password", PASSWORD))))
			.as("the enterprise logs in with its credit code and the password set")
			.hasStatusOk();
	}

	private static JsonNode json(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return JSON.readTree(result.getResponse().getContentAsByteArray());
	}

}
