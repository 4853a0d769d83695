package org.tongban.storage.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.tongban.storage.AttachmentRefusedException;
import org.tongban.storage.AttachmentRefusedException.Reason;

/**
 * A PDF is sound if it is whole, ends at its last {@code %%EOF} (whitespace aside, so
 * that nothing rides behind it), loads, has pages, opens without a password, so that
 * staff can read it, and does nothing but show itself (R3.3, ASVS 5.2.2). Every object of
 * the file is looked at, wherever it is written: indirect or inline in another dictionary
 * or array, in a stream's dictionary, in a compressed object stream, reachable from the
 * trailer or not. Refused there, by the PDF name found:
 * <ul>
 * <li>scripts: {@code /JS}, the {@code /JavaScript} name tree, XFA forms ({@code /XFA},
 * whose scripts run too);</li>
 * <li>files carried inside: {@code /EF}, {@code /EmbeddedFile(s)},
 * {@code /RichMediaContent};</li>
 * <li>actions that run code, reach other files or send data:
 * {@code JavaScript, Launch, ImportData, SubmitForm,
 * GoToR, GoToE, RichMediaExecute, Rendition, Movie, Sound}; also the annotations that
 * play media or carry files
 * ({@code FileAttachment, Sound, Movie, Screen, RichMedia, 3D});</li>
 * <li>{@code URI} actions other than absolute {@code http:}, {@code https:} and
 * {@code mailto:} links, which many ordinary documents have and a viewer opens only on a
 * click, after asking: a {@code file:} or {@code \\server} link would reach the reader's
 * disk or network (and leak their Windows credentials).</li>
 * </ul>
 * Harmless actions stay allowed: going to a page ({@code GoTo}), named viewer commands,
 * showing layers or fields. A file too deep or too large to be walked within
 * {@link #MAX_DEPTH} and {@link #MAX_OBJECTS} is refused, never passed unchecked.
 */
final class PdfInspection {

	/**
	 * How far, in dictionaries and arrays, an object may lie from the trailer or its own
	 * cross-reference entry.
	 */
	static final int MAX_DEPTH = 1_000;

	/**
	 * How many dictionaries and arrays a file may hold: a 20 MB document of text has some
	 * tens of thousands.
	 */
	static final int MAX_OBJECTS = 500_000;

	private static final byte[] END_OF_FILE = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	/** Keys whose mere presence means a script or a file inside. */
	private static final Set<COSName> ACTIVE_KEYS = Set.of(COSName.JS, COSName.JAVA_SCRIPT, COSName.EF,
			COSName.EMBEDDED_FILES, COSName.XFA, name("RichMediaContent"));

	/**
	 * Actions that run code, reach outside the document or send data out (ISO 32000-1,
	 * 12.6.4).
	 */
	private static final Set<COSName> ACTIVE_ACTIONS = Set.of(COSName.JAVA_SCRIPT, name("Launch"), name("ImportData"),
			name("SubmitForm"), name("GoToR"), name("GoToE"), name("RichMediaExecute"), name("Rendition"),
			name("Movie"), name("Sound"));

	/** Annotations that play media or hold files (ISO 32000-1, 12.5.6). */
	private static final Set<COSName> ACTIVE_ANNOTATIONS = Set.of(name("FileAttachment"), name("Sound"), name("Movie"),
			name("Screen"), name("RichMedia"), name("3D"));

	private static final Pattern SAFE_LINK = Pattern.compile("(?i)(https?://|mailto:)\\S+");

	private final long maxMemory;

	PdfInspection(long maxMemory) {
		this.maxMemory = maxMemory;
	}

	void check(byte[] pdf) {
		if (!endsAtMarker(pdf)) {
			throw new AttachmentRefusedException(hasMarker(pdf) ? Reason.PDF_APPENDED_DATA : Reason.PDF_CORRUPT);
		}
		// Bounded memory, and no plaintext in temporary files.
		try (PDDocument document = Loader.loadPDF(pdf, "", null, null,
				MemoryUsageSetting.setupMainMemoryOnly(maxMemory).streamCache)) {
			// Also a PDF with an owner password only: it opens, but may forbid copying or
			// printing.
			if (document.isEncrypted()) {
				throw new AttachmentRefusedException(Reason.PDF_ENCRYPTED);
			}
			if (document.getNumberOfPages() < 1) {
				throw new AttachmentRefusedException(Reason.PDF_CORRUPT);
			}
			walk(document.getDocument());
		}
		catch (InvalidPasswordException ex) {
			throw new AttachmentRefusedException(Reason.PDF_ENCRYPTED);
		}
		catch (AttachmentRefusedException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// Also objects nested inline beyond what PDFBox parses.
			throw new AttachmentRefusedException(Reason.PDF_CORRUPT);
		}
	}

