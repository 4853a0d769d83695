package org.tongban.application.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small, valid files to upload as materials, as an applicant would scan them. */
final class TestFiles {

	private TestFiles() {
	}

	/** A one-page PDF that says what it is. */
	static byte[] pdf(String text) {
		try (var document = new PDDocument(); var bytes = new ByteArrayOutputStream()) {
			var page = new PDPage();
			document.addPage(page);
			try (var content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The PDF written to a file of the directory, for a browser's file input. */
	static Path pdf(Path directory, String fileName) {
		try {
			return Files.write(directory.resolve(fileName), pdf(fileName));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
