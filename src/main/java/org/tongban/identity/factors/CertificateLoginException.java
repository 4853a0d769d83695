package org.tongban.identity.factors;

/**
 * A certificate log-in was refused. The user is shown a generic message (the precise
 * reason would help an attacker probe the platform's trust), while the log records the
 * {@link #reason()} and the message, which names the certificate by issuer and serial
 * number at most, never by its subject: the subject carries the holder's name and ID
 * number (R12.1).
 */
public class CertificateLoginException extends RuntimeException {

	/**
	 * Why a certificate log-in was refused, in the order in which the verifier checks.
	 */
	public enum Reason {

		/**
		 * The challenge's nonce is not one the platform issued (or the challenge was
		 * forgotten long after expiry).
		 */
		UNKNOWN_CHALLENGE,

		/** The challenge was used before: a replay, or the form sent twice. */
		CHALLENGE_REUSED,

		/**
		 * The challenge was signed and sent back more than two minutes after it was
		 * issued.
		 */
		CHALLENGE_EXPIRED,

		/**
		 * Not a certificate (PEM or DER), no signature, or a certificate with a critical
		 * extension that the platform does not understand (RFC 5280 §4.2).
		 */
		MALFORMED,

		/** The certificate is not signed by any of the configured trusted CAs. */
		UNTRUSTED_ISSUER,

		/** The certificate's validity begins after now. */
		NOT_YET_VALID,

		/** The certificate's validity ended before now. */
		EXPIRED,

		/**
		 * The certificate is revoked: its serial number is listed in the configuration or
		 * a CRL of its CA.
		 */
		REVOKED,

		/**
		 * The certificate is a CA's, or its key usage does not include digital
		 * signatures: the encryption certificate of a pair, say.
		 */
		WRONG_KEY_USAGE,

		/** The certificate's key is not SM2, ECDSA P-256, or RSA of 2048 bits or more. */
		UNSUPPORTED_KEY,

		/**
		 * The signature is not the certificate key's over the challenge (or the text
		 * signed): another key, or another text signed.
		 */
		BAD_SIGNATURE

	}

	private final Reason reason;

	CertificateLoginException(Reason reason, String message) {
		super(reason + ": " + message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
