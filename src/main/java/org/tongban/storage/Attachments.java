package org.tongban.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.crypto.DecryptionException;
import org.tongban.shared.crypto.FileCipher;
import org.tongban.storage.AttachmentRefusedException.Reason;
import org.tongban.storage.content.ContentInspection;
import org.tongban.storage.content.DisplayName;
import org.tongban.storage.content.InspectedContent;
import org.tongban.storage.files.AttachmentFiles;
import org.tongban.storage.records.AttachmentRecords;
import org.tongban.storage.scanning.MalwareScanner;

/**
 * The materials applicants upload (R3.3, R12.2). An upload is typed by its content,
 * checked, encrypted under the platform's keys and stored under an id the server makes
 * up; nothing the uploader sent but the bytes, and the name as display text, is kept.
 * Every upload is scanned for viruses first, as it came, when a scanner is configured
 * (ASVS 5.4.3). Reading back checks the file against the SHA-256 taken when it was
 * stored, so that a changed or damaged file is never handed out.
 */
@Service
public class Attachments {

	public static final int MAX_DISPLAY_NAME_LENGTH = DisplayName.MAX_LENGTH;

	private static final Logger log = LoggerFactory.getLogger(Attachments.class);

	private final StorageProperties properties;

	private final ContentInspection inspection;

	private final FileCipher cipher;

	private final AttachmentFiles files;

	private final AttachmentRecords records;

	private final Clock clock;

	private final Optional<MalwareScanner> scanner;

	Attachments(StorageProperties properties, ContentInspection inspection, FileCipher cipher, AttachmentFiles files,
			AttachmentRecords records, Clock clock, Optional<MalwareScanner> scanner) {
		this.properties = properties;
		this.inspection = inspection;
		this.scanner = scanner;
		if (scanner.isEmpty()) {
			log.warn("No virus scanner is configured (tongban.storage.scanner.clamd.*): uploads are not scanned");
		}
		this.cipher = cipher;
		this.files = files;
		this.records = records;
		this.clock = clock;
	}

	/**
	 * Checks and stores an upload, reading at most one byte more than
	 * {@link #maxFileSize()} of it, whatever length it declares. The caller closes
	 * {@code content}.
	 * @param displayName the name the uploader gave, kept as display text only; may be
	 * {@code null}
	 * @throws AttachmentRefusedException if the upload is empty, too large, infected, not
	 * a PDF, JPEG, PNG or OFD file by its content, or not a sound one
	 * @throws MalwareScanUnavailableException if the virus scanner is configured but
	 * could not scan it
	 */
	public StoredAttachment store(String displayName, InputStream content) {
		try {
			byte[] bytes = inspection.read(content);
			scan(bytes);
			InspectedContent upload = inspection.inspect(bytes);
			UUID id = UUID.randomUUID();
			String keyId = cipher.activeKeyId();
			files.write(id, sink -> cipher.encrypt(new ByteArrayInputStream(upload.bytes()), sink));
			var attachment = new StoredAttachment(id, DisplayName.of(displayName, upload.type()).value(), upload.type(),
					upload.bytes().length, sha256(new ByteArrayInputStream(upload.bytes())),
					clock.instant().truncatedTo(ChronoUnit.MICROS));
			recordOrDelete(attachment, keyId);
			return attachment;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The attachment could not be stored", ex);
		}
	}

	/**
	 * @throws NotFoundException if no attachment has the id
	 */
	public StoredAttachment describe(UUID id) {
		return records.find(id).orElseThrow(() -> new NotFoundException("storage.notFound"));
	}

	/**
	 * Opens an attachment for download, after checking that the file is the one stored.
	 * The caller closes the content; see {@link AttachmentContent} for the headers to
	 * answer with.
	 * @throws NotFoundException if no attachment has the id
	 * @throws AttachmentDamagedException if its file is missing, was changed or is
	 * damaged
	 */
	public AttachmentContent open(UUID id) {
		StoredAttachment attachment = describe(id);
		try {
			String sha256;
			try (InputStream plaintext = cipher.decrypt(files.read(id))) {
				sha256 = sha256(plaintext);
			}
			if (!sha256.equals(attachment.sha256())) {
				throw damaged(id, "does not match its SHA-256", null);
			}
			// Opened again rather than held in memory; its segments are still
			// authenticated as they are read.
			return new AttachmentContent(attachment, cipher.decrypt(files.read(id)));
		}
		catch (NoSuchFileException ex) {
			throw damaged(id, "has no file", ex);
		}
		catch (DecryptionException ex) {
			throw damaged(id, "cannot be decrypted: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Attachment " + id + " could not be read", ex);
		}
	}

	/**
	 * What scans uploads for viruses, for the administrators; empty when uploads are not
	 * scanned.
	 */
	public Optional<String> malwareScanner() {
		return scanner.map(MalwareScanner::description);
	}

	/** The most one file may weigh. */
	public DataSize maxFileSize() {
		return properties.maxFileSize();
	}

	/**
	 * The most all attachments of one application may weigh together, which the
	 * application enforces.
	 */
	public DataSize maxApplicationSize() {
		return properties.maxApplicationSize();
	}

	/**
	 * Before the type is even looked at, so that an infected file is called infected,
	 * whatever else it is.
	 */
	private void scan(byte[] upload) {
		if (scanner.isEmpty()) {
			return;
		}
		Optional<String> found;
		try {
			found = scanner.get().scan(upload);
		}
		catch (IOException ex) {
			log.warn("An upload is refused because {} could not scan it: {}", scanner.get().description(),
					ex.getMessage());
			throw new MalwareScanUnavailableException();
		}
		if (found.isPresent()) {
			log.warn("An upload is refused: {} found {}", scanner.get().description(), found.get());
			throw new AttachmentRefusedException(Reason.MALWARE, found.get());
		}
	}

	private void recordOrDelete(StoredAttachment attachment, String keyId) throws IOException {
		try {
			records.insert(attachment, keyId);
		}
		catch (RuntimeException ex) {
			files.delete(attachment.id());
			throw ex;
		}
	}

	private static AttachmentDamagedException damaged(UUID id, String why, Throwable cause) {
		var damage = new AttachmentDamagedException(id, why, cause);
		log.error("{}; it is not handed out", damage.getMessage());
		return damage;
	}

	private static String sha256(InputStream content) throws IOException {
		try {
			var digest = new DigestInputStream(content, MessageDigest.getInstance("SHA-256"));
			digest.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(digest.getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
