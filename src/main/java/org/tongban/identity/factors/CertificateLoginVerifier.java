package org.tongban.identity.factors;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.tongban.identity.factors.CertificateChallengeStore.Redemption;
import org.tongban.identity.factors.CertificateLoginException.Reason;

/**
 * Log-in with a CA digital certificate (R1.3): the user proves the possession of the
 * private key of an X.509 certificate that a trusted CA issued by signing a challenge of
 * the platform, with SM2 (R12.6), ECDSA or RSA.
 * <ol>
 * <li>{@link #issueChallenge()} gives the log-in page a {@link CertificateChallenge} to
 * show;</li>
 * <li>the user signs its text with the certificate's key (a UKey's client, or OpenSSL)
 * and sends back the nonce, the certificate (PEM or DER) and the signature;</li>
 * <li>{@link #verify} returns the {@link VerifiedCertificate}, or refuses with a precise
 * {@link CertificateLoginException.Reason} for the log, which the user does not see.</li>
 * </ol>
 * The challenge is used up by the first attempt, successful or not, so that a signature
 * cannot be replayed and a challenge cannot serve to try certificates one after the
 * other. The certificate must be signed directly by one of the
 * {@link TrustedCertificateAuthorities}, valid at the clock's now, not revoked, meant for
 * signatures, and its key must have made the signature over the challenge as the platform
 * issued it. The same checks, but the challenge's, verify a signature of any other text
 * the platform has a certificate holder sign ({@link #verifySignature}). Thread-safe.
 */
public final class CertificateLoginVerifier {

	/**
	 * More than any certificate of a person or an organization; a bound on what a request
	 * makes us parse.
	 */
	private static final int MAX_CERTIFICATE_LENGTH = 16 * 1024;

	/**
	 * Key usage, basic constraints, subject alternative name, extended key usage: what
	 * this class understands.
	 */
	private static final Set<String> UNDERSTOOD_CRITICAL_EXTENSIONS = Set.of("2.5.29.15", "2.5.29.19", "2.5.29.17",
			"2.5.29.37");

	private static final int DIGITAL_SIGNATURE = 0;

	private final TrustedCertificateAuthorities authorities;

	private final RevocationCheck revocation;

	private final CertificateChallengeStore challenges;

	private final Clock clock;

