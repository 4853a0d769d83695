package org.tongban.identity.factors;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.security.auth.x500.X500Principal;

/**
 * The CAs whose certificates the platform accepts for log-in (R1.3), as configured: each
 * issues end-entity certificates directly, so a bundle lists the issuing CAs (roots or
 * intermediates) of every CA the city accepts, e.g. the SM2 and the RSA hierarchies of a
 * provincial CA. A configured CA is a trust anchor in the sense of RFC 5280 §6: it is
 * trusted as it is, whatever its own issuer and validity, and an operator removes a CA
 * from the bundle to stop trusting it.
 */
public final class TrustedCertificateAuthorities {

	private final List<X509Certificate> authorities;

	/**
	 * @throws IllegalArgumentException if there is no certificate, or one is not a CA's
	 * (basic constraints without {@code cA}, or a key usage without {@code keyCertSign}):
	 * a misconfiguration that must stop the start-up, not trust a user's certificate as a
	 * CA
	 */
	public TrustedCertificateAuthorities(Collection<X509Certificate> authorities) {
		if (authorities.isEmpty()) {
			throw new IllegalArgumentException("No trusted CA certificate is configured");
		}
		for (X509Certificate authority : authorities) {
			boolean[] keyUsage = authority.getKeyUsage();
			if (authority.getBasicConstraints() < 0 || keyUsage != null && !keyUsage[5]) {
				throw new IllegalArgumentException("The trusted certificate " + authority.getSubjectX500Principal()
						+ " is not a CA certificate (basic constraints cA, key usage keyCertSign)");
			}
		}
		this.authorities = List.copyOf(authorities);
	}

	/**
	 * Reads a bundle of PEM certificates ({@code -----BEGIN CERTIFICATE-----}, text
	 * between them is ignored), or a single DER certificate, and closes the stream.
	 * @throws IllegalArgumentException if the bundle cannot be read or holds no CA
	 * certificate
	 */
	public static TrustedCertificateAuthorities read(InputStream bundle) {
		try (bundle) {
			Collection<? extends java.security.cert.Certificate> certificates = CertificateFactory
				.getInstance("X.509", BouncyCastle.PROVIDER)
				.generateCertificates(bundle);
			return new TrustedCertificateAuthorities(certificates.stream().map(X509Certificate.class::cast).toList());
		}
		catch (CertificateException | IOException | RuntimeException ex) {
			throw new IllegalArgumentException("The trusted CA bundle cannot be read: " + ex.getMessage(), ex);
		}
	}

	public List<X509Certificate> certificates() {
		return authorities;
	}

	/**
	 * The trusted CA whose name is the certificate's issuer and whose key verifies the
	 * certificate's signature.
	 */
	Optional<X509Certificate> issuerOf(X509Certificate certificate) {
		return signerOf(certificate.getIssuerX500Principal(), key -> certificate.verify(key, BouncyCastle.PROVIDER));
	}

	/**
	 * The trusted CA whose name is the CRL's issuer and whose key verifies the CRL's
	 * signature.
	 */
	Optional<X509Certificate> issuerOf(X509CRL crl) {
		return signerOf(crl.getIssuerX500Principal(), key -> crl.verify(key, BouncyCastle.PROVIDER));
	}

	/** Several CAs may share a name (a CA's new key after a renewal): each is tried. */
	private Optional<X509Certificate> signerOf(X500Principal issuer, SignatureCheck check) {
		return authorities.stream()
			.filter(authority -> authority.getSubjectX500Principal().equals(issuer))
			.filter(authority -> {
				try {
					check.verify(authority.getPublicKey());
					return true;
				}
				catch (GeneralSecurityException | RuntimeException ex) {
					return false;
				}
			})
			.findFirst();
	}

	@FunctionalInterface
	private interface SignatureCheck {

		/**
		 * @throws GeneralSecurityException if the key did not make the signature
		 */
		void verify(PublicKey key) throws GeneralSecurityException;

	}

}
