package org.tongban.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A real PDF of about the size asked for: one page of text and an embedded file of random bytes that does not
 * compress, so that the upload and the platform's content check and encryption work on the full size.
 */
final class SamplePdf {

	private SamplePdf() {
	}

	static byte[] of(int approximateBytes, String marker) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream text = new PDPageContentStream(document, page)) {
				text.beginText();
				text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				text.newLineAtOffset(72, 720);
				text.showText("Tongban load driver material " + marker);
				text.endText();
			}
			byte[] noise = new byte[approximateBytes];
			new Random(marker.hashCode()).nextBytes(noise);
			PDStream padding = new PDStream(document);
			try (OutputStream stream = padding.createOutputStream(COSName.FLATE_DECODE)) {
				stream.write(noise);
			}
			document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("TongbanPadding"), padding);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write the sample PDF", ex);
		}
	}

}
