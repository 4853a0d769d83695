package org.tongban.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

import javax.crypto.AEADBadTagException;

import org.tongban.shared.crypto.DecryptionException.Reason;
import org.tongban.shared.crypto.EncryptionKeys.Key;

/**
 * Encrypts the short personal data that must not lie in the database in clear (R12.1):
 * resident ID numbers, phone numbers, bank accounts. Each value is sealed with an
 * authenticated cipher ({@link CipherAlgorithm}) and a fresh random 96-bit IV, and
 * written as one self-describing text
 * <pre>v1.&lt;key id&gt;.&lt;algorithm&gt;.&lt;base64url(IV ‖ ciphertext ‖ tag)&gt;</pre>
 * whose header is authenticated with it (associated data), so that a value cannot be
 * moved to another key or algorithm unnoticed. A database dump alone discloses nothing
 * but lengths.
 * <p>
 * Keys rotate by id: new values are sealed under the active key, values under any other
 * configured key remain readable, and {@link #reencrypt} moves a value to the active key.
 * The cipher follows the key, not the configuration, so a move from AES to SM4 (R12.6) is
 * a rotation like any other. A key should seal fewer than 2<sup>32</sup> values (the
 * limit of random IVs in GCM): far more than the platform holds, and rotation resets the
 * count.
 * <p>
 * Thread-safe.
 */
public final class FieldCipher {

	private static final String VERSION = "v1";

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private final SecureRandom random = new SecureRandom();

	private final EncryptionKeys keys;

	/**
	 * @param algorithm the cipher for new values, which the active key must serve
	 * @param activeKeyId the key that seals new values
	 * @param keys every key whose values must remain readable, by id (lower-case letters
	 * and digits): 32 bytes for AES-256-GCM, 16 for SM4-GCM
	 * @throws IllegalArgumentException if a key id or length is wrong, or the active key
	 * is missing or does not serve the algorithm
	 */
	public FieldCipher(CipherAlgorithm algorithm, String activeKeyId, Map<String, byte[]> keys) {
		this.keys = new EncryptionKeys(algorithm, activeKeyId, keys);
	}

	/** Seals a value under the active key. */
	public String encrypt(String plaintext) {
		Objects.requireNonNull(plaintext, "plaintext");
		Key key = keys.active();
		String header = VERSION + "." + key.id() + "." + key.algorithm().token();
		byte[] iv = new byte[CipherAlgorithm.IV_LENGTH];
		random.nextBytes(iv);
		byte[] sealed = key.algorithm()
			.seal(key.secret(), iv, header.getBytes(StandardCharsets.US_ASCII),
					plaintext.getBytes(StandardCharsets.UTF_8));
		byte[] payload = new byte[iv.length + sealed.length];
		System.arraycopy(iv, 0, payload, 0, iv.length);
		System.arraycopy(sealed, 0, payload, iv.length, sealed.length);
		return header + "." + BASE64URL.encodeToString(payload);
	}

	/**
	 * Opens a value sealed under any configured key.
	 * @throws DecryptionException if the value is malformed, its key is not configured,
	 * or it was changed
	 */
	public String decrypt(String sealedValue) {
		return open(Sealed.parse(sealedValue));
	}

	/**
	 * Moves a value to the active key, for a rotation that leaves no value under the old
	 * key; a value already under the active key comes back as it is.
	 * @throws DecryptionException as {@link #decrypt}
	 */
	public String reencrypt(String sealedValue) {
		Sealed sealed = Sealed.parse(sealedValue);
		String plaintext = open(sealed);
		return sealed.keyId().equals(keys.active().id()) ? sealedValue : encrypt(plaintext);
	}

	private String open(Sealed sealed) {
		Key key = keys.sealing(sealed.keyId(), sealed.algorithm());
		try {
			byte[] plaintext = key.algorithm()
				.open(key.secret(), sealed.iv(), sealed.header().getBytes(StandardCharsets.US_ASCII),
						sealed.ciphertext());
			return new String(plaintext, StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException ex) {
			throw new DecryptionException(Reason.TAMPERED,
					"The value sealed under key '" + sealed.keyId() + "' does not authenticate: it was changed");
		}
	}

	/**
	 * A sealed value taken apart; nothing in it is trusted until the tag is checked, and
	 * the header must have the form of one this class writes before it appears in a
	 * message or a log.
	 */
	private record Sealed(String keyId, String algorithm, byte[] iv, byte[] ciphertext) {

		static Sealed parse(String text) {
			String[] parts = text == null ? new String[0] : text.split("\\.", -1);
			if (parts.length != 4 || !VERSION.equals(parts[0]) || !EncryptionKeys.KEY_ID.matcher(parts[1]).matches()
					|| !EncryptionKeys.ALGORITHM.matcher(parts[2]).matches()) {
				throw malformed();
			}
			byte[] payload;
			try {
				payload = Base64.getUrlDecoder().decode(parts[3]);
			}
			catch (IllegalArgumentException ex) {
				throw malformed();
			}
			if (payload.length < CipherAlgorithm.IV_LENGTH + CipherAlgorithm.TAG_LENGTH) {
				throw malformed();
			}
			byte[] iv = new byte[CipherAlgorithm.IV_LENGTH];
			byte[] ciphertext = new byte[payload.length - iv.length];
			System.arraycopy(payload, 0, iv, 0, iv.length);
			System.arraycopy(payload, iv.length, ciphertext, 0, ciphertext.length);
			return new Sealed(parts[1], parts[2], iv, ciphertext);
		}

		String header() {
			return VERSION + "." + keyId + "." + algorithm;
		}

		private static DecryptionException malformed() {
			return new DecryptionException(Reason.MALFORMED,
					"Not a sealed value: expected " + VERSION + ".<key id>.<algorithm>.<base64url>");
		}

	}

}
