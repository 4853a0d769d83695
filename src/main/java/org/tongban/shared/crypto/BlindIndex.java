package org.tongban.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Finds an encrypted value without decrypting every row (R12.1): beside each
 * {@link FieldCipher sealed} value the table keeps its blind index, a keyed hash
 * ({@link IndexAlgorithm}) of the normalized value, and a search compares indexes, e.g.
 * "the account of this resident ID number". The hash must be keyed: the platform's
 * numbers are few enough (some 10<sup>10</sup> phone numbers) to hash them all, so a
 * plain hash would be as good as clear text to whoever reads the table.
 * <p>
 * Index values look like {@code v1.<key id>.<algorithm>.<base64url(hash)>}. Index keys
 * are separate from the encryption keys, and rotate the same way: new rows get the index
 * under the active key, and a search looks for the index under every configured key until
 * all rows are re-indexed.
 * <p>
 * Equal values give equal indexes, which is the point, so the index discloses which rows
 * share a value; it is for values that identify one person (ID, phone, account numbers),
 * not for low-cardinality data such as sex or birth year. Callers pass the canonical form
 * of the value, e.g. {@link org.tongban.shared.identifiers.ResidentIdNumber#value()},
 * never raw input, or equal numbers written differently would not match.
 * <p>
 * Thread-safe.
 */
public final class BlindIndex {

	private static final String VERSION = "v1";

	private static final int KEY_LENGTH = 32;

	private static final Pattern KEY_ID = Pattern.compile("[a-z0-9]{1,16}");

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private final IndexAlgorithm algorithm;

	private final String activeKeyId;

	private final Map<String, byte[]> keys = new LinkedHashMap<>();

	/**
	 * @param algorithm the keyed hash for every key
	 * @param activeKeyId the key that indexes new values
	 * @param keys every key whose indexes must still be found, by id (lower-case letters
	 * and digits): 32 bytes each
	 * @throws IllegalArgumentException if a key id or length is wrong, or the active key
	 * is missing
	 */
	public BlindIndex(IndexAlgorithm algorithm, String activeKeyId, Map<String, byte[]> keys) {
		this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
		keys.forEach((id, material) -> {
			if (id == null || !KEY_ID.matcher(id).matches()) {
				throw new IllegalArgumentException(
						"Blind index key id '" + id + "' must be 1 to 16 lower-case letters and digits");
			}
			if (material.length != KEY_LENGTH) {
				throw new IllegalArgumentException(
						"Blind index key '" + id + "' has " + material.length + " bytes; it must have " + KEY_LENGTH);
			}
			this.keys.put(id, material.clone());
		});
		if (!this.keys.containsKey(activeKeyId)) {
			throw new IllegalArgumentException("The active blind index key '" + activeKeyId
					+ "' is not among the configured keys " + keys.keySet());
		}
		this.activeKeyId = activeKeyId;
	}

	/** The index to store beside a new or re-encrypted value. */
	public String of(String canonicalValue) {
		return index(activeKeyId, canonicalValue);
	}

	/**
	 * The indexes under which a value may be stored, the active key's first: search with
	 * {@code WHERE ..._index IN (:terms)}.
	 */
	public List<String> searchTerms(String canonicalValue) {
		List<String> terms = new ArrayList<>();
		terms.add(of(canonicalValue));
		keys.keySet()
			.stream()
			.filter(id -> !id.equals(activeKeyId))
			.forEach(id -> terms.add(index(id, canonicalValue)));
		return List.copyOf(terms);
	}

	private String index(String keyId, String canonicalValue) {
		Objects.requireNonNull(canonicalValue, "canonicalValue");
		byte[] hash = algorithm.mac(keys.get(keyId), canonicalValue.getBytes(StandardCharsets.UTF_8));
		return VERSION + "." + keyId + "." + algorithm.token() + "." + BASE64URL.encodeToString(hash);
	}

}
