package org.tongban.identity.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.ClassPathResource;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.Sex;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;
import org.tongban.support.TestClock;

/**
 * The demo profile ships a demo CA and demo certificates with their keys, so that a
 * tester logs in with a certificate by hand (R1.3), SM2 included (R12.6): the committed
 * files of {@code identity/demo-ca} verify as their README says, today. Should this fail
 * after 2035, regenerate them with {@link DemoCertificateAuthority#main}.
 */
class DemoCertificatesTests {

	private static final String FOLDER = "identity/demo-ca/";

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final TestClock CLOCK = TestClock.atDemoDay();

	private final CertificateLoginVerifier verifier = new CertificateLoginProperties(
			new ClassPathResource(FOLDER + DemoUser.TRUSTED_BUNDLE), List.of(DemoUser.REVOKED_SERIAL_NUMBER), null)
		.verifier(new InMemoryCertificateChallengeStore(CLOCK), CLOCK);

	@ParameterizedTest
	@EnumSource(value = DemoUser.class, names = { "PERSON_SM2", "ENTERPRISE_SM2", "PERSON_ECDSA", "PERSON_RSA" })
	void theDemoUsersLogInWithTheirCommittedCertificateAndKey(DemoUser user) throws Exception {
		VerifiedCertificate holder = logIn(user);

		assertThat(holder.serialNumber().longValue()).isEqualTo(user.serialNumber());
		assertThat(holder.commonName()).contains(user.commonName());
		assertThat(holder.algorithm()).isEqualTo(switch (user.keyType()) {
			case SM2 -> SignatureAlgorithm.SM2_WITH_SM3;
			case P256 -> SignatureAlgorithm.ECDSA_P256_WITH_SHA256;
			default -> SignatureAlgorithm.RSA_WITH_SHA256;
		});
	}

	@ParameterizedTest
	@EnumSource(value = DemoUser.class, names = { "PERSON_EXPIRED", "PERSON_REVOKED", "PERSON_UNTRUSTED" })
	void theExpiredTheRevokedAndTheForeignDemoCertificatesAreRefused(DemoUser user) {
		CertificateLoginException refusal = catchThrowableOfType(CertificateLoginException.class, () -> logIn(user));

		assertThat(refusal).isNotNull();
		assertThat(refusal.reason()).isEqualTo(user.refusal());
	}

	@Test
	void theNaturalPersonsSerialNumberAttributeIsAValidResidentIdNumberOfDCityBornOn12March1985() throws Exception {
		ResidentIdNumber number = logIn(DemoUser.PERSON_SM2).residentIdNumber().orElseThrow();

		assertThat(number.value()).isEqualTo("210202198503120311").startsWith("2102");
		assertThat(number.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
		assertThat(number.sex()).isEqualTo(Sex.MALE);
	}

	@Test
	void theEnterprisesSerialNumberAttributeIsAValidUnifiedSocialCreditCodeOfDCity() throws Exception {
		VerifiedCertificate enterprise = logIn(DemoUser.ENTERPRISE_SM2);

		assertThat(enterprise.creditCode().map(UnifiedSocialCreditCode::value)).contains("91210202MA0Q5K7D3U");
		assertThat(enterprise.creditCode().orElseThrow().value()).startsWith("912102");
		assertThat(enterprise.residentIdNumber()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(DemoUser.class)
	void everyDemoNumberIsValid(DemoUser user) {
		assertThat(ResidentIdNumber.isValid(user.number()) || UnifiedSocialCreditCode.isValid(user.number()))
			.as(user.number())
			.isTrue();
	}

	@Test
	void theTrustedBundleHoldsTheSm2AndTheEccDemoRootCasValidFrom2025To2035() throws IOException {
		TrustedCertificateAuthorities authorities = TrustedCertificateAuthorities
			.read(new ClassPathResource(FOLDER + DemoUser.TRUSTED_BUNDLE).getInputStream());

		assertThat(authorities.certificates()).extracting(c -> c.getSubjectX500Principal().getName())
			.containsExactly("CN=Tongban Demo SM2 Root CA,O=通办演示 CA（仅供测试 DEMO ONLY）,C=CN",
					"CN=Tongban Demo ECC Root CA,O=通办演示 CA（仅供测试 DEMO ONLY）,C=CN");
		assertThat(authorities.certificates()).extracting(X509Certificate::getSigAlgName)
			.containsExactly("SM3WITHSM2", "SHA256WITHECDSA");
		for (X509Certificate authority : authorities.certificates()) {
			assertThat(authority.getNotBefore().toInstant().atZone(BEIJING).toLocalDateTime())
				.hasToString("2025-01-01T00:00");
			assertThat(authority.getNotAfter().toInstant().atZone(BEIJING).toLocalDateTime())
				.hasToString("2035-12-31T23:59:59");
		}
	}

	@ParameterizedTest
	@EnumSource(DemoUser.class)
	void theKeysArePkcs8PemAndTheReadmeSaysTheyArePublicAndDocumentsEachCertificate(DemoUser user) throws IOException {
		String key = text(user.fileName() + ".key");
		String readme = text("README.md");

		assertThat(key).startsWith("-----BEGIN PRIVATE KEY-----");
		assertThat(readme).contains("PUBLIC TEST MATERIAL")
			.contains(user.fileName() + ".crt")
			.contains(user.number())
			.contains(Long.toHexString(user.serialNumber()).toUpperCase());
	}

	private VerifiedCertificate logIn(DemoUser user) throws Exception {
		CertificateChallenge challenge = verifier.issueChallenge();
		String signature;
		try (Reader certificate = reader(user.fileName() + ".crt"); Reader key = reader(user.fileName() + ".key")) {
			signature = DemoChallengeSigner.signature(certificate, key, challenge.text());
		}
		return verifier.verify(challenge.nonce(), text(user.fileName() + ".crt").getBytes(StandardCharsets.US_ASCII),
				Base64.getDecoder().decode(signature));
	}

	private static Reader reader(String name) throws IOException {
		return new InputStreamReader(new ClassPathResource(FOLDER + name).getInputStream(), StandardCharsets.UTF_8);
	}

	private static String text(String name) throws IOException {
		try (InputStream in = new ClassPathResource(FOLDER + name).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
