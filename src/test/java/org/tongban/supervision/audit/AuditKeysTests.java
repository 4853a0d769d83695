package org.tongban.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Period;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit keys come from configuration, or from files made at first start under the
 * directory and read again at every later start, never from the database.
 */
class AuditKeysTests {

	@TempDir
	Path directory;

	@Test
	void keysMadeAtFirstStartAreKeptForTheNext() throws Exception {
		AuditKeys first = AuditKeys.of(properties(null, null, null));
		AuditKeys second = AuditKeys.of(properties(null, null, null));

		assertThat(second.macKey().getEncoded()).isEqualTo(first.macKey().getEncoded()).hasSize(32);
		assertThat(second.anchorKeys().getPublic()).isEqualTo(first.anchorKeys().getPublic());
		assertThat(second.anchorKeys().getPrivate()).isEqualTo(first.anchorKeys().getPrivate());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("audit-mac.key"))))
			.isEqualTo("rw-------");
	}

	@Test
	void configuredKeysAreUsedAndNoFileIsMade() throws Exception {
		byte[] macKey = new byte[32];
		macKey[0] = 7;
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		KeyPair pair = generator.generateKeyPair();
		Base64.Encoder base64 = Base64.getEncoder();

		AuditKeys keys = AuditKeys
			.of(properties(base64.encodeToString(macKey), base64.encodeToString(pair.getPrivate().getEncoded()),
					base64.encodeToString(pair.getPublic().getEncoded())));

		assertThat(keys.macKey().getEncoded()).isEqualTo(macKey);
		assertThat(keys.anchorKeys().getPublic()).isEqualTo(pair.getPublic());
		assertThat(directory).isEmptyDirectory();
	}

	@Test
	void aMacKeyOfAnotherLengthIsRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> AuditKeys.of(properties(Base64.getEncoder().encodeToString(new byte[16]), null, null)))
			.withMessageContaining("32 bytes");
	}

	private AuditProperties properties(String key, String privateKey, String publicKey) {
		return new AuditProperties(directory, null, 16, Duration.ofMinutes(10), key, privateKey, publicKey,
				Period.ofMonths(6), null, Duration.ofDays(1));
	}

}
