package org.tongban.identity.factors;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.springframework.core.io.ClassPathResource;

/**
 * Signs a log-in challenge with a demo certificate's key, for a tester who logs in with a
 * certificate by hand (R1.3), SM2 included (R12.6), without OpenSSL; prints the signature
 * in Base64: <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
 *     org.tongban.identity.factors.DemoChallengeSigner src/main/resources/identity/demo-ca/person-sm2 \
 *     'tongban-login:v1:…'
 * </pre> The first argument names the pair {@code <name>.crt} and {@code <name>.key}
 * (PKCS #8 PEM, unencrypted); the certificate's key decides the algorithm, as on the
 * platform.
 */
public final class DemoChallengeSigner {

	private DemoChallengeSigner() {
	}

	public static void main(String[] args) throws IOException, GeneralSecurityException {
		if (args.length != 2) {
			System.err.println("usage: DemoChallengeSigner <folder/name of name.crt and name.key> <challenge text>");
			System.exit(2);
		}
		try (Reader certificate = Files.newBufferedReader(Path.of(args[0] + ".crt"), StandardCharsets.US_ASCII);
				Reader key = Files.newBufferedReader(Path.of(args[0] + ".key"), StandardCharsets.US_ASCII)) {
			System.out.println(signature(certificate, key, args[1]));
		}
	}

	/**
	 * The Base64 signature of the challenge text, without surrounding white space, as the
	 * log-in page shows it.
	 * @param certificatePem the holder's certificate, whose key decides the algorithm
	 * @param privateKeyPem its private key, PKCS #8
	 */
	static String signature(Reader certificatePem, Reader privateKeyPem, String challenge)
			throws IOException, GeneralSecurityException {
		X509Certificate certificate = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER)
			.getCertificate((X509CertificateHolder) new PEMParser(certificatePem).readObject());
		PrivateKey key = new JcaPEMKeyConverter().setProvider(BouncyCastle.PROVIDER)
			.getPrivateKey((PrivateKeyInfo) new PEMParser(privateKeyPem).readObject());
		SignatureAlgorithm algorithm = SignatureAlgorithm.of(certificate.getPublicKey())
			.orElseThrow(() -> new IllegalArgumentException("The platform does not accept this certificate's key"));
		Signature signature = algorithm.signature();
		signature.initSign(key);
		signature.update(challenge.strip().getBytes(StandardCharsets.UTF_8));
		return Base64.getEncoder().encodeToString(signature.sign());
	}

	/**
	 * The demo certificate of that name, as the file has it: {@code person-sm2} for 张伟's
	 * SM2 certificate.
	 */
	public static String certificate(String demoName) throws IOException {
		return new ClassPathResource("identity/demo-ca/" + demoName + ".crt")
			.getContentAsString(StandardCharsets.US_ASCII);
	}

	/**
	 * The Base64 signature of the challenge text with the key of the demo certificate of
	 * that name.
	 */
	public static String sign(String demoName, String challenge) throws IOException, GeneralSecurityException {
		try (Reader key = new StringReader(new ClassPathResource("identity/demo-ca/" + demoName + ".key")
			.getContentAsString(StandardCharsets.US_ASCII))) {
			return signature(new StringReader(certificate(demoName)), key, challenge);
		}
	}

}
