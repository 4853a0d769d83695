package org.tongban.identity.factors;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * Who logged in with a certificate (R1.3): the certificate's names and number, and the
 * identifier of its holder, by which the log-in flow finds the account (through the blind
 * index of the number, R12.1).
 * <p>
 * Chinese CAs write the holder's number into the subject, each in its own way. The
 * platform reads it from the {@code SERIALNUMBER} attribute (OID 2.5.4.5, the subject's
 * serial number of X.520, not the certificate's serial number), the resident ID number of
 * a person or the unified social credit code of an organization, and failing that from
 * the end of the common name in parentheses, half- or full-width, as in
 * {@code 张伟(210202198503120311)}. A number is taken only if it is a valid resident ID
 * number (GB 11643) or, failing that, a valid credit code (GB 32100). A certificate
 * without one is verified all the same: the log-in flow may bind it to an account by its
 * fingerprint. Another CA's convention is one more pattern here.
 *
 * @param subject the subject's distinguished name, e.g.
 * {@code C=CN,L=D市,SERIALNUMBER=2102…,CN=张伟}: personal data, not for logs
 * @param issuer the issuing CA's distinguished name
 * @param serialNumber the certificate's serial number, unique for its issuer
 * @param commonName the subject's common name (CN): the person's or organization's name
 * @param residentIdNumber the holder's resident ID number, for a natural person
 * @param creditCode the holder's unified social credit code, for a legal person
 * @param algorithm the algorithm of the signature over the challenge
 * @param fingerprint the SHA-256 of the certificate's DER, as
 * {@code openssl x509 -fingerprint -sha256} prints it
 */
public record VerifiedCertificate(String subject, String issuer, BigInteger serialNumber, Optional<String> commonName,
		Optional<ResidentIdNumber> residentIdNumber, Optional<UnifiedSocialCreditCode> creditCode,
		SignatureAlgorithm algorithm, String fingerprint) {

	private static final Pattern NUMBER_IN_PARENTHESES = Pattern.compile("[(（]\\s*([0-9A-Za-z]{18})\\s*[)）]\\s*$");

	/**
	 * The names and numbers of a certificate whose signature and key have been verified.
	 */
	static VerifiedCertificate of(X509Certificate certificate, SignatureAlgorithm algorithm) {
		X500Name subject = X500Name.getInstance(BCStyle.INSTANCE, certificate.getSubjectX500Principal().getEncoded());
		Optional<String> commonName = attribute(subject, BCStyle.CN);
		Optional<String> number = Stream
			.concat(attribute(subject, BCStyle.SERIALNUMBER).stream(),
					commonName.map(NUMBER_IN_PARENTHESES::matcher).filter(Matcher::find).map(m -> m.group(1)).stream())
			.map(text -> text.strip().toUpperCase(Locale.ROOT))
			.filter(text -> ResidentIdNumber.isValid(text) || UnifiedSocialCreditCode.isValid(text))
			.findFirst();
		Optional<ResidentIdNumber> residentIdNumber = number.filter(ResidentIdNumber::isValid)
			.map(ResidentIdNumber::parse);
		Optional<UnifiedSocialCreditCode> creditCode = number.filter(text -> residentIdNumber.isEmpty())
			.map(UnifiedSocialCreditCode::parse);
		return new VerifiedCertificate(subject.toString(), name(certificate.getIssuerX500Principal()),
				certificate.getSerialNumber(), commonName, residentIdNumber, creditCode, algorithm,
				fingerprint(certificate));
	}

	/**
	 * A distinguished name in the order of its encoding, with the attribute names of
	 * X.520 and UTF-8 as it is: {@code C=CN,O=…,CN=…}.
	 */
	static String name(X500Principal principal) {
		return X500Name.getInstance(BCStyle.INSTANCE, principal.getEncoded()).toString();
	}

	/**
	 * The serial number in upper-case hexadecimal, as CAs and
	 * {@code openssl x509 -serial} show it.
	 */
	public String serialNumberHex() {
		return serialNumber.toString(16).toUpperCase(Locale.ROOT);
	}

	/**
	 * Names the certificate by issuer and serial number only: the subject is personal
	 * data (R12.1).
	 */
	@Override
	public String toString() {
		return "VerifiedCertificate[issuer=" + issuer + ", serialNumber=" + serialNumberHex() + ", algorithm="
				+ algorithm + "]";
	}

	/** The first value of the attribute, in a single- or multi-valued RDN. */
	private static Optional<String> attribute(X500Name name, ASN1ObjectIdentifier type) {
		return Arrays.stream(name.getRDNs(type))
			.flatMap(rdn -> Arrays.stream(rdn.getTypesAndValues()))
			.filter(attribute -> attribute.getType().equals(type))
			.map(AttributeTypeAndValue::getValue)
			.filter(ASN1String.class::isInstance)
			.map(value -> ((ASN1String) value).getString())
			.findFirst();
	}

	private static String fingerprint(X509Certificate certificate) {
		try {
			return HexFormat.ofDelimiter(":")
				.withUpperCase()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
