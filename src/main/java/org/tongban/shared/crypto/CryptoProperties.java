package org.tongban.shared.crypto;

import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The keys that protect personal data (R12.1, R12.6), from the configuration or the
 * environment: <pre>
 * tongban.crypto.algorithm=AES_GCM              (or SM4_GCM)           TONGBAN_CRYPTO_ALGORITHM
 * tongban.crypto.active-key-id=k1                                      TONGBAN_CRYPTO_ACTIVEKEYID
 * tongban.crypto.keys.k1=&lt;Base64 key&gt;   32 bytes for AES, 16 for SM4      TONGBAN_CRYPTO_KEYS_K1
 * tongban.crypto.index-algorithm=HMAC_SHA256    (or HMAC_SM3)          TONGBAN_CRYPTO_INDEXALGORITHM
 * tongban.crypto.active-index-key-id=i1                                TONGBAN_CRYPTO_ACTIVEINDEXKEYID
 * tongban.crypto.index-keys.i1=&lt;Base64 key&gt; 32 bytes                      TONGBAN_CRYPTO_INDEXKEYS_I1
 * </pre> There is no default key: a platform without keys does not start, whatever the
 * profile, rather than store personal data under a key that everybody knows or that is
 * lost at the next restart. Only the demo profile ships keys, public ones. A key is
 * generated with {@code openssl rand -base64 32} (or {@code 16} for SM4).
 */
@ConfigurationProperties(prefix = "tongban.crypto")
record CryptoProperties(@DefaultValue("AES_GCM") CipherAlgorithm algorithm, String activeKeyId,
		Map<String, String> keys, @DefaultValue("HMAC_SHA256") IndexAlgorithm indexAlgorithm, String activeIndexKeyId,
		Map<String, String> indexKeys) {

	private static final String HELP = " Generate a key with `openssl rand -base64 32` (16 for SM4_GCM). Only the"
			+ " demo profile has keys of its own, and they are public.";

	CryptoProperties {
		if (activeKeyId == null || activeKeyId.isBlank() || keys == null || keys.isEmpty()) {
			throw new IllegalStateException("No encryption key is configured: set tongban.crypto.active-key-id and"
					+ " tongban.crypto.keys.<id> (environment: TONGBAN_CRYPTO_ACTIVEKEYID, TONGBAN_CRYPTO_KEYS_<ID>)."
					+ HELP);
		}
		if (activeIndexKeyId == null || activeIndexKeyId.isBlank() || indexKeys == null || indexKeys.isEmpty()) {
			throw new IllegalStateException("No blind index key is configured: set tongban.crypto.active-index-key-id"
					+ " and tongban.crypto.index-keys.<id> (environment: TONGBAN_CRYPTO_ACTIVEINDEXKEYID,"
					+ " TONGBAN_CRYPTO_INDEXKEYS_<ID>)." + HELP);
		}
		Map<String, byte[]> encryptionKeys = decoded("keys", keys);
		decoded("index-keys", indexKeys).forEach((id, indexKey) -> {
			if (encryptionKeys.values().stream().anyMatch(key -> Arrays.equals(key, indexKey))) {
				throw new IllegalStateException("tongban.crypto.index-keys." + id
						+ " is also an encryption key: the blind index needs keys of its own");
			}
		});
	}

	FieldCipher fieldCipher() {
		return new FieldCipher(algorithm, activeKeyId, decoded("keys", keys));
	}

	FileCipher fileCipher() {
		return new FileCipher(algorithm, activeKeyId, decoded("keys", keys));
	}

	BlindIndex blindIndex() {
		return new BlindIndex(indexAlgorithm, activeIndexKeyId, decoded("index-keys", indexKeys));
	}

	/** Names the keys, never shows them. */
	@Override
	public String toString() {
		return "CryptoProperties[algorithm=" + algorithm + ", activeKeyId=" + activeKeyId + ", keys=" + keys.keySet()
				+ ", indexAlgorithm=" + indexAlgorithm + ", activeIndexKeyId=" + activeIndexKeyId + ", indexKeys="
				+ indexKeys.keySet() + "]";
	}

	private static Map<String, byte[]> decoded(String property, Map<String, String> keys) {
		Map<String, byte[]> decoded = new LinkedHashMap<>();
		keys.forEach((id, base64) -> {
			try {
				decoded.put(id, Base64.getDecoder().decode(base64.strip()));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("tongban.crypto." + property + "." + id + " is not Base64." + HELP);
			}
		});
		return decoded;
	}

}
