package org.tongban.shared.crypto;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;

import org.tongban.shared.crypto.DecryptionException.Reason;

/**
 * The encryption keys by id, one of them active, that {@link FieldCipher} and
 * {@link FileCipher} share. The cipher of a key follows its length, so that a key can
 * never serve two algorithms and a move from AES to SM4 (R12.6) is a rotation like any
 * other.
 */
final class EncryptionKeys {

	static final Pattern KEY_ID = Pattern.compile("[a-z0-9]{1,16}");

	static final Pattern ALGORITHM = Pattern.compile("[A-Z0-9]{1,16}");

	private final String activeKeyId;

	private final Map<String, Key> keys = new LinkedHashMap<>();

	/**
	 * @throws IllegalArgumentException if a key id or length is wrong, or the active key
	 * is missing or does not serve the algorithm
	 */
	EncryptionKeys(CipherAlgorithm algorithm, String activeKeyId, Map<String, byte[]> keys) {
		Objects.requireNonNull(algorithm, "algorithm");
		keys.forEach((id, material) -> {
			CipherAlgorithm cipher = algorithmOf(checkedKeyId(id), material);
			this.keys.put(id, new Key(id, cipher, cipher.key(material)));
		});
		Key active = this.keys.get(activeKeyId);
		if (active == null) {
			throw new IllegalArgumentException("The active encryption key '" + activeKeyId
					+ "' is not among the configured keys " + keys.keySet());
		}
		if (active.algorithm() != algorithm) {
			throw new IllegalArgumentException(
					"The active encryption key '" + activeKeyId + "' is a key for " + active.algorithm() + ", not for "
							+ algorithm + ", which needs " + algorithm.keyLength() + " bytes");
		}
		this.activeKeyId = activeKeyId;
	}

	Key active() {
		return keys.get(activeKeyId);
	}

	/**
	 * The key that sealed something, as its header names it.
	 * @throws DecryptionException if the key is not configured, or is not a key for the
	 * algorithm named
	 */
	Key sealing(String keyId, String algorithm) {
		Key key = keys.get(keyId);
		if (key == null) {
			throw new DecryptionException(Reason.UNKNOWN_KEY, "The value is sealed under key '" + keyId
					+ "', which is not configured (tongban.crypto.keys." + keyId + ")");
		}
		if (!key.algorithm().token().equals(algorithm)) {
			throw new DecryptionException(Reason.TAMPERED,
					"The value names " + algorithm + " but key '" + keyId + "' is a key for " + key.algorithm());
		}
		return key;
	}

	private static String checkedKeyId(String id) {
		if (id == null || !KEY_ID.matcher(id).matches()) {
			throw new IllegalArgumentException(
					"Encryption key id '" + id + "' must be 1 to 16 lower-case letters and digits");
		}
		return id;
	}

	private static CipherAlgorithm algorithmOf(String id, byte[] material) {
		return CipherAlgorithm.ofKeyLength(material.length)
			.orElseThrow(() -> new IllegalArgumentException("Encryption key '" + id + "' has " + material.length
					+ " bytes: a key has " + CipherAlgorithm.AES_GCM.keyLength() + " bytes for AES_GCM or "
					+ CipherAlgorithm.SM4_GCM.keyLength() + " bytes for SM4_GCM"));
	}

	record Key(String id, CipherAlgorithm algorithm, SecretKey secret) {
	}

}
