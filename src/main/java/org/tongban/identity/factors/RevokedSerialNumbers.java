package org.tongban.identity.factors;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Certificates revoked by configuration
 * ({@code tongban.identity.ca.revoked-serial-numbers}), for the time until the CA's CRL
 * lists them. A serial number is unique per CA only, so a number listed here revokes the
 * certificate of that number of every trusted CA: with the few CAs of one city, the rare
 * collision locks out one certificate holder, who is told to use another log-in method,
 * rather than letting anyone in.
 *
 * @param serialNumbers the revoked serial numbers
 */
public record RevokedSerialNumbers(Set<BigInteger> serialNumbers) implements RevocationCheck {

	public RevokedSerialNumbers {
		serialNumbers = Set.copyOf(serialNumbers);
	}

	/**
	 * Reads serial numbers in hexadecimal, as {@code openssl x509 -serial} prints them
	 * and CAs publish them; case, colons and spaces between the digits do not matter
	 * ({@code 20:25:00:01} is {@code 20250001}).
	 * @throws IllegalArgumentException if a number is not hexadecimal
	 */
	public static RevokedSerialNumbers parse(Collection<String> hexadecimal) {
		return new RevokedSerialNumbers(hexadecimal.stream().map(text -> {
			String digits = text.replaceAll("[\\s:]", "");
			try {
				return new BigInteger(digits, 16);
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("A revoked serial number is not hexadecimal: '" + text + "'");
			}
		}).collect(Collectors.toSet()));
	}

	@Override
	public boolean isRevoked(X509Certificate certificate) {
		return serialNumbers.contains(certificate.getSerialNumber());
	}

}
