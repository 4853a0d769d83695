package org.tongban.storage;

import org.tongban.shared.InvalidParameterException;

/**
 * An upload refused, with the reason in the reader's language from the message code of
 * its {@link Reason}. The web layer answers it as a refused parameter
 * {@value #PARAMETER}; a form whose file field has another name shows the message code
 * beside that field.
 */
public class AttachmentRefusedException extends InvalidParameterException {

	public static final String PARAMETER = "file";

	/** Why an upload is refused, each with a message of {@code i18n/storage}. */
	public enum Reason {

		EMPTY("storage.refused.empty"),

		/** Arguments: the limit, e.g. "20 MB". */
		TOO_LARGE("storage.refused.tooLarge"),

		/** Not a PDF, JPEG, PNG or OFD file by its content, whatever its name. */
		TYPE_NOT_ALLOWED("storage.refused.type"),

		PDF_CORRUPT("storage.refused.pdf.corrupt"),

		/**
		 * Something follows the end-of-file marker: an archive, a program, a page
		 * appended.
		 */
		PDF_APPENDED_DATA("storage.refused.pdf.appended"),

		/** Staff could not read it. */
		PDF_ENCRYPTED("storage.refused.pdf.encrypted"),

		/**
		 * Scripts, programs to launch, embedded files, forms that send data, media: how
		 * PDFs carry malware. Arguments: the PDF name found, e.g. "JavaScript".
		 */
		PDF_ACTIVE_CONTENT("storage.refused.pdf.active"),

		/**
		 * A link to a file, a network share or a program rather than a web page or an
		 * e-mail address.
		 */
		PDF_UNSAFE_LINK("storage.refused.pdf.link"),

		/** Nested too deep or too many objects to be checked. */
		PDF_TOO_COMPLEX("storage.refused.pdf.complex"),

		IMAGE_CORRUPT("storage.refused.image.corrupt"),

		/** Arguments: width, height, the largest width and height allowed. */
		IMAGE_TOO_LARGE("storage.refused.image.dimensions"),

		ARCHIVE_CORRUPT("storage.refused.archive.corrupt"),

		/** Inflates to far more than it weighs. */
		ARCHIVE_BOMB("storage.refused.archive.bomb"),

		/** Arguments: the largest number of entries allowed. */
		ARCHIVE_TOO_MANY_ENTRIES("storage.refused.archive.entries"),

		ARCHIVE_NESTED("storage.refused.archive.nested"),

		/**
		 * An entry would be written outside the container: {@code ../}, an absolute path.
		 */
		ARCHIVE_UNSAFE_PATH("storage.refused.archive.path"),

		/** A PDF or an image that is also an archive (ZIP, RAR, 7z). */
		POLYGLOT("storage.refused.polyglot"),

		/** The malware scanner found something. Arguments: the name of what it found. */
		MALWARE("storage.refused.malware");

		private final String messageCode;

		Reason(String messageCode) {
			this.messageCode = messageCode;
		}

		public String messageCode() {
			return messageCode;
		}

	}

	private final Reason reason;

	public AttachmentRefusedException(Reason reason, Object... messageArgs) {
		super(PARAMETER, reason.messageCode(), messageArgs);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
