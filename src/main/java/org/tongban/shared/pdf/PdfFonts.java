package org.tongban.shared.pdf;

import java.io.IOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The fonts of the PDF documents the platform generates (application forms, notices, licences). Chinese is set in
 * the CJK TrueType font that ships with the build, embedded as a subset so that every reader shows the same glyphs
 * in a small file. That font has no Latin letters or digits; they are set in Helvetica, a standard font that every
 * PDF reader has. The font file is read once; each document parses what it needs from the shared bytes.
 */
@Component
public class PdfFonts {

	private final byte[] cjkFont;

	PdfFonts(@Value("classpath:fonts/DroidSansFallbackFull.ttf") Resource cjkFont) throws IOException {
		this.cjkFont = cjkFont.getContentAsByteArray();
	}

	/** The fonts for one document; the subset of the CJK font it uses is embedded when the document is saved. */
	public PdfText embedIn(PDDocument document) throws IOException {
		TrueTypeFont cjk = new TTFParser().parse(new RandomAccessReadBuffer(cjkFont));
		document.registerTrueTypeFontForClosing(cjk);
		return new PdfText(PDType0Font.load(document, cjk, true), cjk.getUnicodeCmapLookup(),
				new PDType1Font(Standard14Fonts.FontName.HELVETICA));
	}

}
