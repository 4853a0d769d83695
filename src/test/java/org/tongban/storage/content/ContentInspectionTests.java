package org.tongban.storage.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.tongban.storage.SampleFiles.exe;
import static org.tongban.storage.SampleFiles.html;
import static org.tongban.storage.SampleFiles.jpeg;
import static org.tongban.storage.SampleFiles.ofd;
import static org.tongban.storage.SampleFiles.ofdBomb;
import static org.tongban.storage.SampleFiles.ofdWith;
import static org.tongban.storage.SampleFiles.passwordProtectedPdf;
import static org.tongban.storage.SampleFiles.pdf;
import static org.tongban.storage.SampleFiles.pdfWithEmbeddedFile;
import static org.tongban.storage.SampleFiles.png;
import static org.tongban.storage.SampleFiles.pngClaiming;
import static org.tongban.storage.SampleFiles.restrictedPdf;
import static org.tongban.storage.SampleFiles.scriptedPdf;
import static org.tongban.storage.SampleFiles.text;
import static org.tongban.storage.SampleFiles.truncated;
import static org.tongban.storage.SampleFiles.zip;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.tongban.storage.AttachmentRefusedException;
import org.tongban.storage.AttachmentRefusedException.Reason;
import org.tongban.storage.AttachmentType;

/**
 * An upload is typed by its content, never by its name or declared type, and only sound
 * PDF, JPEG, PNG and OFD files are let through: nothing empty or too large, no program or
 * page renamed, no damaged or password-protected file, no PDF with scripts or embedded
 * files, no decompression or archive bomb (R3.3, R12.2).
 */
class ContentInspectionTests {

	private static final DataSize LIMIT = DataSize.ofMegabytes(20);

	private final ContentInspection inspection = new ContentInspection(LIMIT);

	@Test
	void soundFilesOfEachAllowedTypeAreTypedByTheirContent() throws IOException {
		assertThat(typeOf(pdf("Application form"))).isEqualTo(AttachmentType.PDF);
		assertThat(typeOf(jpeg(640, 480))).isEqualTo(AttachmentType.JPEG);
		assertThat(typeOf(png(640, 480))).isEqualTo(AttachmentType.PNG);
		assertThat(typeOf(ofd())).isEqualTo(AttachmentType.OFD);
	}

	@Test
	void anEmptyFileIsRefused() {
		assertRefused(new byte[0], Reason.EMPTY);
	}

	@Test
	void aFileOverTheLimitIsRefusedWithoutReadingFurtherWhateverItDeclares() throws IOException {
		byte[] largest = new byte[Math.toIntExact(LIMIT.toBytes())];
		byte[] pdf = pdf("large");
		System.arraycopy(pdf, 0, largest, 0, pdf.length);
		var counting = new CountingStream(new byte[largest.length + 1_000_000]);

		AttachmentRefusedException refusal = catchThrowableOfType(AttachmentRefusedException.class,
				() -> inspection.inspect(counting));

		assertThat(refusal.reason()).isEqualTo(Reason.TOO_LARGE);
		assertThat(refusal.messageArgs()).containsExactly("20 MB");
		assertThat(counting.read).isEqualTo(LIMIT.toBytes() + 1);
		// Exactly at the limit is not too large: it fails only for the zeros after the
		// end of the PDF.
		assertRefused(largest, Reason.PDF_APPENDED_DATA);
	}

	@Test
	void aProgramNamedLikeAPdfIsNotAllowed() {
		assertRefused(exe(), Reason.TYPE_NOT_ALLOWED);
	}

	@Test
	void aWebPageNamedLikeAnImageIsNotAllowed() {
		assertRefused(html(), Reason.TYPE_NOT_ALLOWED);
		assertRefused(text("#!/bin/sh\nrm -rf /\n"), Reason.TYPE_NOT_ALLOWED);
	}

	@Test
	void aPlainArchiveOrAnOfficeDocumentIsNotAllowed() {
		assertRefused(zip(Map.of("readme.txt", text("hello"))), Reason.TYPE_NOT_ALLOWED);
		assertRefused(zip(Map.of("[Content_Types].xml", text("<Types/>"), "word/document.xml", text("<w:document/>"),
				"_rels/.rels", text("<Relationships/>"))), Reason.TYPE_NOT_ALLOWED);
		assertRefused(zip(Map.of("Doc_0/OFD.xml", text("<ofd:OFD/>"))), Reason.TYPE_NOT_ALLOWED);
	}

