package org.tongban.storage.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.tongban.storage.AttachmentRefusedException;
import org.tongban.storage.AttachmentRefusedException.Reason;

/**
 * A PDF is sound if it is whole, loads, has pages, opens without a password, so that staff can read it, and does
 * nothing but show itself: no scripts, no programs to launch, no files embedded in it, which is how PDFs carry
 * malware to whoever opens them (R3.3).
 */
final class PdfInspection {

	private static final byte[] END_OF_FILE = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	/** Where the end-of-file marker must be, counted from the end (ISO 32000-1, 7.5.5). */
	private static final int TRAILER_LENGTH = 1024;

	/** Actions that run code or reach outside the document (ISO 32000-1, 12.6.4). */
	private static final Set<COSName> ACTIVE_ACTIONS = Set.of(COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"),
			COSName.getPDFName("ImportData"), COSName.getPDFName("RichMediaExecute"));

	private final long maxMemory;

	PdfInspection(long maxMemory) {
		this.maxMemory = maxMemory;
	}

	void check(byte[] pdf) {
		// PDFBox repairs what it can, which would let a cut-off upload through: a whole file ends with its marker.
		Optional<Reason> refusal = endsWithMarker(pdf) ? refusalOf(pdf) : Optional.of(Reason.PDF_CORRUPT);
		if (refusal.isPresent()) {
			throw new AttachmentRefusedException(refusal.get());
		}
	}

	private Optional<Reason> refusalOf(byte[] pdf) {
		// Bounded memory, and no plaintext in temporary files.
		try (PDDocument document = Loader.loadPDF(pdf, "", null, null,
				MemoryUsageSetting.setupMainMemoryOnly(maxMemory).streamCache)) {
			// Also a PDF with an owner password only: it opens, but may forbid copying or printing.
			if (document.isEncrypted()) {
				return Optional.of(Reason.PDF_ENCRYPTED);
			}
			if (document.getNumberOfPages() < 1) {
				return Optional.of(Reason.PDF_CORRUPT);
			}
			return hasActiveContent(document.getDocument()) ? Optional.of(Reason.PDF_ACTIVE_CONTENT)
					: Optional.empty();
		}
		catch (InvalidPasswordException ex) {
			return Optional.of(Reason.PDF_ENCRYPTED);
		}
		catch (IOException | RuntimeException ex) {
			return Optional.of(Reason.PDF_CORRUPT);
		}
	}

	/** Every object of the file, not only those reachable from the pages, since a viewer may find the others. */
	private static boolean hasActiveContent(COSDocument document) {
		for (COSObjectKey key : document.getXrefTable().keySet()) {
			COSBase object = document.getObjectFromPool(key).getObject();
			if (object instanceof COSDictionary dictionary && isActive(dictionary)) {
				return true;
			}
		}
		return false;
	}

	/** A script, a name tree of scripts, an embedded file, or an action that runs code or reaches outside. */
	private static boolean isActive(COSDictionary dictionary) {
		COSName action = dictionary.getCOSName(COSName.S);
		return dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.JAVA_SCRIPT)
				|| dictionary.containsKey(COSName.EF) || action != null && ACTIVE_ACTIONS.contains(action);
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
