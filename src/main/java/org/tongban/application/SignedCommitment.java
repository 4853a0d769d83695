package org.tongban.application;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.tongban.identity.CertificateSignature;

/**
 * An informed commitment (告知承诺书) its applicant signed (R5.5, R15.7): the text as it was
 * shown to them, its SHA-256 digest, how it was signed, by whom and when, under the
 * matter version whose conditions it states. The department grants on it at once and
 * verifies it afterwards.
 *
 * @param digest the SHA-256 of the text's UTF-8 bytes, in lower-case hex
 * @param signerId the account that signed: the applicant
 * @param certificate for {@link Method#CERTIFICATE}, the certificate and its signature
 * over the digest (the 64 hexadecimal characters in ASCII); null for an SMS code
 */
public record SignedCommitment(UUID applicationId, int matterVersion, String text, String digest, Method method,
		UUID signerId, Instant signedAt, CertificateSignature certificate) {

	public SignedCommitment {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(digest, "digest");
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(signerId, "signerId");
		Objects.requireNonNull(signedAt, "signedAt");
		if ((method == Method.CERTIFICATE) != (certificate != null)) {
			throw new IllegalArgumentException("A certificate signature is kept exactly for the method CERTIFICATE");
		}
	}

	/** How the applicant signed. */
	public enum Method {

		/** With a code sent by SMS to the signer's own verified mobile. */
		SMS_CODE,
		/** With a signature of the text by the certificate the signer logged in with. */
		CERTIFICATE

	}

}