	public CertificateLoginVerifier(TrustedCertificateAuthorities authorities, RevocationCheck revocation,
			CertificateChallengeStore challenges, Clock clock) {
		this.authorities = Objects.requireNonNull(authorities, "authorities");
		this.revocation = Objects.requireNonNull(revocation, "revocation");
		this.challenges = Objects.requireNonNull(challenges, "challenges");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/** A new challenge, saved in the store, for the log-in page to show. */
	public CertificateChallenge issueChallenge() {
		CertificateChallenge challenge = CertificateChallenge.issue(clock);
		challenges.save(challenge);
		return challenge;
	}

	/**
	 * Verifies a certificate log-in.
	 * @param nonce the {@link CertificateChallenge#nonce() nonce} of the challenge that
	 * was signed, as the log-in form sends it back
	 * @param certificate the end-entity certificate, PEM or DER; if a PEM chain, its
	 * first certificate
	 * @param signature the signature over the challenge's
	 * {@link CertificateChallenge#bytes() bytes}, as the signing tool wrote it (DER for
	 * SM2 and ECDSA); a form field in Base64 is decoded by the caller
	 * @return who logged in
	 * @throws CertificateLoginException with the first reason found, in the order of
	 * {@link Reason}
	 */
	public VerifiedCertificate verify(String nonce, byte[] certificate, byte[] signature) {
		CertificateChallenge challenge = redeemed(nonce);
		return verifySignature(certificate, challenge.bytes(), signature);
	}

	/**
	 * Verifies that the key of a certificate the platform trusts now signed the data: the
	 * checks of a log-in but the challenge's, for a challenge or for a text that the
	 * holder signs, such as an informed commitment (R5.5).
	 * @param certificate the end-entity certificate, PEM or DER; if a PEM chain, its
	 * first certificate
	 * @param data what was signed, as the platform defines its bytes
	 * @param signature as the signing tool wrote it (DER for SM2 and ECDSA)
	 * @return whose certificate signed
	 * @throws CertificateLoginException with the first reason found, in the order of
	 * {@link Reason}
	 */
	public VerifiedCertificate verifySignature(byte[] certificate, byte[] data, byte[] signature) {
		X509Certificate endEntity = parsed(certificate);
		if (signature == null || signature.length == 0) {
			throw new CertificateLoginException(Reason.MALFORMED, "There is no signature");
		}
		String name = "certificate " + endEntity.getSerialNumber().toString(16).toUpperCase(Locale.ROOT) + " of "
				+ VerifiedCertificate.name(endEntity.getIssuerX500Principal());
		if (authorities.issuerOf(endEntity).isEmpty()) {
			throw new CertificateLoginException(Reason.UNTRUSTED_ISSUER, name + " is not signed by a trusted CA");
		}
		Instant now = clock.instant();
		if (now.isBefore(endEntity.getNotBefore().toInstant())) {
			throw new CertificateLoginException(Reason.NOT_YET_VALID,
					name + " is valid from " + endEntity.getNotBefore().toInstant());
		}
		if (now.isAfter(endEntity.getNotAfter().toInstant())) {
			throw new CertificateLoginException(Reason.EXPIRED,
					name + " was valid until " + endEntity.getNotAfter().toInstant());
		}
		if (revocation.isRevoked(endEntity)) {
			throw new CertificateLoginException(Reason.REVOKED, name + " is revoked");
		}
		boolean[] keyUsage = endEntity.getKeyUsage();
		if (endEntity.getBasicConstraints() >= 0 || keyUsage != null && !keyUsage[DIGITAL_SIGNATURE]) {
			throw new CertificateLoginException(Reason.WRONG_KEY_USAGE,
					name + " is a CA certificate or not for digital signatures");
		}
		SignatureAlgorithm algorithm = SignatureAlgorithm.of(endEntity.getPublicKey())
			.orElseThrow(() -> new CertificateLoginException(Reason.UNSUPPORTED_KEY,
					name + " has a " + endEntity.getPublicKey().getAlgorithm()
							+ " key that is not SM2, ECDSA P-256 or RSA of 2048 bits or more"));
		if (!algorithm.verifies(endEntity.getPublicKey(), data, signature)) {
			throw new CertificateLoginException(Reason.BAD_SIGNATURE,
					"The signature is not the " + algorithm + " signature of the key of " + name + " over the data");
		}
		return VerifiedCertificate.of(endEntity, algorithm);
	}

	private CertificateChallenge redeemed(String nonce) {
		if (nonce == null || !CertificateChallenge.NONCE.matcher(nonce).matches()) {
			throw new CertificateLoginException(Reason.UNKNOWN_CHALLENGE, "The nonce is not one the platform writes");
		}
		Redemption redemption = challenges.redeem(nonce)
			.orElseThrow(() -> new CertificateLoginException(Reason.UNKNOWN_CHALLENGE,
					"No challenge " + nonce + " was issued, or it expired long ago"));
		CertificateChallenge challenge = redemption.challenge();
		if (!redemption.firstUse()) {
			throw new CertificateLoginException(Reason.CHALLENGE_REUSED, "The challenge " + nonce + " was used before");
		}
		if (challenge.isExpiredAt(clock.instant())) {
			throw new CertificateLoginException(Reason.CHALLENGE_EXPIRED,
					"The challenge " + nonce + " expired at " + challenge.expiresAt());
		}
		return challenge;
	}

	private static X509Certificate parsed(byte[] certificate) {
		if (certificate == null || certificate.length == 0 || certificate.length > MAX_CERTIFICATE_LENGTH) {
			throw new CertificateLoginException(Reason.MALFORMED,
					"A certificate has 1 to " + MAX_CERTIFICATE_LENGTH + " bytes");
		}
		Certificate parsed;
		try {
			parsed = CertificateFactory.getInstance("X.509", BouncyCastle.PROVIDER)
				.generateCertificate(new ByteArrayInputStream(certificate));
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			throw new CertificateLoginException(Reason.MALFORMED, "Not an X.509 certificate in PEM or DER");
		}
		if (!(parsed instanceof X509Certificate x509)) {
			throw new CertificateLoginException(Reason.MALFORMED, "Not an X.509 certificate in PEM or DER");
		}
		Set<String> critical = x509.getCriticalExtensionOIDs() == null ? Set.of()
				: new HashSet<>(x509.getCriticalExtensionOIDs());
		critical.removeAll(UNDERSTOOD_CRITICAL_EXTENSIONS);
		if (!critical.isEmpty()) {
			throw new CertificateLoginException(Reason.MALFORMED,
					"The certificate has critical extensions the platform does not understand: " + critical);
		}
		return x509;
	}

}