	/**
	 * Breadth first from the trailer, then from every object of the cross-reference table
	 * not reached so far, since a viewer may find those too; each dictionary and array
	 * once, however often it is referred to.
	 */
	private static void walk(COSDocument document) {
		Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Found> queue = new ArrayDeque<>();
		queue.add(new Found(document.getTrailer(), 0));
		drain(queue, seen);
		for (COSObjectKey key : document.getXrefTable().keySet()) {
			queue.add(new Found(document.getObjectFromPool(key), 0));
			drain(queue, seen);
		}
	}

	private static void drain(Deque<Found> queue, Set<COSBase> seen) {
		while (!queue.isEmpty()) {
			Found next = queue.poll();
			COSBase object = next.object() instanceof COSObject reference ? parsed(reference) : next.object();
			if (!(object instanceof COSDictionary || object instanceof COSArray) || !seen.add(object)) {
				continue;
			}
			if (next.depth() > MAX_DEPTH || seen.size() > MAX_OBJECTS) {
				throw new AttachmentRefusedException(Reason.PDF_TOO_COMPLEX);
			}
			int depth = next.depth() + 1;
			// A stream is a dictionary too; its data is drawn or decoded, never run.
			if (object instanceof COSDictionary dictionary) {
				refuseActive(dictionary);
				dictionary.getValues().forEach(value -> queue.add(new Found(value, depth)));
			}
			else {
				((COSArray) object).forEach(item -> queue.add(new Found(item, depth)));
			}
		}
	}

	/**
	 * An object PDFBox cannot parse, such as one nested deeper than it goes, is not
	 * passed unseen: a viewer might parse it and run what it holds. (A reference to an
	 * object the file lacks is PDF's null, not a failure.)
	 */
	private static COSBase parsed(COSObject reference) {
		COSBase object = reference.getObject();
		if (object == null) {
			throw new AttachmentRefusedException(Reason.PDF_CORRUPT);
		}
		return object;
	}

	private static void refuseActive(COSDictionary dictionary) {
		COSName action = dictionary.getCOSName(COSName.S);
		if (action != null && ACTIVE_ACTIONS.contains(action)) {
			throw active(action);
		}
		COSName annotation = dictionary.getCOSName(COSName.SUBTYPE);
		if (annotation != null && ACTIVE_ANNOTATIONS.contains(annotation)) {
			throw active(annotation);
		}
		for (COSName key : dictionary.keySet()) {
			if (ACTIVE_KEYS.contains(key)) {
				throw active(key);
			}
		}
		if (COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))) {
			throw active(COSName.EMBEDDED_FILE);
		}
		if (COSName.URI.equals(action)) {
			String link = dictionary.getString(COSName.URI);
			if (link == null || !SAFE_LINK.matcher(link.strip()).matches()) {
				throw new AttachmentRefusedException(Reason.PDF_UNSAFE_LINK);
			}
		}
	}

	private static AttachmentRefusedException active(COSName found) {
		return new AttachmentRefusedException(Reason.PDF_ACTIVE_CONTENT, found.getName());
	}

	/**
	 * Whether nothing but white space follows the last end-of-file marker: line ends,
	 * spaces, tabs and form feeds (ISO 32000-1, 7.2.2), not the NUL that the standard
	 * also counts, in which a file could hide anything.
	 */
	private static boolean endsAtMarker(byte[] pdf) {
		int end = pdf.length;
		while (end > 0 && isWhitespace(pdf[end - 1])) {
			end--;
		}
		return end >= END_OF_FILE.length
				&& Arrays.equals(pdf, end - END_OF_FILE.length, end, END_OF_FILE, 0, END_OF_FILE.length);
	}

	private static boolean hasMarker(byte[] pdf) {
		for (int at = pdf.length - END_OF_FILE.length; at >= 0; at--) {
			if (Arrays.equals(pdf, at, at + END_OF_FILE.length, END_OF_FILE, 0, END_OF_FILE.length)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isWhitespace(byte character) {
		return character == '\t' || character == '\n' || character == '\f' || character == '\r' || character == ' ';
	}

	private static COSName name(String name) {
		return COSName.getPDFName(name);
	}

	/**
	 * An object to look at, found so many dictionaries and arrays away from where the
	 * walk began.
	 */
	private record Found(COSBase object, int depth) {
	}

}
