package org.tongban.storage.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.springframework.util.unit.DataSize;
import org.tongban.storage.AttachmentRefusedException;
import org.tongban.storage.AttachmentRefusedException.Reason;
import org.tongban.storage.AttachmentType;

/**
 * Decides what an upload is from its first bytes (R12.2), never from its name or the type
 * its sender declares, and checks that it is a sound file of that type that staff can
 * open safely (R3.3): a PDF that loads, is not encrypted and neither runs scripts nor
 * carries files, an image whose header decodes to sane dimensions, an OFD container that
 * is no archive bomb. A PDF or an image must begin with its signature at the very first
 * byte (a viewer would look further, past a web page or a script put before it) and must
 * not hide an archive (ASVS 5.2.2).
 */
public final class ContentInspection {

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	static final byte[] ZIP = { 'P', 'K', 3, 4 };

	/** How many times the file limit an OFD container may inflate to. */
	private static final int INFLATED_PER_FILE_SIZE = 10;

	private final DataSize maxFileSize;

	private final PdfInspection pdfs;

	private final ImageInspection images = new ImageInspection();

	private final ContainerInspection containers;

	public ContentInspection(DataSize maxFileSize) {
		this.maxFileSize = maxFileSize;
		this.pdfs = new PdfInspection(maxFileSize.toBytes());
		this.containers = new ContainerInspection(INFLATED_PER_FILE_SIZE * maxFileSize.toBytes());
	}

	/**
	 * Reads an upload, at most one byte more than the limit whatever length it declares,
	 * and checks it.
	 * @throws AttachmentRefusedException if it is empty, too large, of a type not allowed
	 * or not sound
	 */
	public InspectedContent inspect(InputStream upload) throws IOException {
		return inspect(read(upload));
	}

	/**
	 * Reads an upload, at most one byte more than the limit whatever length it declares.
	 * @throws AttachmentRefusedException if it is empty or too large
	 */
	public byte[] read(InputStream upload) throws IOException {
		byte[] bytes = upload.readNBytes(Math.toIntExact(maxFileSize.toBytes() + 1));
		if (bytes.length == 0) {
			throw new AttachmentRefusedException(Reason.EMPTY);
		}
		if (bytes.length > maxFileSize.toBytes()) {
			throw new AttachmentRefusedException(Reason.TOO_LARGE, maxFileSize.toMegabytes() + " MB");
		}
		return bytes;
	}

	/**
	 * Checks an upload {@link #read(InputStream) read} before.
	 * @throws AttachmentRefusedException if it is of a type not allowed or not sound
	 */
	public InspectedContent inspect(byte[] bytes) {
		AttachmentType type = typeOf(bytes);
		if (type != AttachmentType.OFD && HiddenArchives.within(bytes)) {
			throw new AttachmentRefusedException(Reason.POLYGLOT);
		}
		return new InspectedContent(type, bytes);
	}

	private AttachmentType typeOf(byte[] bytes) {
		if (startsWith(bytes, PDF)) {
			pdfs.check(bytes);
			return AttachmentType.PDF;
		}
		if (startsWith(bytes, JPEG)) {
			images.check(bytes, AttachmentType.JPEG);
			return AttachmentType.JPEG;
		}
		if (startsWith(bytes, PNG)) {
			images.check(bytes, AttachmentType.PNG);
			return AttachmentType.PNG;
		}
		if (startsWith(bytes, ZIP) && containers.isOfd(bytes)) {
			return AttachmentType.OFD;
		}
		throw new AttachmentRefusedException(Reason.TYPE_NOT_ALLOWED);
	}

	static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

}
