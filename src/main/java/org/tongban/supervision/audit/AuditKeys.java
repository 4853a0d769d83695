package org.tongban.supervision.audit;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.tongban.shared.crypto.SecretFiles;

/**
 * The audit trail's keys, none of them in the database: the HMAC-SHA256 key of the hash
 * chains and the ECDSA P-256 key pair that signs anchors. Each comes from
 * {@link AuditProperties configuration} or, when not configured (the embedded demo), from
 * a file under {@code tongban.audit.directory} made at first start, readable by its owner
 * only. Of two nodes starting at once on a shared directory, the second reads the file
 * the first made.
 */
final class AuditKeys {

	static final String MAC_ALGORITHM = "HmacSHA256";

	static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

	private static final int MAC_KEY_LENGTH = 32;

	private final SecretKey macKey;

	private final KeyPair anchorKeys;

	private AuditKeys(SecretKey macKey, KeyPair anchorKeys) {
		this.macKey = macKey;
		this.anchorKeys = anchorKeys;
	}

	static AuditKeys of(AuditProperties properties) {
		String macKey = properties.key() != null ? properties.key()
				: SecretFiles.readOrCreate(properties.directory().resolve("audit-mac.key"), AuditKeys::newMacKey);
		List<String> anchorKeys = properties.anchorPrivateKey() != null
				? List.of(properties.anchorPrivateKey(), properties.anchorPublicKey())
				: SecretFiles
					.readOrCreate(properties.directory().resolve("anchor-signing.keys"), AuditKeys::newAnchorKeys)
					.lines()
					.toList();
		byte[] macKeyBytes = Base64.getDecoder().decode(macKey.strip());
		if (macKeyBytes.length != MAC_KEY_LENGTH) {
			throw new IllegalStateException("The audit HMAC key must be " + MAC_KEY_LENGTH + " bytes");
		}
		return new AuditKeys(new SecretKeySpec(macKeyBytes, MAC_ALGORITHM), anchorKeyPair(anchorKeys));
	}

	SecretKey macKey() {
		return macKey;
	}

	KeyPair anchorKeys() {
		return anchorKeys;
	}

	private static KeyPair anchorKeyPair(List<String> encoded) {
		if (encoded.size() != 2) {
			throw new IllegalStateException("The anchor key pair must be a private and a public key");
		}
		try {
			KeyFactory factory = KeyFactory.getInstance("EC");
			return new KeyPair(
					factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(encoded.get(1).strip()))),
					factory
						.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded.get(0).strip()))));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The anchor key pair is not an EC key pair", ex);
		}
	}

	private static String newMacKey() {
		byte[] key = new byte[MAC_KEY_LENGTH];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	private static String newAnchorKeys() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			KeyPair pair = generator.generateKeyPair();
			Base64.Encoder base64 = Base64.getEncoder();
			return base64.encodeToString(pair.getPrivate().getEncoded()) + "\n"
					+ base64.encodeToString(pair.getPublic().getEncoded()) + "\n";
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot make an ECDSA P-256 key pair", ex);
		}
	}

}
