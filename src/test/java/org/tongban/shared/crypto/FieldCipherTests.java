package org.tongban.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongban.shared.crypto.DecryptionException.Reason;

/**
 * Resident ID numbers, phone numbers and bank accounts are encrypted at rest with an
 * authenticated cipher, AES-GCM by default and SM4-GCM where commercial cryptography is
 * required, with keys that rotate by key id (R12.1, R12.6).
 */
class FieldCipherTests {

	private static final byte[] AES_KEY_1 = key(32, 1);

	private static final byte[] AES_KEY_2 = key(32, 2);

	private static final byte[] SM4_KEY_1 = key(16, 3);

	private static final String ID_NUMBER = "11010519491231002X";

	@ParameterizedTest
	@EnumSource(CipherAlgorithm.class)
	void aValueComesBackAsItWasSealed(CipherAlgorithm algorithm) {
		FieldCipher cipher = cipher(algorithm);

		for (String value : new String[] { ID_NUMBER, "13800138000", "", "北京市东城区东华门街道 1 号" }) {
			assertThat(cipher.decrypt(cipher.encrypt(value))).isEqualTo(value);
		}
	}

	@Test
	void aSealedValueNamesItsKeyAndAlgorithmAndHidesTheValue() {
		assertThat(cipher(CipherAlgorithm.AES_GCM).encrypt(ID_NUMBER)).startsWith("v1.k1.A256GCM.")
			.doesNotContain(ID_NUMBER)
			.matches("[A-Za-z0-9._-]+");
		assertThat(cipher(CipherAlgorithm.SM4_GCM).encrypt(ID_NUMBER)).startsWith("v1.k1.SM4GCM.");
	}

	@ParameterizedTest
	@EnumSource(CipherAlgorithm.class)
	void theSameValueIsSealedDifferentlyEachTimeSoThatEqualValuesCannotBeSpotted(CipherAlgorithm algorithm) {
		FieldCipher cipher = cipher(algorithm);

		assertThat(cipher.encrypt(ID_NUMBER)).isNotEqualTo(cipher.encrypt(ID_NUMBER));
	}

	@ParameterizedTest
	@EnumSource(CipherAlgorithm.class)
	void aChangedByteIsDetected(CipherAlgorithm algorithm) {
		FieldCipher cipher = cipher(algorithm);
		String sealed = cipher.encrypt(ID_NUMBER);
		String[] parts = sealed.split("\\.");
		byte[] payload = Base64.getUrlDecoder().decode(parts[3]);

		for (int i = 0; i < payload.length; i++) {
			byte[] changed = payload.clone();
			changed[i] ^= 0x01;
			String tampered = parts[0] + "." + parts[1] + "." + parts[2] + "."
					+ Base64.getUrlEncoder().withoutPadding().encodeToString(changed);
			assertRefused(() -> cipher.decrypt(tampered), Reason.TAMPERED);
		}
	}

	@Test
	void aValueMovedToAnotherKeyIsDetected() {
		FieldCipher cipher = new FieldCipher(CipherAlgorithm.AES_GCM, "k1", Map.of("k1", AES_KEY_1, "k2", AES_KEY_2));
		String sealed = cipher.encrypt(ID_NUMBER);

		assertRefused(() -> cipher.decrypt(sealed.replace("v1.k1.", "v1.k2.")), Reason.TAMPERED);
	}

	@Test
	void aValueWhoseAlgorithmWasChangedIsDetected() {
		FieldCipher cipher = new FieldCipher(CipherAlgorithm.AES_GCM, "k1", Map.of("k1", AES_KEY_1, "s1", SM4_KEY_1));
		String sealed = cipher.encrypt(ID_NUMBER);

		assertRefused(() -> cipher.decrypt(sealed.replace(".A256GCM.", ".SM4GCM.")), Reason.TAMPERED);
		assertRefused(() -> cipher.decrypt(sealed.replace("v1.k1.A256GCM.", "v1.s1.SM4GCM.")), Reason.TAMPERED);
	}

	@Test
	void aValueUnderAKeyThatIsNotConfiguredIsRefusedNamingTheKey() {
		String sealed = new FieldCipher(CipherAlgorithm.AES_GCM, "k2", Map.of("k2", AES_KEY_2)).encrypt(ID_NUMBER);

		DecryptionException refusal = assertRefused(() -> cipher(CipherAlgorithm.AES_GCM).decrypt(sealed),
				Reason.UNKNOWN_KEY);

		assertThat(refusal).hasMessageContaining("'k2'").hasMessageContaining("tongban.crypto.keys.k2");
	}

	@Test
	void aValueUnderTheRightKeyIdButAnotherKeyIsDetected() {
		String sealed = new FieldCipher(CipherAlgorithm.AES_GCM, "k1", Map.of("k1", AES_KEY_2)).encrypt(ID_NUMBER);

		assertRefused(() -> cipher(CipherAlgorithm.AES_GCM).decrypt(sealed), Reason.TAMPERED);
	}

