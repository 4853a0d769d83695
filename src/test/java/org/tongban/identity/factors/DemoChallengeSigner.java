package org.tongban.identity.factors;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Signs a log-in challenge with a demo certificate's key, for a tester who logs in with a certificate by hand
 * (R1.3), SM2 included (R12.6), where no OpenSSL is at hand; prints the signature in Base64:
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
 *     org.tongban.identity.factors.DemoChallengeSigner src/main/resources/identity/demo-ca/person-sm2 \
 *     'tongban-login:v1:…'
 * </pre>
 * The first argument names the pair {@code <name>.crt} and {@code <name>.key} (PKCS #8 PEM, unencrypted); the
 * certificate's key decides the algorithm, as on the platform.
 */
final class DemoChallengeSigner {

	private DemoChallengeSigner() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			System.err.println("usage: DemoChallengeSigner <path/name of name.crt and name.key> <challenge text>");
			System.exit(2);
		}
		X509Certificate certificate = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER)
			.getCertificate((X509CertificateHolder) pem(Path.of(args[0] + ".crt")));
		PrivateKey key = new JcaPEMKeyConverter().setProvider(BouncyCastle.PROVIDER)
			.getPrivateKey((PrivateKeyInfo) pem(Path.of(args[0] + ".key")));
		SignatureAlgorithm algorithm = SignatureAlgorithm.of(certificate.getPublicKey())
			.orElseThrow(() -> new IllegalArgumentException("The platform does not accept the key of " + args[0]));
		var signature = algorithm.signature();
		signature.initSign(key);
		signature.update(args[1].strip().getBytes(StandardCharsets.UTF_8));
		System.out.println(Base64.getEncoder().encodeToString(signature.sign()));
	}

	private static Object pem(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
				PEMParser parser = new PEMParser(reader)) {
			return parser.readObject();
		}
	}

}