	@Test
	void aTruncatedPdfIsRefused() {
		assertRefused(truncated(pdf("cut off")), Reason.PDF_CORRUPT);
		assertRefused(text("%PDF-1.7\n%%EOF\n"), Reason.PDF_CORRUPT);
	}

	@Test
	void aPasswordProtectedOrRestrictedPdfIsRefusedBecauseStaffCouldNotReadIt() {
		assertRefused(passwordProtectedPdf(), Reason.PDF_ENCRYPTED);
		assertRefused(restrictedPdf(), Reason.PDF_ENCRYPTED);
	}

	@Test
	void aPdfThatRunsScriptsOrCarriesFilesIsRefused() {
		assertRefused(scriptedPdf(), Reason.PDF_ACTIVE_CONTENT);
		assertRefused(pdfWithEmbeddedFile(), Reason.PDF_ACTIVE_CONTENT);
	}

	@Test
	void aDamagedImageIsRefused() {
		assertRefused(truncated(truncated(truncated(png(64, 64)))), Reason.IMAGE_CORRUPT);
		byte[] jpeg = jpeg(64, 64);
		assertRefused(java.util.Arrays.copyOf(jpeg, 4), Reason.IMAGE_CORRUPT);
	}

	@Test
	void anImageClaimingAbsurdDimensionsIsRefusedBeforeAnybodyDecodesIt() {
		AttachmentRefusedException refusal = assertRefused(pngClaiming(100_000, 100_000), Reason.IMAGE_TOO_LARGE);

		assertThat(refusal.messageArgs()).containsExactly(100_000, 100_000, 20_000);
		assertRefused(pngClaiming(20_001, 10), Reason.IMAGE_TOO_LARGE);
	}

	@Test
	void anArchiveBombIsRefusedWithoutInflatingIt() {
		byte[] bomb = ofdBomb(300);
		assertThat(bomb.length).as("compressed").isLessThan(1024 * 1024);

		assertRefused(bomb, Reason.ARCHIVE_BOMB);
	}

	@Test
	void anArchiveWithTooManyEntriesIsRefused() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		for (int i = 0; i < 10_000; i++) {
			entries.put("Doc_0/Res/" + i + ".xml", new byte[0]);
		}

		assertRefused(ofdWith(entries), Reason.ARCHIVE_TOO_MANY_ENTRIES);
	}

	@Test
	void anEntryThatWouldEscapeTheDirectoryItIsUnpackedToIsRefused() {
		for (String name : new String[] { "../evil", "Doc_0/../../evil", "/etc/passwd", "\\windows\\evil.dll",
				"C:/evil", "Doc_0\\..\\..\\evil" }) {
			assertRefused(ofdWith(Map.of(name, text("evil"))), Reason.ARCHIVE_UNSAFE_PATH);
		}
	}

	@Test
	void anArchiveWithinTheArchiveIsRefused() {
		assertRefused(ofdWith(Map.of("Doc_0/Res/inner.bin", ofd())), Reason.ARCHIVE_NESTED);
	}

	@Test
	void aDamagedArchiveIsRefused() {
		assertRefused(truncated(ofd()), Reason.ARCHIVE_CORRUPT);
	}

	private AttachmentType typeOf(byte[] file) throws IOException {
		return typeOf(inspection, file);
	}

	private AttachmentRefusedException assertRefused(byte[] file, Reason reason) {
		return assertRefused(inspection, file, reason);
	}

	static AttachmentType typeOf(ContentInspection inspection, byte[] file) throws IOException {
		return inspection.inspect(new ByteArrayInputStream(file)).type();
	}

	/**
	 * Asserts that the file is refused for the reason, as the parameter "file", and
	 * answers the refusal.
	 */
	static AttachmentRefusedException assertRefused(ContentInspection inspection, byte[] file, Reason reason) {
		AttachmentRefusedException refusal = catchThrowableOfType(AttachmentRefusedException.class,
				() -> typeOf(inspection, file));
		assertThat(refusal).as("refusal").isNotNull();
		assertThat(refusal.reason()).isEqualTo(reason);
		assertThat(refusal.messageCode()).isEqualTo(reason.messageCode());
		assertThat(refusal.parameter()).isEqualTo("file");
		return refusal;
	}

	/** An upload that counts what is read of it. */
	private static final class CountingStream extends InputStream {

		private final ByteArrayInputStream bytes;

		long read;

		CountingStream(byte[] bytes) {
			this.bytes = new ByteArrayInputStream(bytes);
		}

		@Override
		public int read() {
			int next = bytes.read();
			read += next < 0 ? 0 : 1;
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			int count = bytes.read(buffer, offset, length);
			read += Math.max(count, 0);
			return count;
		}

	}

}
