package org.tongban.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.tongban.storage.SampleFiles.exe;
import static org.tongban.storage.SampleFiles.ofd;
import static org.tongban.storage.SampleFiles.pdf;
import static org.tongban.storage.SampleFiles.png;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.crypto.CipherAlgorithm;
import org.tongban.shared.crypto.FileCipher;
import org.tongban.storage.AttachmentRefusedException.Reason;
import org.tongban.storage.content.ContentInspection;
import org.tongban.storage.files.AttachmentFiles;
import org.tongban.storage.records.AttachmentRecords;

/**
 * Uploaded materials are stored encrypted under an id of the server's, with their type as
 * the content shows it, and come back byte for byte, unless the file was changed, which
 * is detected rather than handed out (R3.3, R12.2).
 */
@SpringBootTest
class AttachmentsTests {

	private static final String MARKER = "TONGBAN-PLAINTEXT-MARKER-7f3a";

	@Autowired
	Attachments attachments;

	@Autowired
	StorageProperties properties;

	@Autowired
	ContentInspection inspection;

	@Autowired
	AttachmentFiles files;

	@Autowired
	AttachmentRecords records;

	@Autowired
	Clock clock;

	@Autowired
	Environment environment;

	@Autowired
	MessageSource messages;

	@Test
	void anAttachmentComesBackByteForByteWithWhatTheServerDecided() throws IOException {
		byte[] pdf = pdf(MARKER);

		StoredAttachment stored = attachments.store("../营业执照 副本.pdf", new ByteArrayInputStream(pdf));

		assertThat(stored.displayName()).isEqualTo("营业执照 副本.pdf");
		assertThat(stored.type()).isEqualTo(AttachmentType.PDF);
		assertThat(stored.size()).isEqualTo(pdf.length);
		assertThat(stored.sha256()).isEqualTo(sha256(pdf));
		assertThat(stored.storedAt()).isEqualTo(clock.instant());
		assertThat(attachments.describe(stored.id())).isEqualTo(stored);
		try (AttachmentContent content = attachments.open(stored.id())) {
			assertThat(content.attachment()).isEqualTo(stored);
			assertThat(content.stream().readAllBytes()).isEqualTo(pdf);
			assertThat(content.mediaType()).hasToString("application/pdf");
			assertThat(content.contentDisposition().toString()).startsWith("attachment; filename=")
				.contains("filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%20%E5%89%AF%E6%9C%AC.pdf");
		}
	}

	@Test
	void theFileOnDiskIsEncryptedAndLiesUnderTheIdNotTheName() throws IOException {
		StoredAttachment stored = attachments.store("evil/../../name.pdf", new ByteArrayInputStream(pdf(MARKER)));

		Path file = fileOf(stored.id());
		byte[] onDisk = Files.readAllBytes(file);
		assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).startsWith("f1.demo1.A256GCM\n")
			.doesNotContain(MARKER)
			.doesNotContain("%PDF");
		try (var siblings = Files.list(file.getParent())) {
			assertThat(siblings.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.endsWith(".part"));
		}
	}

	@Test
	void aFileChangedOnDiskIsDetectedAndNotHandedOut() throws IOException {
		StoredAttachment stored = attachments.store("photo.png", new ByteArrayInputStream(png(32, 32)));
		Path file = fileOf(stored.id());
		byte[] onDisk = Files.readAllBytes(file);
		onDisk[onDisk.length - 40] ^= 0x01;
		Files.write(file, onDisk);

		assertThatExceptionOfType(AttachmentDamagedException.class).isThrownBy(() -> attachments.open(stored.id()))
			.withMessageContaining(stored.id().toString());
	}

	@Test
	void aFileReplacedByAnotherSealedFileIsDetectedByItsChecksum() throws IOException {
		StoredAttachment first = attachments.store("a.ofd", new ByteArrayInputStream(ofd()));
		StoredAttachment second = attachments.store("b.png", new ByteArrayInputStream(png(8, 8)));
		Files.copy(fileOf(second.id()), fileOf(first.id()), StandardCopyOption.REPLACE_EXISTING);

		assertThatExceptionOfType(AttachmentDamagedException.class).isThrownBy(() -> attachments.open(first.id()))
			.withMessageContaining("SHA-256");
	}

	@Test
	void aMissingFileIsDetected() throws IOException {
		StoredAttachment stored = attachments.store("a.ofd", new ByteArrayInputStream(ofd()));
		Files.delete(fileOf(stored.id()));

		assertThatExceptionOfType(AttachmentDamagedException.class).isThrownBy(() -> attachments.open(stored.id()));
	}

	@Test
	void aFileStoredUnderAnOldKeyStillOpensAfterARotation() throws IOException {
		byte[] sm4Key = Base64.getDecoder().decode(environment.getProperty("tongban.crypto.keys.demo2"));
		var before = new Attachments(properties, inspection,
				new FileCipher(CipherAlgorithm.SM4_GCM, "demo2", Map.of("demo2", sm4Key)), files, records, clock,
				Optional.empty());
		byte[] pdf = pdf(MARKER);
		StoredAttachment stored = before.store("old.pdf", new ByteArrayInputStream(pdf));
		assertThat(Files.readString(fileOf(stored.id()), StandardCharsets.ISO_8859_1)).startsWith("f1.demo2.SM4GCM\n");

		try (AttachmentContent content = attachments.open(stored.id())) {
			assertThat(content.stream().readAllBytes()).isEqualTo(pdf);
		}
	}

	@Test
	void aRefusedUploadLeavesNothingBehind() {
		assertThatExceptionOfType(AttachmentRefusedException.class)
			.isThrownBy(() -> attachments.store("x.pdf", new ByteArrayInputStream(exe())))
			.satisfies(refusal -> assertThat(refusal.reason()).isEqualTo(Reason.TYPE_NOT_ALLOWED));
	}

	@Test
	void everyRefusalIsExplainedInChineseAndInEnglish() {
		for (Reason reason : Reason.values()) {
			Object[] args = { "20 MB", 100_000, 20_000 };
			assertThat(messages.getMessage(reason.messageCode(), args, Locale.SIMPLIFIED_CHINESE)).as(reason.name())
				.doesNotContain("{");
			assertThat(messages.getMessage(reason.messageCode(), args, Locale.ENGLISH)).as(reason.name())
				.doesNotContain("{")
				.isNotEqualTo(messages.getMessage(reason.messageCode(), args, Locale.SIMPLIFIED_CHINESE));
		}
		assertThat(messages.getMessage(Reason.TYPE_NOT_ALLOWED.messageCode(), null, Locale.ENGLISH))
			.contains("content of the file");
	}

	@Test
	void anUnknownAttachmentIsNotFound() {
		UUID unknown = UUID.randomUUID();

		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> attachments.describe(unknown));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> attachments.open(unknown));
	}

	@Test
	void theLimitsAreThoseConfigured() {
		assertThat(attachments.maxFileSize()).isEqualTo(DataSize.ofMegabytes(20));
		assertThat(attachments.maxApplicationSize()).isEqualTo(DataSize.ofMegabytes(100));
	}

	private Path fileOf(UUID id) {
		return properties.directory().resolve(id.toString().substring(0, 2)).resolve(id.toString());
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
