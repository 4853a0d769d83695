package org.tongban.identity.factors;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;

/**
 * The CRL that a trusted CA publishes (RFC 5280 §5), read from the configuration
 * ({@code tongban.identity.ca.crls}) and checked against its CA's signature when read, so
 * that a forged list can neither revoke nor hide anything. The operator replaces the file
 * as the CA publishes new lists (a CRL names its next update) and restarts or reloads; a
 * list past its next update still revokes what it lists.
 */
public final class CertificateRevocationList implements RevocationCheck {

	private final X509CRL crl;

	private CertificateRevocationList(X509CRL crl) {
		this.crl = crl;
	}

	/**
	 * Reads a CRL in PEM ({@code -----BEGIN X509 CRL-----}) or DER, and closes the
	 * stream.
	 * @throws IllegalArgumentException if the CRL cannot be read or is not signed by one
	 * of the trusted CAs
	 */
	public static CertificateRevocationList read(InputStream pemOrDer, TrustedCertificateAuthorities authorities) {
		X509CRL crl;
		try (pemOrDer) {
			crl = (X509CRL) CertificateFactory.getInstance("X.509", BouncyCastle.PROVIDER).generateCRL(pemOrDer);
		}
		catch (IOException | GeneralSecurityException | RuntimeException ex) {
			throw new IllegalArgumentException("The CRL cannot be read: " + ex.getMessage(), ex);
		}
		if (crl == null) {
			throw new IllegalArgumentException("The CRL cannot be read: it is empty");
		}
		if (authorities.issuerOf(crl).isEmpty()) {
			throw new IllegalArgumentException(
					"The CRL of " + crl.getIssuerX500Principal() + " is not signed by a trusted CA");
		}
		return new CertificateRevocationList(crl);
	}

	@Override
	public boolean isRevoked(X509Certificate certificate) {
		return certificate.getIssuerX500Principal().equals(crl.getIssuerX500Principal()) && crl.isRevoked(certificate);
	}

}
