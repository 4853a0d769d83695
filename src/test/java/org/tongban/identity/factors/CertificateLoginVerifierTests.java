package org.tongban.identity.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.tongban.identity.factors.CertificateLoginException.Reason;
import org.tongban.identity.factors.DemoCertificateAuthority.Credential;
import org.tongban.identity.factors.DemoCertificateAuthority.KeyType;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;
import org.tongban.support.TestClock;

/**
 * A user logs in with a CA digital certificate (R1.3): they sign the platform's challenge
 * with the private key of a certificate that a trusted CA issued, SM2 with SM3 (R12.6),
 * ECDSA P-256 or RSA, and the platform learns who they are from the certificate; every
 * other attempt is refused with its precise reason.
 */
class CertificateLoginVerifierTests {

	private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

	private static final Instant VALID_FROM = Instant.parse("2025-12-31T16:00:00Z");

	private static final Instant VALID_UNTIL = Instant.parse("2027-12-31T15:59:59Z");

	private static final String ID_NUMBER = "210202198503120311";

	private static final String CREDIT_CODE = "91210202MA0Q5K7D3U";

	private static final DemoCertificateAuthority SM2_CA = DemoCertificateAuthority.root("Test SM2 CA", KeyType.SM2, 1);

	private static final DemoCertificateAuthority ECC_CA = DemoCertificateAuthority.root("Test ECC CA", KeyType.P256,
			2);

	private static final Credential PERSON_SM2 = SM2_CA.issue(DemoCertificateAuthority.holder("张伟", ID_NUMBER),
			KeyType.SM2, 101, VALID_FROM, VALID_UNTIL);

	private static final Credential PERSON_ECDSA = ECC_CA
		.issue(DemoCertificateAuthority.holder("李娜", "21020319901123046X"), KeyType.P256, 102, VALID_FROM, VALID_UNTIL);

	private static final Credential PERSON_RSA = ECC_CA.issue(
			DemoCertificateAuthority.holder("周敏", "210211198212050284"), KeyType.RSA_2048, 103, VALID_FROM,
			VALID_UNTIL);

	private final TestClock clock = TestClock.at(NOW);

	private CertificateLoginVerifier verifier = verifier(certificate -> false);

