package org.tongban.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An encrypted resident ID number or phone number can be found without decrypting every
 * row, through a keyed hash (HMAC-SHA256, or HMAC-SM3 where commercial cryptography is
 * required) with keys of its own (R12.1, R12.6).
 */
class BlindIndexTests {

	private static final byte[] KEY_1 = filled(1);

	private static final byte[] KEY_2 = filled(2);

	private static final String ID_NUMBER = "11010519491231002X";

	@ParameterizedTest
	@EnumSource(IndexAlgorithm.class)
	void theSameValueAlwaysHasTheSameIndexSoThatItCanBeFound(IndexAlgorithm algorithm) {
		BlindIndex index = new BlindIndex(algorithm, "i1", Map.of("i1", KEY_1));
		BlindIndex sameKey = new BlindIndex(algorithm, "i1", Map.of("i1", KEY_1.clone()));

		assertThat(index.of(ID_NUMBER)).isEqualTo(index.of(ID_NUMBER)).isEqualTo(sameKey.of(ID_NUMBER));
		assertThat(index.of(ID_NUMBER)).isNotEqualTo(index.of("110105194912310010"));
	}

	@Test
	void anIndexNamesItsKeyAndAlgorithmAndHidesTheValue() {
		assertThat(new BlindIndex(IndexAlgorithm.HMAC_SHA256, "i1", Map.of("i1", KEY_1)).of(ID_NUMBER))
			.startsWith("v1.i1.HS256.")
			.hasSize("v1.i1.HS256.".length() + 43)
			.doesNotContain(ID_NUMBER);
		assertThat(new BlindIndex(IndexAlgorithm.HMAC_SM3, "i1", Map.of("i1", KEY_1)).of(ID_NUMBER))
			.startsWith("v1.i1.HSM3.");
	}

	@Test
	void anotherKeyGivesAnotherIndex() {
		String withKey1 = new BlindIndex(IndexAlgorithm.HMAC_SHA256, "i1", Map.of("i1", KEY_1)).of(ID_NUMBER);
		String withKey2 = new BlindIndex(IndexAlgorithm.HMAC_SHA256, "i1", Map.of("i1", KEY_2)).of(ID_NUMBER);

		assertThat(hash(withKey1)).isNotEqualTo(hash(withKey2));
	}

	@Test
	void sm3AndSha256GiveDifferentIndexes() {
		String sha256 = new BlindIndex(IndexAlgorithm.HMAC_SHA256, "i1", Map.of("i1", KEY_1)).of(ID_NUMBER);
		String sm3 = new BlindIndex(IndexAlgorithm.HMAC_SM3, "i1", Map.of("i1", KEY_1)).of(ID_NUMBER);

		assertThat(hash(sm3)).isNotEqualTo(hash(sha256));
	}

	@Test
	void afterARotationASearchFindsRowsIndexedUnderEitherKey() {
		String indexedBefore = new BlindIndex(IndexAlgorithm.HMAC_SHA256, "i1", Map.of("i1", KEY_1)).of(ID_NUMBER);
		BlindIndex rotated = new BlindIndex(IndexAlgorithm.HMAC_SHA256, "i2", Map.of("i1", KEY_1, "i2", KEY_2));

		assertThat(rotated.of(ID_NUMBER)).startsWith("v1.i2.");
		assertThat(rotated.searchTerms(ID_NUMBER)).containsExactly(rotated.of(ID_NUMBER), indexedBefore);
	}

	@Test
	void aKeyOfTheWrongLengthIsRefusedNamingTheKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BlindIndex(IndexAlgorithm.HMAC_SHA256, "i1", Map.of("i1", new byte[16])))
			.withMessageContaining("'i1'")
			.withMessageContaining("16 bytes");
	}

	@Test
	void theActiveKeyMustBeConfigured() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BlindIndex(IndexAlgorithm.HMAC_SM3, "i2", Map.of("i1", KEY_1)))
			.withMessageContaining("'i2'");
	}

	@Test
	void aKeyIdThatCannotBeWrittenInAnIndexOrTheEnvironmentIsRefused() {
		Map<String, byte[]> keys = new LinkedHashMap<>();
		keys.put("I.1", KEY_1);

		assertThatIllegalArgumentException().isThrownBy(() -> new BlindIndex(IndexAlgorithm.HMAC_SHA256, "I.1", keys))
			.withMessageContaining("lower-case letters and digits");
	}

	private static String hash(String index) {
		return index.substring(index.lastIndexOf('.') + 1);
	}

	private static byte[] filled(int value) {
		byte[] key = new byte[32];
		Arrays.fill(key, (byte) value);
		return key;
	}

}
