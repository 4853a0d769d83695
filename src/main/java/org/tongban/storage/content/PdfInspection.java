package org.tongban.storage.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.tongban.storage.AttachmentRefusedException;
import org.tongban.storage.AttachmentRefusedException.Reason;

/** A PDF is sound if it is whole, loads, has pages and opens without a password, so that staff can read it. */
final class PdfInspection {

	private static final byte[] END_OF_FILE = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	/** Where the end-of-file marker must be, counted from the end (ISO 32000-1, 7.5.5). */
	private static final int TRAILER_LENGTH = 1024;

	private final long maxMemory;

	PdfInspection(long maxMemory) {
		this.maxMemory = maxMemory;
	}

	void check(byte[] pdf) {
		// PDFBox repairs what it can, which would let a cut-off upload through: a whole file ends with its marker.
		if (!endsWithMarker(pdf)) {
			throw new AttachmentRefusedException(Reason.PDF_CORRUPT);
		}
		try (PDDocument document = load(pdf)) {
			// Also a PDF with an owner password only: it opens, but may forbid copying or printing.
			if (document.isEncrypted()) {
				throw new AttachmentRefusedException(Reason.PDF_ENCRYPTED);
			}
			if (document.getNumberOfPages() < 1) {
				throw new AttachmentRefusedException(Reason.PDF_CORRUPT);
			}
		}
		catch (IOException ex) {
			throw new AttachmentRefusedException(Reason.PDF_CORRUPT);
		}
	}

	private PDDocument load(byte[] pdf) {
		try {
			// Bounded memory, and no plaintext in temporary files.
			return Loader.loadPDF(pdf, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(maxMemory).streamCache);
		}
		catch (InvalidPasswordException ex) {
			throw new AttachmentRefusedException(Reason.PDF_ENCRYPTED);
		}
		catch (IOException | RuntimeException ex) {
			throw new AttachmentRefusedException(Reason.PDF_CORRUPT);
		}
	}

	private static boolean endsWithMarker(byte[] pdf) {
		for (int at = pdf.length - END_OF_FILE.length; at >= Math.max(0, pdf.length - TRAILER_LENGTH); at--) {
			if (Arrays.equals(pdf, at, at + END_OF_FILE.length, END_OF_FILE, 0, END_OF_FILE.length)) {
				return true;
			}
		}
		return false;
	}

}