	@Test
	void aPersonLogsInWithAnSm2CertificateAndIsKnownByTheResidentIdNumberInItsSerialNumberAttribute() {
		VerifiedCertificate holder = logIn(PERSON_SM2);

		assertThat(holder.algorithm()).isEqualTo(SignatureAlgorithm.SM2_WITH_SM3);
		assertThat(holder.residentIdNumber()).contains(ResidentIdNumber.parse(ID_NUMBER));
		assertThat(holder.creditCode()).isEmpty();
		assertThat(holder.commonName()).contains("张伟");
		assertThat(holder.subject())
			.isEqualTo("C=CN,ST=辽宁省,L=D市,OU=演示证书 仅供测试 DEMO ONLY,SERIALNUMBER=" + ID_NUMBER + ",CN=张伟");
		assertThat(holder.issuer()).isEqualTo("C=CN,O=通办演示 CA（仅供测试 DEMO ONLY）,CN=Test SM2 CA");
		assertThat(holder.serialNumber()).hasToString("101");
		assertThat(holder.serialNumberHex()).isEqualTo("65");
		assertThat(holder.fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
	}

	@Test
	void anEnterpriseLogsInWithAnSm2CertificateAndIsKnownByItsUnifiedSocialCreditCode() {
		Credential enterprise = SM2_CA.issue(DemoCertificateAuthority.holder("D市味之源餐饮管理有限公司", CREDIT_CODE), KeyType.SM2,
				104, VALID_FROM, VALID_UNTIL);

		VerifiedCertificate holder = logIn(enterprise);

		assertThat(holder.creditCode()).contains(UnifiedSocialCreditCode.parse(CREDIT_CODE));
		assertThat(holder.residentIdNumber()).isEmpty();
		assertThat(holder.commonName()).contains("D市味之源餐饮管理有限公司");
	}

	@Test
	void aPersonLogsInWithAnEcdsaP256Certificate() {
		VerifiedCertificate holder = logIn(PERSON_ECDSA);

		assertThat(holder.algorithm()).isEqualTo(SignatureAlgorithm.ECDSA_P256_WITH_SHA256);
		assertThat(holder.residentIdNumber().map(ResidentIdNumber::value)).contains("21020319901123046X");
	}

	@Test
	void aPersonLogsInWithAnRsaCertificateSigningWithPkcs1OrPss() throws Exception {
		assertThat(logIn(PERSON_RSA).algorithm()).isEqualTo(SignatureAlgorithm.RSA_WITH_SHA256);

		CertificateChallenge challenge = verifier.issueChallenge();
		Signature pss = Signature.getInstance("SHA256withRSA/PSS", BouncyCastle.PROVIDER);
		pss.initSign(PERSON_RSA.privateKey());
		pss.update(challenge.bytes());
		assertThat(verifier.verify(challenge.nonce(), PERSON_RSA.certificatePem(), pss.sign()).residentIdNumber())
			.map(ResidentIdNumber::value)
			.contains("210211198212050284");
	}

	@Test
	void theCertificateMayBeSentAsPemOrDer() throws Exception {
		CertificateChallenge challenge = verifier.issueChallenge();

		VerifiedCertificate holder = verifier.verify(challenge.nonce(), PERSON_SM2.certificate().getEncoded(),
				PERSON_SM2.sign(challenge.bytes()));

		assertThat(holder.residentIdNumber()).contains(ResidentIdNumber.parse(ID_NUMBER));
	}

	@Test
	void theHoldersNumberIsTakenFromTheCommonNameInParenthesesWhenThereIsNoSerialNumberAttribute() {
		Credential credential = SM2_CA.issue(new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
			.addRDN(BCStyle.CN, "张伟（" + ID_NUMBER + "）")
			.build(), KeyType.SM2, 105, VALID_FROM, VALID_UNTIL);

		assertThat(logIn(credential).residentIdNumber()).contains(ResidentIdNumber.parse(ID_NUMBER));
	}

	@Test
	void aCertificateWithoutAValidNumberLogsInWithoutOne() {
		Credential credential = SM2_CA.issue(DemoCertificateAuthority.holder("张伟", "210202198503120310"), KeyType.SM2,
				106, VALID_FROM, VALID_UNTIL);

		VerifiedCertificate holder = logIn(credential);

		assertThat(holder.residentIdNumber()).isEmpty();
		assertThat(holder.creditCode()).isEmpty();
	}

	@Test
	void theVerifiedCertificatePrintsItselfWithoutTheHoldersNameOrNumber() {
		assertThat(logIn(PERSON_SM2).toString()).doesNotContain(ID_NUMBER)
			.doesNotContain("张伟")
			.contains("serialNumber=65");
	}

	@Test
	void aCertificateOfACaThatIsNotConfiguredIsRefused() {
		DemoCertificateAuthority other = DemoCertificateAuthority.root("Other CA", KeyType.SM2, 3);
		Credential credential = other.issue(DemoCertificateAuthority.holder("张伟", ID_NUMBER), KeyType.SM2, 101,
				VALID_FROM, VALID_UNTIL);

		assertRefused(() -> logIn(credential), Reason.UNTRUSTED_ISSUER);
	}

	@Test
	void aCertificateOfACaThatTakesTheNameOfATrustedCaIsRefused() {
		DemoCertificateAuthority impostor = DemoCertificateAuthority.root("Test SM2 CA", KeyType.SM2, 1);
		Credential credential = impostor.issue(DemoCertificateAuthority.holder("张伟", ID_NUMBER), KeyType.SM2, 101,
				VALID_FROM, VALID_UNTIL);

		assertThat(credential.certificate().getIssuerX500Principal())
			.isEqualTo(SM2_CA.certificate().certificate().getSubjectX500Principal());
		assertRefused(() -> logIn(credential), Reason.UNTRUSTED_ISSUER);
	}

	@Test
	void aCertificateIsRefusedBeforeItsValidityBegins() {
		clock.set(VALID_FROM.minusSeconds(1));
		assertRefused(() -> logIn(PERSON_SM2), Reason.NOT_YET_VALID);

		clock.set(VALID_FROM);
		assertThat(logIn(PERSON_SM2).serialNumber()).hasToString("101");
	}

	@Test
	void aCertificateIsRefusedAfterItsValidityEnds() {
		clock.set(VALID_UNTIL);
		assertThat(logIn(PERSON_SM2).serialNumber()).hasToString("101");

		clock.set(VALID_UNTIL.plusSeconds(1));
		assertRefused(() -> logIn(PERSON_SM2), Reason.EXPIRED);
	}

	@Test
	void aCertificateWhoseSerialNumberIsRevokedByConfigurationIsRefused() {
		verifier = verifier(RevokedSerialNumbers.parse(List.of("65", "FF:FF")));

		assertRefused(() -> logIn(PERSON_SM2), Reason.REVOKED);
		assertThat(logIn(PERSON_ECDSA).serialNumber()).hasToString("102");
	}

	@Test
	void aCertificateListedInTheCrlOfItsCaIsRefused() {
		TrustedCertificateAuthorities authorities = trusted();
		var crl = CertificateRevocationList.read(new ByteArrayInputStream(DemoCertificateAuthority
			.pem(SM2_CA.crl(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(6)), 101))
			.getBytes(StandardCharsets.US_ASCII)), authorities);
		verifier = verifier(crl);

		assertRefused(() -> logIn(PERSON_SM2), Reason.REVOKED);
		// The ECC CA's certificate 102 is not the SM2 CA's to revoke.
		assertThat(logIn(PERSON_ECDSA).serialNumber()).hasToString("102");
	}

