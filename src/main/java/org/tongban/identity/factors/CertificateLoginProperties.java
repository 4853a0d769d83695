package org.tongban.identity.factors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The CAs whose certificates log in (R1.3), from the configuration or the environment:
 * <pre>
 * tongban.identity.ca.trusted=&lt;resource&gt;                 the PEM bundle of the issuing CAs
 *                                                 TONGBAN_IDENTITY_CA_TRUSTED
 * tongban.identity.ca.revoked-serial-numbers=&lt;hex&gt;,…   revoked by hand, until the CRL lists them
 *                                                 TONGBAN_IDENTITY_CA_REVOKEDSERIALNUMBERS
 * tongban.identity.ca.crls=&lt;resource&gt;,…                the CAs' CRLs, PEM or DER
 *                                                 TONGBAN_IDENTITY_CA_CRLS
 * </pre> Resources are Spring resource locations: {@code file:/etc/tongban/ca.pem}, or
 * {@code classpath:…} for the demo CA of {@code identity/demo-ca}, which no other profile
 * may trust: its private keys are public. Certificate log-in is offered only where
 * {@code trusted} is set; the bundle and the CRLs are read, and checked, at start-up, so
 * that a wrong file stops the platform rather than every certificate log-in.
 *
 * @param trusted the bundle of trusted CA certificates; unset, certificate log-in is off
 * @param revokedSerialNumbers serial numbers in hexadecimal, see
 * {@link RevokedSerialNumbers}
 * @param crls the CRLs of the trusted CAs, see {@link CertificateRevocationList}
 */
@ConfigurationProperties(prefix = "tongban.identity.ca")
public record CertificateLoginProperties(Resource trusted, List<String> revokedSerialNumbers, List<Resource> crls) {

	public CertificateLoginProperties {
		revokedSerialNumbers = revokedSerialNumbers == null ? List.of() : List.copyOf(revokedSerialNumbers);
		crls = crls == null ? List.of() : List.copyOf(crls);
	}

	/** Whether certificate log-in is configured. */
	public boolean enabled() {
		return trusted != null;
	}

	/**
	 * The verifier of certificate log-ins under this configuration.
	 * @throws IllegalStateException if certificate log-in is not {@link #enabled()}, or a
	 * file is missing or wrong
	 */
	public CertificateLoginVerifier verifier(CertificateChallengeStore challenges, Clock clock) {
		if (!enabled()) {
			throw new IllegalStateException("Certificate log-in needs tongban.identity.ca.trusted, the PEM bundle of"
					+ " the trusted CAs (environment: TONGBAN_IDENTITY_CA_TRUSTED)");
		}
		try {
			TrustedCertificateAuthorities authorities = TrustedCertificateAuthorities.read(trusted.getInputStream());
			List<RevocationCheck> revocation = new ArrayList<>();
			revocation.add(RevokedSerialNumbers.parse(revokedSerialNumbers));
			for (Resource crl : crls) {
				revocation.add(CertificateRevocationList.read(crl.getInputStream(), authorities));
			}
			return new CertificateLoginVerifier(authorities, RevocationCheck.anyOf(revocation), challenges, clock);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("A file of tongban.identity.ca cannot be read: " + ex.getMessage(), ex);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("tongban.identity.ca: " + ex.getMessage(), ex);
		}
	}

}
