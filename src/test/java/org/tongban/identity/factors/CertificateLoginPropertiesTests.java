package org.tongban.identity.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.tongban.identity.factors.CertificateLoginException.Reason;
import org.tongban.identity.factors.DemoCertificateAuthority.Credential;
import org.tongban.identity.factors.DemoCertificateAuthority.KeyType;

/**
 * The platform trusts the CAs that its configuration names, with the revocations it names
 * (R1.3): a wrong file stops the start-up rather than every certificate log-in, and no
 * certificate log-in is offered without a CA.
 */
class CertificateLoginPropertiesTests {

	private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

	private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.ofHours(8));

	private static final DemoCertificateAuthority CA = DemoCertificateAuthority.root("Test SM2 CA", KeyType.SM2, 1);

	private static final Credential PERSON = CA.issue(DemoCertificateAuthority.holder("张伟", "210202198503120311"),
			KeyType.SM2, 0x2A, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));

	@Test
	void withoutTrustedCasCertificateLogInIsOff() {
		CertificateLoginProperties properties = new CertificateLoginProperties(null, null, null);

		assertThat(properties.enabled()).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> properties.verifier(store(), CLOCK))
			.withMessageContaining("tongban.identity.ca.trusted");
	}

	@Test
	void thePropertiesAreBoundFromTheConfigurationAsDocumented() {
		Map<String, Object> configuration = Map.of("tongban.identity.ca.trusted",
				"classpath:identity/demo-ca/trusted-ca.pem", "tongban.identity.ca.revoked-serial-numbers",
				"20250006, 20:25:00:07");

		CertificateLoginProperties properties = new Binder(new MapConfigurationPropertySource(configuration))
			.bindOrCreate("tongban.identity.ca", CertificateLoginProperties.class);

		assertThat(properties.trusted().getFilename()).isEqualTo("trusted-ca.pem");
		assertThat(properties.revokedSerialNumbers()).containsExactly("20250006", "20:25:00:07");
		assertThat(properties.crls()).isEmpty();
		assertThat(properties.verifier(store(), CLOCK)).isNotNull();
	}

	@Test
	void thePropertiesAreBoundFromTheEnvironmentAsDocumented() {
		var environment = new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				Map.of("TONGBAN_IDENTITY_CA_TRUSTED", "classpath:identity/demo-ca/trusted-ca.pem",
						"TONGBAN_IDENTITY_CA_REVOKEDSERIALNUMBERS", "20250006,20250007"));

		CertificateLoginProperties properties = new Binder(ConfigurationPropertySources.from(environment))
			.bindOrCreate("tongban.identity.ca", CertificateLoginProperties.class);

		assertThat(properties.enabled()).isTrue();
		assertThat(properties.revokedSerialNumbers()).containsExactly("20250006", "20250007");
	}

	@Test
	void theDemoBundleIsReadFromTheClassPath() {
		CertificateLoginProperties properties = new CertificateLoginProperties(
				new ClassPathResource("identity/demo-ca/trusted-ca.pem"), null, null);

		assertThat(properties.enabled()).isTrue();
		assertThat(properties.verifier(store(), CLOCK)).isNotNull();
	}

	@Test
	void aBundleThatIsMissingOrHoldsNoCaStopsTheStartUp() {
		Resource missing = new ClassPathResource("identity/demo-ca/no-such-file.pem");
		Resource userCertificate = pem(PERSON.certificatePem());
		Resource empty = pem(new byte[0]);

		for (Resource bundle : List.of(missing, userCertificate, empty)) {
			CertificateLoginProperties properties = new CertificateLoginProperties(bundle, null, null);
			assertThat(catchThrowableOfType(RuntimeException.class, () -> properties.verifier(store(), CLOCK)))
				.as(bundle.getDescription())
				.isNotNull()
				.hasMessageContaining("tongban.identity.ca");
		}
	}

	@Test
	void aRevokedSerialNumberThatIsNotHexadecimalStopsTheStartUp() {
		CertificateLoginProperties properties = new CertificateLoginProperties(trustedBundle(), List.of("2A", "xyz"),
				null);

		assertThatIllegalStateException().isThrownBy(() -> properties.verifier(store(), CLOCK))
			.withMessageContaining("'xyz'");
	}

	@Test
	void theConfiguredSerialNumbersAndCrlsRevoke() {
		byte[] crl = DemoCertificateAuthority
			.pem(CA.crl(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(6)), 0x2A))
			.getBytes(StandardCharsets.US_ASCII);

		assertRevoked(new CertificateLoginProperties(trustedBundle(), List.of("2a"), null));
		assertRevoked(new CertificateLoginProperties(trustedBundle(), null, List.of(pem(crl))));
	}

	@Test
	void aCrlThatNoTrustedCaSignedStopsTheStartUp() {
		DemoCertificateAuthority impostor = DemoCertificateAuthority.root("Test SM2 CA", KeyType.SM2, 1);
		byte[] forged = DemoCertificateAuthority
			.pem(impostor.crl(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(6)), 0x2A))
			.getBytes(StandardCharsets.US_ASCII);
		CertificateLoginProperties properties = new CertificateLoginProperties(trustedBundle(), null,
				List.of(pem(forged)));

		assertThatIllegalStateException().isThrownBy(() -> properties.verifier(store(), CLOCK))
			.withMessageContaining("not signed by a trusted CA");
	}

	@Test
	void aCertificateThatIsNotACasIsNotTrustedAsOne() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TrustedCertificateAuthorities(List.of(PERSON.certificate())))
			.withMessageContaining("is not a CA certificate");
		assertThatIllegalArgumentException().isThrownBy(() -> new TrustedCertificateAuthorities(List.of()));
	}

	private static void assertRevoked(CertificateLoginProperties properties) {
		CertificateLoginVerifier verifier = properties.verifier(store(), CLOCK);
		CertificateChallenge challenge = verifier.issueChallenge();

		CertificateLoginException refusal = catchThrowableOfType(CertificateLoginException.class,
				() -> verifier.verify(challenge.nonce(), PERSON.certificatePem(), PERSON.sign(challenge.bytes())));

		assertThat(refusal.reason()).isEqualTo(Reason.REVOKED);
	}

	private static Resource trustedBundle() {
		return pem(CA.certificate().certificatePem());
	}

	private static Resource pem(byte[] content) {
		return new ByteArrayResource(content);
	}

	private static CertificateChallengeStore store() {
		return new InMemoryCertificateChallengeStore(CLOCK);
	}

}