	@Test
	void aSignatureByAnotherKeyIsRefused() {
		Credential other = SM2_CA.issue(DemoCertificateAuthority.holder("张伟", ID_NUMBER), KeyType.SM2, 107, VALID_FROM,
				VALID_UNTIL);
		CertificateChallenge challenge = verifier.issueChallenge();

		assertRefused(
				() -> verifier.verify(challenge.nonce(), PERSON_SM2.certificatePem(), other.sign(challenge.bytes())),
				Reason.BAD_SIGNATURE);
	}

	@Test
	void aSignatureOverAnotherTextThanTheChallengeIsRefused() {
		CertificateChallenge challenge = verifier.issueChallenge();
		byte[] tampered = challenge.bytes();
		tampered[tampered.length - 1] ^= 1;

		assertRefused(() -> verifier.verify(challenge.nonce(), PERSON_SM2.certificatePem(), PERSON_SM2.sign(tampered)),
				Reason.BAD_SIGNATURE);
	}

	@Test
	void aSignatureThatIsNotDerOrEmptyIsRefused() {
		CertificateChallenge first = verifier.issueChallenge();
		assertRefused(() -> verifier.verify(first.nonce(), PERSON_SM2.certificatePem(), new byte[64]),
				Reason.BAD_SIGNATURE);

		CertificateChallenge second = verifier.issueChallenge();
		assertRefused(() -> verifier.verify(second.nonce(), PERSON_SM2.certificatePem(), new byte[0]),
				Reason.MALFORMED);
	}

	@Test
	void aChallengeIsAcceptedForTwoMinutes() {
		CertificateChallenge challenge = verifier.issueChallenge();
		assertThat(challenge.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));

