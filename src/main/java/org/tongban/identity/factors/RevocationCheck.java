package org.tongban.identity.factors;

import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;

/**
 * Whether a certificate of a trusted CA has been revoked (a lost UKey, an employee who
 * left). Implemented by {@link RevokedSerialNumbers}, configured by hand for an urgent
 * case, and {@link CertificateRevocationList}, the CA's published CRL; an OCSP client
 * would be a third.
 */
@FunctionalInterface
public interface RevocationCheck {

	/**
	 * @param certificate a certificate whose signature by a trusted CA has been verified
	 */
	boolean isRevoked(X509Certificate certificate);

	/** Revoked if any of the checks says so. */
	static RevocationCheck anyOf(Collection<? extends RevocationCheck> checks) {
		List<RevocationCheck> all = List.copyOf(checks);
		return certificate -> all.stream().anyMatch(check -> check.isRevoked(certificate));
	}

}
