package org.tongban.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

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
 * Makes the PDF documents the platform generates (application forms, notices, licences)
 * in their fonts. Chinese is set in the CJK TrueType font that ships with the build,
 * embedded as a subset so that every reader shows the same glyphs in a small file. That
 * font has no Latin letters or digits; they are set in Helvetica, a standard font that
 * every PDF reader has.
 */
@Component
public class PdfFonts {

	/**
	 * How many parsed fonts wait for the next document; more documents at once parse
	 * their own.
	 */
	private static final int KEPT = 4;

	private final byte[] cjkFont;

	/**
	 * Parsed fonts, each used by one document at a time: parsing the 4 MB font for every
	 * document was a tenth of the platform's CPU under load (docs/benchmarks.md). A font
	 * is handed back once its document is saved.
	 */
	private final BlockingQueue<TrueTypeFont> parsed = new ArrayBlockingQueue<>(KEPT);

	PdfFonts(@Value("classpath:fonts/DroidSansFallbackFull.ttf") Resource cjkFont) throws IOException {
		this.cjkFont = cjkFont.getContentAsByteArray();
	}

	/**
	 * A new document laid out with these fonts, saved; the subset of the CJK font it uses
	 * is embedded.
	 */
	public byte[] render(Layout layout) {
		TrueTypeFont cjk = parsed.poll();
		try {
			if (cjk == null) {
				cjk = new TTFParser().parse(new RandomAccessReadBuffer(cjkFont));
			}
			try (var document = new PDDocument()) {
				layout.write(document, new PdfText(PDType0Font.load(document, cjk, true), cjk.getUnicodeCmapLookup(),
						new PDType1Font(Standard14Fonts.FontName.HELVETICA)));
				var pdf = new ByteArrayOutputStream();
				document.save(pdf);
				return pdf.toByteArray();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (cjk != null && !parsed.offer(cjk)) {
				close(cjk);
			}
		}
	}

	private static void close(TrueTypeFont font) {
		try {
			font.close();
		}
		catch (IOException ex) {
			// Nothing was written: a font read from memory has nothing to release.
		}
	}

	/** Lays out a document; {@code text} holds its fonts. */
	@FunctionalInterface
	public interface Layout {

		void write(PDDocument document, PdfText text) throws IOException;

	}

}
