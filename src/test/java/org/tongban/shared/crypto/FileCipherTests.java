package org.tongban.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.shared.crypto.DecryptionException.Reason;

/**
 * Files are encrypted at rest segment by segment with the keys of the personal data,
 * AES-GCM or SM4-GCM; a file changed, cut off or moved to another key is detected, and
 * files under an old key remain readable (R12.2, R12.6).
 */
class FileCipherTests {

	private static final byte[] AES_KEY_1 = FieldCipherTests.key(32, 1);

	private static final byte[] AES_KEY_2 = FieldCipherTests.key(32, 2);

	private static final byte[] SM4_KEY_1 = FieldCipherTests.key(16, 3);

	private static final int SEGMENT = FileCipher.SEGMENT_LENGTH;

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 1000, SEGMENT - 1, SEGMENT, SEGMENT + 1, 3 * SEGMENT + 17 })
	void aFileComesBackAsItWasSealedWhateverItsLength(int length) throws IOException {
		byte[] file = file(length);

		assertThat(decrypt(cipher(CipherAlgorithm.AES_GCM), encrypt(cipher(CipherAlgorithm.AES_GCM), file)))
			.isEqualTo(file);
	}

	@ParameterizedTest
	@EnumSource(CipherAlgorithm.class)
	void aSealedFileNamesItsKeyAndAlgorithmAndHidesTheContent(CipherAlgorithm algorithm) throws IOException {
		byte[] file = ("申请人：张伟 " + "x".repeat(100)).getBytes(StandardCharsets.UTF_8);
		byte[] sealed = encrypt(cipher(algorithm), file);

		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).startsWith("f1.k1." + algorithm.token() + "\n")
			.doesNotContain(new String(file, StandardCharsets.ISO_8859_1).substring(0, 10));
		assertThat(decrypt(cipher(algorithm), sealed)).isEqualTo(file);
		assertThat(encrypt(cipher(algorithm), file)).isNotEqualTo(sealed);
	}

	@Test
	void aChangedByteAnywhereIsDetected() throws IOException {
		FileCipher cipher = cipher(CipherAlgorithm.AES_GCM);
		byte[] sealed = encrypt(cipher, file(SEGMENT + 100));

		for (int i = 0; i < sealed.length; i += 997) {
			byte[] changed = sealed.clone();
			changed[i] ^= 0x01;
			assertRefused(() -> decrypt(cipher, changed));
		}
	}

	@Test
	void aFileCutOffAfterASegmentOrWithBytesAppendedIsDetected() throws IOException {
		FileCipher cipher = cipher(CipherAlgorithm.AES_GCM);
		byte[] sealed = encrypt(cipher, file(2 * SEGMENT + 100));
		int firstSegmentEnds = "f1.k1.A256GCM\n".length() + 12 + 1 + 4 + SEGMENT + 16;

		assertRefused(() -> decrypt(cipher, Arrays.copyOf(sealed, firstSegmentEnds)), Reason.TAMPERED);
		assertRefused(() -> decrypt(cipher, Arrays.copyOf(sealed, sealed.length - 1)), Reason.TAMPERED);
		assertRefused(() -> decrypt(cipher, Arrays.copyOf(sealed, sealed.length + 1)), Reason.TAMPERED);
	}

	@Test
	void aFileMovedToAnotherKeyIsDetected() throws IOException {
		FileCipher cipher = new FileCipher(CipherAlgorithm.AES_GCM, "k1", Map.of("k1", AES_KEY_1, "k2", AES_KEY_2));
		byte[] sealed = encrypt(cipher, file(100));
		sealed[4] = '2';

		assertRefused(() -> decrypt(cipher, sealed), Reason.TAMPERED);
	}

	@Test
	void afterARotationNewFilesUseTheNewKeyAndOldOnesRemainReadable() throws IOException {
		byte[] file = file(1000);
		byte[] old = encrypt(cipher(CipherAlgorithm.AES_GCM), file);
		FileCipher rotated = new FileCipher(CipherAlgorithm.SM4_GCM, "s1", Map.of("k1", AES_KEY_1, "s1", SM4_KEY_1));

		assertThat(rotated.activeKeyId()).isEqualTo("s1");
		assertThat(decrypt(rotated, old)).isEqualTo(file);
		FileCipher retired = new FileCipher(CipherAlgorithm.SM4_GCM, "s1", Map.of("s1", SM4_KEY_1));
		assertRefused(() -> decrypt(retired, old), Reason.UNKNOWN_KEY);
	}

	@Test
	void whatIsNoSealedFileIsRefused() {
		FileCipher cipher = cipher(CipherAlgorithm.AES_GCM);

		for (String text : new String[] { "", "%PDF-1.7\n", "f1.k1.A256GCM", "v1.k1.A256GCM\n", "f1.K1.A256GCM\n",
				"f1.k1.A256GCM.x\n", "f1." + "k".repeat(100) + "\n" }) {
			assertRefused(() -> decrypt(cipher, text.getBytes(StandardCharsets.US_ASCII)), Reason.MALFORMED);
		}
	}

	@Test
	void aRefusedFileIsClosed() {
		AtomicBoolean closed = new AtomicBoolean();
		InputStream sealed = new ByteArrayInputStream("v1.k1.A256GCM\n".getBytes(StandardCharsets.US_ASCII)) {
			@Override
			public void close() {
				closed.set(true);
			}
		};

		assertRefused(() -> cipher(CipherAlgorithm.AES_GCM).decrypt(sealed), Reason.MALFORMED);
		assertThat(closed).isTrue();
	}

	private static void assertRefused(ThrowingCallable decryption) {
		assertThat(catchThrowableOfType(DecryptionException.class, decryption)).as("refusal").isNotNull();
	}

	private static void assertRefused(ThrowingCallable decryption, Reason reason) {
		DecryptionException refusal = catchThrowableOfType(DecryptionException.class, decryption);
		assertThat(refusal).as("refusal").isNotNull();
		assertThat(refusal.reason()).isEqualTo(reason);
	}

	private static byte[] encrypt(FileCipher cipher, byte[] file) throws IOException {
		ByteArrayOutputStream sealed = new ByteArrayOutputStream();
		cipher.encrypt(new ByteArrayInputStream(file), sealed);
		return sealed.toByteArray();
	}

	private static byte[] decrypt(FileCipher cipher, byte[] sealed) throws IOException {
		try (InputStream plaintext = cipher.decrypt(new ByteArrayInputStream(sealed))) {
			return plaintext.readAllBytes();
		}
	}

	private static FileCipher cipher(CipherAlgorithm algorithm) {
		return new FileCipher(algorithm, "k1",
				Map.of("k1", algorithm == CipherAlgorithm.AES_GCM ? AES_KEY_1 : SM4_KEY_1));
	}

	private static byte[] file(int length) {
		byte[] file = new byte[length];
		new Random(length).nextBytes(file);
		return file;
	}

}
