package org.tongban.identity.factors;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A CA for the demo and the tests of certificate log-in (R1.3, R12.6): it creates root
 * CAs and issues end-entity certificates with their private keys as Chinese CAs issue
 * them, the holder's resident ID number or unified social credit code in the subject's
 * {@code SERIALNUMBER}.
 * <p>
 * {@link #main} writes the demo material of {@code src/main/resources/identity/demo-ca}
 * (see the README there): <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
 *     org.tongban.identity.factors.DemoCertificateAuthority src/main/resources/identity/demo-ca
 * </pre> Every run makes new keys; {@code DemoCertificatesTests} then proves that the
 * files verify as documented.
 */
final class DemoCertificateAuthority {

	/** The validity of the demo CAs and the demo users' certificates. */
	static final Instant DEMO_FROM = Instant.parse("2024-12-31T16:00:00Z");

	static final Instant DEMO_UNTIL = Instant.parse("2035-12-31T15:59:59Z");

	/**
	 * The kinds of key of the demo and the tests; the last two are what the platform does
	 * not accept.
	 */
	enum KeyType {

		SM2("SM3withSM2"), P256("SHA256withECDSA"), RSA_2048("SHA256withRSA"), P384("SHA384withECDSA"),
		RSA_1024("SHA256withRSA");

		private final String signatureAlgorithm;

		KeyType(String signatureAlgorithm) {
			this.signatureAlgorithm = signatureAlgorithm;
		}

		KeyPair generate() {
			try {
				KeyPairGenerator generator = KeyPairGenerator.getInstance(name().startsWith("RSA") ? "RSA" : "EC",
						BouncyCastle.PROVIDER);
				switch (this) {
					case SM2 -> generator.initialize(new ECGenParameterSpec("sm2p256v1"));
					case P256 -> generator.initialize(new ECGenParameterSpec("secp256r1"));
					case P384 -> generator.initialize(new ECGenParameterSpec("secp384r1"));
					case RSA_2048 -> generator.initialize(2048);
					case RSA_1024 -> generator.initialize(1024);
				}
				return generator.generateKeyPair();
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/**
		 * Signs certificates and CRLs; SM2 with the default user ID, as GM/T 0015 wants
		 * for certificates.
		 */
		ContentSigner signer(PrivateKey key) {
			try {
				return new JcaContentSignerBuilder(signatureAlgorithm).setProvider(BouncyCastle.PROVIDER).build(key);
			}
			catch (OperatorCreationException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** Signs data as the holder of a certificate with a key of this type does. */
		byte[] sign(PrivateKey key, byte[] data) {
			try {
				Signature signature = this == SM2 ? SignatureAlgorithm.SM2_WITH_SM3.signature()
						: Signature.getInstance(signatureAlgorithm, BouncyCastle.PROVIDER);
				signature.initSign(key);
				signature.update(data);
				return signature.sign();
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/**
	 * A certificate with its private key.
	 *
	 * @param type the type of the certificate's key
	 */
	record Credential(X509Certificate certificate, PrivateKey privateKey, KeyType type) {

		/** Signs as the certificate's holder. */
		byte[] sign(byte[] data) {
			return type.sign(privateKey, data);
		}

		byte[] certificatePem() {
			return pem(certificate).getBytes(StandardCharsets.US_ASCII);
		}

		/** PKCS #8, unencrypted, as {@code openssl genpkey} writes it. */
		String privateKeyPem() {
			try {
				return pem(new JcaPKCS8Generator(privateKey, null).generate());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	private final Credential ca;

	private DemoCertificateAuthority(Credential ca) {
		this.ca = ca;
	}

	/** A self-signed root CA. */
	static DemoCertificateAuthority root(X500Name name, KeyType type, long serialNumber, Instant from, Instant until) {
		KeyPair keys = type.generate();
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(serialNumber),
				Date.from(from), Date.from(until), name, keys.getPublic());
		try {
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
				.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
				.addExtension(Extension.subjectKeyIdentifier, false,
						extensions.createSubjectKeyIdentifier(keys.getPublic()));
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
		return new DemoCertificateAuthority(
				new Credential(certificate(builder, type.signer(keys.getPrivate())), keys.getPrivate(), type));
	}

	/** A demo root CA of D city's test CA, e.g. {@code Tongban Demo SM2 Root CA}. */
	static DemoCertificateAuthority root(String commonName, KeyType type, long serialNumber) {
		return root(caName(commonName), type, serialNumber, DEMO_FROM, DEMO_UNTIL);
	}

	static X500Name caName(String commonName) {
		return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
			.addRDN(BCStyle.O, "通办演示 CA（仅供测试 DEMO ONLY）")
			.addRDN(BCStyle.CN, commonName)
			.build();
	}

	/**
	 * The subject of a certificate of a natural or legal person of D city (大连 2102xx in
	 * the demo, 辽宁省).
	 */
	static X500Name holder(String name, String number) {
		return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
			.addRDN(BCStyle.ST, "辽宁省")
			.addRDN(BCStyle.L, "D市")
			.addRDN(BCStyle.OU, "演示证书 仅供测试 DEMO ONLY")
			.addRDN(BCStyle.SERIALNUMBER, number)
			.addRDN(BCStyle.CN, name)
			.build();
	}

	Credential certificate() {
		return ca;
	}

	/** A signing certificate of a person or organization, with a new key. */
	Credential issue(X500Name subject, KeyType type, long serialNumber, Instant from, Instant until) {
		return issue(subject, type, serialNumber, from, until, KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
	}

	/**
	 * A certificate with the given key usage ({@link KeyUsage} bits), as for the
	 * encryption certificate of a pair, and any further extensions.
	 */
	Credential issue(X500Name subject, KeyType type, long serialNumber, Instant from, Instant until, int keyUsage,
			Extension... further) {
		KeyPair keys = type.generate();
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca.certificate(),
				BigInteger.valueOf(serialNumber), Date.from(from), Date.from(until), subject, keys.getPublic());
		try {
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
				.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage))
				.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth))
				.addExtension(Extension.subjectKeyIdentifier, false,
						extensions.createSubjectKeyIdentifier(keys.getPublic()))
				.addExtension(Extension.authorityKeyIdentifier, false,
						extensions.createAuthorityKeyIdentifier(ca.certificate()));
			for (Extension extension : further) {
				builder.addExtension(extension);
			}
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
		return new Credential(certificate(builder, ca.type().signer(ca.privateKey())), keys.getPrivate(), type);
	}

	/** A CRL of this CA that lists the serial numbers as revoked since its issue. */
	X509CRL crl(Instant thisUpdate, Instant nextUpdate, long... revokedSerialNumbers) {
		X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(ca.certificate(), Date.from(thisUpdate))
			.setNextUpdate(Date.from(nextUpdate));
		for (long serialNumber : revokedSerialNumbers) {
			builder.addCRLEntry(BigInteger.valueOf(serialNumber), Date.from(thisUpdate), CRLReason.keyCompromise);
		}
		try {
			return new JcaX509CRLConverter().setProvider(BouncyCastle.PROVIDER)
				.getCRL(builder.build(ca.type().signer(ca.privateKey())));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String pem(Object object) {
		StringWriter text = new StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
			writer.writeObject(object);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	private static X509Certificate certificate(X509v3CertificateBuilder builder, ContentSigner signer) {
		try {
			return new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER)
				.getCertificate(builder.build(signer));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Writes the demo CAs, the trusted bundle, and each {@link DemoUser}'s certificate
	 * and private key.
	 */
	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args.length > 0 ? args[0] : "src/main/resources/identity/demo-ca");
		Files.createDirectories(folder);
		DemoCertificateAuthority sm2 = root("Tongban Demo SM2 Root CA", KeyType.SM2, 0x10);
		DemoCertificateAuthority ecc = root("Tongban Demo ECC Root CA", KeyType.P256, 0x20);
		DemoCertificateAuthority foreign = root(new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
			.addRDN(BCStyle.O, "某外地 CA（不受信任 DEMO ONLY）")
			.addRDN(BCStyle.CN, "Untrusted Demo CA")
			.build(), KeyType.P256, 0x30, DEMO_FROM, DEMO_UNTIL);
		Files.writeString(folder.resolve("sm2-root-ca.crt"), pem(sm2.certificate().certificate()));
		Files.writeString(folder.resolve("ecc-root-ca.crt"), pem(ecc.certificate().certificate()));
		Files.writeString(folder.resolve("untrusted-ca.crt"), pem(foreign.certificate().certificate()));
		Files.writeString(folder.resolve(DemoUser.TRUSTED_BUNDLE),
				"# The trusted CAs of the demo profile (tongban.identity.ca.trusted). PUBLIC TEST MATERIAL.\n"
						+ pem(sm2.certificate().certificate()) + pem(ecc.certificate().certificate()));
		for (DemoUser user : DemoUser.values()) {
			DemoCertificateAuthority issuer = switch (user.issuer()) {
				case SM2 -> sm2;
				case ECC -> ecc;
				case UNTRUSTED -> foreign;
			};
			Credential credential = issuer.issue(holder(user.commonName(), user.number()), user.keyType(),
					user.serialNumber(), user.from(), user.until());
			Files.write(folder.resolve(user.fileName() + ".crt"), credential.certificatePem());
			Files.writeString(folder.resolve(user.fileName() + ".key"), credential.privateKeyPem());
		}
	}

}