	@Test
	void whatIsNoSealedValueIsRefused() {
		FieldCipher cipher = cipher(CipherAlgorithm.AES_GCM);
		String sealed = cipher.encrypt(ID_NUMBER);

		assertRefused(() -> cipher.decrypt(null), Reason.MALFORMED);
		assertRefused(() -> cipher.decrypt(ID_NUMBER), Reason.MALFORMED);
		assertRefused(() -> cipher.decrypt(sealed.replace("v1.", "v2.")), Reason.MALFORMED);
		assertRefused(() -> cipher.decrypt(sealed + ".x"), Reason.MALFORMED);
		assertRefused(() -> cipher.decrypt(sealed.substring(0, sealed.lastIndexOf('.') + 20)), Reason.MALFORMED);
		assertRefused(() -> cipher.decrypt("v1.k1.A256GCM.***"), Reason.MALFORMED);
		assertRefused(() -> cipher.decrypt(sealed.replace("v1.k1.", "v1.k1\nforged log line.")), Reason.MALFORMED);
		assertRefused(() -> cipher.decrypt(sealed.replace(".A256GCM.", ".a256gcm.")), Reason.MALFORMED);
	}

	@Test
	void afterARotationNewValuesUseTheNewKeyOldOnesRemainReadableAndCanBeMoved() {
		String old = cipher(CipherAlgorithm.AES_GCM).encrypt(ID_NUMBER);
		FieldCipher rotated = new FieldCipher(CipherAlgorithm.AES_GCM, "k2", Map.of("k1", AES_KEY_1, "k2", AES_KEY_2));

		assertThat(rotated.encrypt(ID_NUMBER)).startsWith("v1.k2.");
		assertThat(rotated.decrypt(old)).isEqualTo(ID_NUMBER);

		String moved = rotated.reencrypt(old);
		assertThat(moved).startsWith("v1.k2.");
		assertThat(rotated.reencrypt(moved)).isSameAs(moved);

		FieldCipher retired = new FieldCipher(CipherAlgorithm.AES_GCM, "k2", Map.of("k2", AES_KEY_2));
		assertThat(retired.decrypt(moved)).isEqualTo(ID_NUMBER);
		assertRefused(() -> retired.decrypt(old), Reason.UNKNOWN_KEY);
	}

	@Test
	void aMoveFromAesToSm4IsARotationLikeAnyOther() {
		String old = cipher(CipherAlgorithm.AES_GCM).encrypt(ID_NUMBER);
		FieldCipher commercial = new FieldCipher(CipherAlgorithm.SM4_GCM, "s1",
				Map.of("k1", AES_KEY_1, "s1", SM4_KEY_1));

		assertThat(commercial.decrypt(old)).isEqualTo(ID_NUMBER);
		assertThat(commercial.reencrypt(old)).startsWith("v1.s1.SM4GCM.");
	}

	@Test
	void aKeyOfTheWrongLengthIsRefusedNamingTheKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FieldCipher(CipherAlgorithm.AES_GCM, "k1", Map.of("k1", key(24, 1))))
			.withMessageContaining("'k1'")
			.withMessageContaining("24 bytes");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FieldCipher(CipherAlgorithm.AES_GCM, "k1", Map.of("k1", SM4_KEY_1)))
			.withMessageContaining("SM4_GCM")
			.withMessageContaining("needs 32 bytes");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FieldCipher(CipherAlgorithm.SM4_GCM, "k1", Map.of("k1", AES_KEY_1)))
			.withMessageContaining("needs 16 bytes");
	}

	@Test
	void theActiveKeyMustBeConfigured() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FieldCipher(CipherAlgorithm.AES_GCM, "k2", Map.of("k1", AES_KEY_1)))
			.withMessageContaining("'k2'");
		assertThatIllegalArgumentException().isThrownBy(() -> new FieldCipher(CipherAlgorithm.AES_GCM, "k1", Map.of()));
	}

	@Test
	void aKeyIdThatCannotBeWrittenInASealedValueOrTheEnvironmentIsRefused() {
		for (String id : new String[] { "K1", "k.1", "k_1", "", "key-1", "k".repeat(17) }) {
			Map<String, byte[]> keys = new LinkedHashMap<>();
			keys.put(id, AES_KEY_1);
			assertThatIllegalArgumentException().as(id)
				.isThrownBy(() -> new FieldCipher(CipherAlgorithm.AES_GCM, id, keys))
				.withMessageContaining("lower-case letters and digits");
		}
	}

	private static FieldCipher cipher(CipherAlgorithm algorithm) {
		return new FieldCipher(algorithm, "k1",
				Map.of("k1", algorithm == CipherAlgorithm.AES_GCM ? AES_KEY_1 : SM4_KEY_1));
	}

	private static DecryptionException assertRefused(ThrowingCallable decryption, Reason reason) {
		DecryptionException refusal = catchThrowableOfType(DecryptionException.class, decryption);
		assertThat(refusal).as("refusal").isNotNull();
		assertThat(refusal.reason()).isEqualTo(reason);
		assertThat(refusal.getMessage()).doesNotContain(ID_NUMBER);
		return refusal;
	}

	static byte[] key(int length, int seed) {
		byte[] key = new byte[length];
		for (int i = 0; i < length; i++) {
			key[i] = (byte) (seed * 31 + i);
		}
		return key;
	}

}
