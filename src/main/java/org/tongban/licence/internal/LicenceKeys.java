package org.tongban.licence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.stereotype.Component;
import org.tongban.shared.crypto.SecretFiles;

/**
 * The departments' licence-signing keys and certificates (R6.3, R12.6), and the CAs the
 * verification trusts. From the configured PKCS#12 keystore in production (one key entry
 * per department, aliased by its code in lower case, its chain ending in the CA); in the
 * embedded demo from a keystore under {@code tongban.licence.directory} made at first
 * start: a demo CA, and a certificate for each department the first time it signs. The
 * demo keystore's password is a random one in a file beside it, readable by its owner
 * only. Never in the repository.
 */
@Component
public class LicenceKeys {

	/**
	 * BouncyCastle, handed to the JCA by reference rather than registered, for SM2 and
	 * its keystore.
	 */
	static final Provider PROVIDER = new BouncyCastleProvider();

	private static final String CA_ALIAS = "tongban-licence-ca";

	private static final Duration DEMO_VALIDITY = Duration.ofDays(20 * 366);

	/** A department's key with the certificate chain it signs with, CA last. */
	public record SigningKey(PrivateKey key, List<X509Certificate> chain, String signatureAlgorithm) {

		public X509Certificate certificate() {
			return chain.get(0);
		}

	}

	private final LicenceProperties properties;

	private final Clock clock;

	private final KeyStore store;

	private final char[] password;

	/** Where the demo keystore is saved; null for a configured one. */
	private final Path demoFile;

	private final Set<X509Certificate> anchors;

	LicenceKeys(LicenceProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		try {
			store = KeyStore.getInstance("PKCS12", PROVIDER);
			if (properties.keystore() != null) {
				demoFile = null;
				password = properties.keystorePassword().toCharArray();
				try (InputStream in = Files.newInputStream(properties.keystore())) {
					store.load(in, password);
				}
			}
			else {
				demoFile = properties.directory().resolve("licence-keys.p12");
				password = SecretFiles
					.readOrCreate(properties.directory().resolve("licence-keys.password"), LicenceKeys::newPassword)
					.strip()
					.toCharArray();
				if (Files.exists(demoFile)) {
					try (InputStream in = Files.newInputStream(demoFile)) {
						store.load(in, password);
					}
				}
				else {
					store.load(null, password);
					KeyPair ca = newKeyPair();
					X500Name name = name("D市政务服务电子证照演示CA (demo)", "CA");
					store.setKeyEntry(CA_ALIAS, ca.getPrivate(), password,
							new Certificate[] { certificate(name, ca, name, ca.getPrivate(), true) });
					save();
				}
			}
			anchors = anchors(store);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or make the licence keystore", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot read or make the licence keystore", ex);
		}
	}

	/**
	 * The key a department signs with; in the demo made at its first licence.
	 * @throws IllegalStateException if a configured keystore has no key for it
	 */
	public synchronized SigningKey of(String departmentCode, String departmentName) {
		String alias = departmentCode.toLowerCase(Locale.ROOT);
		try {
			if (!store.isKeyEntry(alias)) {
				if (demoFile == null) {
					throw new IllegalStateException("The licence keystore has no key entry " + alias);
				}
				PrivateKey caKey = (PrivateKey) store.getKey(CA_ALIAS, password);
				X509Certificate ca = (X509Certificate) store.getCertificate(CA_ALIAS);
				KeyPair pair = newKeyPair();
				X509Certificate certificate = certificate(name(departmentName, departmentCode), pair,
						X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()), caKey, false);
				store.setKeyEntry(alias, pair.getPrivate(), password, new Certificate[] { certificate, ca });
				save();
			}
			List<X509Certificate> chain = Arrays.stream(store.getCertificateChain(alias))
				.map(X509Certificate.class::cast)
				.toList();
			return new SigningKey((PrivateKey) store.getKey(alias, password), chain, signatureAlgorithm(chain.get(0)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot read the licence key of " + departmentCode, ex);
		}
	}

	/** The CAs whose certificates the platform's verification accepts. */
	public Set<X509Certificate> anchors() {
		return anchors;
	}

	private static Set<X509Certificate> anchors(KeyStore store) throws GeneralSecurityException {
		var anchors = new ArrayList<X509Certificate>();
		for (String alias : Collections.list(store.aliases())) {
			Certificate[] chain = store.getCertificateChain(alias);
			if (chain != null && chain.length > 0) {
				anchors.add((X509Certificate) chain[chain.length - 1]);
			}
		}
		return Set.copyOf(anchors);
	}

	private String signatureAlgorithm(X509Certificate certificate) {
		String key = certificate.getPublicKey().getAlgorithm();
		if (key.equals("RSA")) {
			return LicenceProperties.KeyAlgorithm.RSA.signature;
		}
		return certificate.getSigAlgName().toUpperCase(Locale.ROOT).contains("SM2")
				? LicenceProperties.KeyAlgorithm.SM2.signature : LicenceProperties.KeyAlgorithm.EC.signature;
	}

	private KeyPair newKeyPair() throws GeneralSecurityException {
		LicenceProperties.KeyAlgorithm algorithm = properties.algorithm();
		KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm.keyType, PROVIDER);
		if (algorithm.curve != null) {
			generator.initialize(new ECGenParameterSpec(algorithm.curve));
		}
		else {
			generator.initialize(3072);
		}
		return generator.generateKeyPair();
	}

	private X509Certificate certificate(X500Name subject, KeyPair pair, X500Name issuer, PrivateKey issuerKey,
			boolean ca) throws GeneralSecurityException {
		Instant now = clock.instant();
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
				new BigInteger(127, new SecureRandom()).add(BigInteger.ONE),
				java.util.Date.from(now.minusSeconds(86_400)), java.util.Date.from(now.plus(DEMO_VALIDITY)), subject,
				pair.getPublic());
		try {
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
					: KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			return new JcaX509CertificateConverter().setProvider(PROVIDER)
				.getCertificate(builder
					.build(new JcaContentSignerBuilder(properties.algorithm().signature).setProvider(PROVIDER)
						.build(issuerKey)));
		}
		catch (IOException | OperatorCreationException ex) {
			throw new GeneralSecurityException("Cannot make a demo licence certificate", ex);
		}
	}

	private static X500Name name(String commonName, String unit) {
		return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
			.addRDN(BCStyle.O, "Tongban demo")
			.addRDN(BCStyle.OU, unit)
			.addRDN(BCStyle.CN, commonName)
			.build();
	}

	/** Writes the demo keystore whole, replacing the file at once. */
	private void save() {
		try {
			Files.createDirectories(demoFile.getParent());
			Path next = Files.createTempFile(demoFile.getParent(), "licence-keys", ".tmp",
					SecretFiles.ownerOnly(demoFile));
			try (OutputStream out = Files.newOutputStream(next)) {
				store.store(out, password);
			}
			Files.move(next, demoFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot write the demo licence keystore " + demoFile, ex);
		}
	}

	private static String newPassword() {
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		return Base64.getEncoder().encodeToString(random);
	}

}
