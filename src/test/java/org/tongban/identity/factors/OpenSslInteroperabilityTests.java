package org.tongban.identity.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A tester signs a challenge with {@code openssl dgst} (R1.3), SM2 included (R12.6): the
 * platform verifies what OpenSSL 3 signs, SM2 with the default user ID
 * {@code 1234567812345678} of GM/T 0009 (which OpenSSL 3.0 must be given:
 * {@code -sigopt distid:1234567812345678}), RSA with PKCS #1 v1.5 or PSS. The signatures
 * were made once, see {@code src/test/resources/identity/factors/openssl/README.md}.
 */
class OpenSslInteroperabilityTests {

	private static final String FOLDER = "/identity/factors/openssl/";

	@ParameterizedTest(name = "{1} signature by OpenSSL")
	@CsvSource({ "sm2, sm2.sig, SM2_WITH_SM3", "sm2, sm2-pkeyutl.sig, SM2_WITH_SM3",
			"ec, ec.sig, ECDSA_P256_WITH_SHA256", "rsa, rsa.sig, RSA_WITH_SHA256",
			"rsa, rsa-pss.sig, RSA_WITH_SHA256" })
	void theSignatureOfOpenSslIsVerifiedWithTheAlgorithmOfTheKey(String key, String signature,
			SignatureAlgorithm algorithm) throws IOException {
		PublicKey publicKey = publicKey(key + ".pub.pem");

		assertThat(SignatureAlgorithm.of(publicKey)).contains(algorithm);
		assertThat(algorithm.verifies(publicKey, bytes("challenge.txt"), bytes(signature))).isTrue();
	}

	@Test
	void anSm2SignatureWithOpenSslsEmptyUserIdIsNotTheSignatureOfTheDefaultId() throws IOException {
		assertThat(SignatureAlgorithm.SM2_WITH_SM3.verifies(publicKey("sm2.pub.pem"), bytes("challenge.txt"),
				bytes("sm2-empty-id.sig")))
			.isFalse();
	}

	@Test
	void aSignatureOverAnotherTextIsRefused() throws IOException {
		byte[] otherText = "tongban-login:v1:q3lLZ0VmJvT1d0bQ2jYzvG8H9c4WmXo1aRkS5nUeP7B"
			.getBytes(StandardCharsets.US_ASCII);

		assertThat(SignatureAlgorithm.SM2_WITH_SM3.verifies(publicKey("sm2.pub.pem"), otherText, bytes("sm2.sig")))
			.isFalse();
		assertThat(
				SignatureAlgorithm.RSA_WITH_SHA256.verifies(publicKey("rsa.pub.pem"), otherText, bytes("rsa-pss.sig")))
			.isFalse();
	}

	private static byte[] bytes(String name) throws IOException {
		try (InputStream in = OpenSslInteroperabilityTests.class.getResourceAsStream(FOLDER + name)) {
			return in.readAllBytes();
		}
	}

	private static PublicKey publicKey(String name) throws IOException {
		try (PEMParser pem = new PEMParser(new InputStreamReader(
				OpenSslInteroperabilityTests.class.getResourceAsStream(FOLDER + name), StandardCharsets.US_ASCII))) {
			return new JcaPEMKeyConverter().setProvider(BouncyCastle.PROVIDER)
				.getPublicKey((SubjectPublicKeyInfo) pem.readObject());
		}
	}

}