		clock.set(NOW.plus(Duration.ofMinutes(2)).minusMillis(1));
		assertThat(verifier.verify(challenge.nonce(), PERSON_SM2.certificatePem(), PERSON_SM2.sign(challenge.bytes())))
			.isNotNull();
	}

	@Test
	void aChallengeSentBackAfterTwoMinutesIsRefused() {
		CertificateChallenge challenge = verifier.issueChallenge();

		clock.set(NOW.plus(Duration.ofMinutes(2)));

		assertRefused(() -> verifier.verify(challenge.nonce(), PERSON_SM2.certificatePem(),
				PERSON_SM2.sign(challenge.bytes())), Reason.CHALLENGE_EXPIRED);
	}

	@Test
	void aChallengeIsAcceptedOnceSoThatASignatureCannotBeReplayed() {
		CertificateChallenge challenge = verifier.issueChallenge();
		byte[] signature = PERSON_SM2.sign(challenge.bytes());
		verifier.verify(challenge.nonce(), PERSON_SM2.certificatePem(), signature);

		assertRefused(() -> verifier.verify(challenge.nonce(), PERSON_SM2.certificatePem(), signature),
				Reason.CHALLENGE_REUSED);
	}

	@Test
	void aFailedAttemptUsesTheChallengeUpSoThatCertificatesCannotBeTriedOneAfterTheOther() {
		CertificateChallenge challenge = verifier.issueChallenge();
		assertRefused(() -> verifier.verify(challenge.nonce(), PERSON_ECDSA.certificatePem(),
				PERSON_SM2.sign(challenge.bytes())), Reason.BAD_SIGNATURE);

		assertRefused(() -> verifier.verify(challenge.nonce(), PERSON_SM2.certificatePem(),
				PERSON_SM2.sign(challenge.bytes())), Reason.CHALLENGE_REUSED);
	}

	@Test
	void aChallengeThatThePlatformDidNotIssueIsRefused() {
		CertificateChallenge challenge = verifier.issueChallenge();
		String otherNonce = (challenge.nonce().charAt(0) == 'A' ? "B" : "A") + challenge.nonce().substring(1);

		assertRefused(
				() -> verifier.verify(otherNonce, PERSON_SM2.certificatePem(),
						PERSON_SM2.sign(("tongban-login:v1:" + otherNonce).getBytes(StandardCharsets.US_ASCII))),
				Reason.UNKNOWN_CHALLENGE);
		assertRefused(() -> verifier.verify("not a nonce", PERSON_SM2.certificatePem(), new byte[1]),
				Reason.UNKNOWN_CHALLENGE);
		assertRefused(() -> verifier.verify(null, PERSON_SM2.certificatePem(), new byte[1]), Reason.UNKNOWN_CHALLENGE);
	}

	@Test
	void aCertificateThatIsNotPemOrDerIsRefusedAsMalformed() {
		String pem = new String(PERSON_SM2.certificatePem(), StandardCharsets.US_ASCII);
		String damaged = pem.substring(0, 100) + "!!!" + pem.substring(103);
		String truncated = pem.substring(0, pem.length() / 2) + "\n-----END CERTIFICATE-----\n";

		for (String text : List.of(damaged, truncated, "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n",
				"not a certificate", "")) {
			CertificateChallenge challenge = verifier.issueChallenge();
			assertRefused(() -> verifier.verify(challenge.nonce(), text.getBytes(StandardCharsets.US_ASCII),
					PERSON_SM2.sign(challenge.bytes())), Reason.MALFORMED);
		}
		CertificateChallenge challenge = verifier.issueChallenge();
		assertRefused(() -> verifier.verify(challenge.nonce(), null, PERSON_SM2.sign(challenge.bytes())),
				Reason.MALFORMED);
	}

	@Test
	void aCertificateWithACriticalExtensionThePlatformDoesNotUnderstandIsRefused() throws Exception {
		Credential credential = SM2_CA.issue(DemoCertificateAuthority.holder("张伟", ID_NUMBER), KeyType.SM2, 108,
				VALID_FROM, VALID_UNTIL, KeyUsage.digitalSignature,
				new Extension(new ASN1ObjectIdentifier("1.2.156.10197.6.1.99"), true, new DEROctetString(new byte[1])));

		assertRefused(() -> logIn(credential), Reason.MALFORMED);
	}

	@Test
	void anEncryptionCertificateIsRefusedForItsKeyIsNotForSignatures() {
		Credential encryption = SM2_CA.issue(DemoCertificateAuthority.holder("张伟", ID_NUMBER), KeyType.SM2, 109,
				VALID_FROM, VALID_UNTIL, KeyUsage.keyEncipherment | KeyUsage.dataEncipherment);

		assertRefused(() -> logIn(encryption), Reason.WRONG_KEY_USAGE);
	}

	@Test
	void theCertificateOfATrustedCaDoesNotLogIn() {
		assertRefused(() -> logIn(SM2_CA.certificate()), Reason.WRONG_KEY_USAGE);
	}

	@Test
	void aKeyOtherThanSm2EcdsaP256OrRsaOf2048BitsIsRefused() {
		Credential p384 = ECC_CA.issue(DemoCertificateAuthority.holder("李娜", "21020319901123046X"), KeyType.P384, 110,
				VALID_FROM, VALID_UNTIL);
		Credential rsa1024 = ECC_CA.issue(DemoCertificateAuthority.holder("周敏", "210211198212050284"), KeyType.RSA_1024,
				111, VALID_FROM, VALID_UNTIL);

		assertRefused(() -> logIn(p384), Reason.UNSUPPORTED_KEY);
		assertRefused(() -> logIn(rsa1024), Reason.UNSUPPORTED_KEY);
	}

	@Test
	void aRefusalNamesTheCertificateByIssuerAndSerialNumberNeverByItsHolder() {
		clock.set(VALID_UNTIL.plusSeconds(1));

		CertificateLoginException refusal = catchThrowableOfType(CertificateLoginException.class,
				() -> logIn(PERSON_SM2));

		assertThat(refusal.getMessage()).contains("certificate 65 of").doesNotContain(ID_NUMBER).doesNotContain("张伟");
	}

	@Test
	void theSignatureAlgorithmFollowsTheKeyNotTheClient() {
		assertThat(SignatureAlgorithm.of(PERSON_SM2.certificate().getPublicKey()))
			.contains(SignatureAlgorithm.SM2_WITH_SM3);
		assertThat(SignatureAlgorithm.of(PERSON_ECDSA.certificate().getPublicKey()))
			.contains(SignatureAlgorithm.ECDSA_P256_WITH_SHA256);
		assertThat(SignatureAlgorithm.of(PERSON_RSA.certificate().getPublicKey()))
			.contains(SignatureAlgorithm.RSA_WITH_SHA256);
	}

	private VerifiedCertificate logIn(Credential credential) {
		CertificateChallenge challenge = verifier.issueChallenge();
		assertThat(challenge.text()).matches("tongban-login:v1:[A-Za-z0-9_-]{43}");
		return verifier.verify(challenge.nonce(), credential.certificatePem(), credential.sign(challenge.bytes()));
	}

	private CertificateLoginVerifier verifier(RevocationCheck revocation) {
		return new CertificateLoginVerifier(trusted(), revocation, new InMemoryCertificateChallengeStore(clock), clock);
	}

	private static TrustedCertificateAuthorities trusted() {
		List<X509Certificate> certificates = List.of(SM2_CA.certificate().certificate(),
				ECC_CA.certificate().certificate());
		return new TrustedCertificateAuthorities(certificates);
	}

	private static void assertRefused(ThrowingCallable logIn, Reason reason) {
		CertificateLoginException refusal = catchThrowableOfType(CertificateLoginException.class, logIn);
		assertThat(refusal).as("refusal").isNotNull();
		assertThat(refusal.reason()).as(refusal.getMessage()).isEqualTo(reason);
	}

}
