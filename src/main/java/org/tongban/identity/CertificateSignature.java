package org.tongban.identity;

import java.util.Objects;

/**
 * A signature of a text by the key of a CA certificate, as the platform verified it
 * (R1.3, R5.5): the certificate by issuer, serial number and subject, and the signature.
 *
 * @param serialNumber the certificate's serial number in upper-case hexadecimal, as
 * {@code openssl x509 -serial} shows it
 * @param issuer the issuing CA's distinguished name
 * @param subject the holder's distinguished name: personal data (R12.1)
 * @param algorithm the signature's algorithm, which the certificate's key decides
 * @param signature the signature in Base64, as verified
 */
public record CertificateSignature(String serialNumber, String issuer, String subject, String algorithm,
		String signature) {

	public CertificateSignature {
		Objects.requireNonNull(serialNumber, "serialNumber");
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(algorithm, "algorithm");
		Objects.requireNonNull(signature, "signature");
	}

	/** Names the certificate without its subject, which is personal data (R12.1). */
	@Override
	public String toString() {
		return "CertificateSignature[issuer=" + issuer + ", serialNumber=" + serialNumber + ", algorithm=" + algorithm
				+ "]";
	}

}
