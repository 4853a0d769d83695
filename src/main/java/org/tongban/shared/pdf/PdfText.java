package org.tongban.shared.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Text in the fonts of one document: measures, wraps and shows text that mixes Chinese
 * and Latin script, each character in the font that has it. Characters neither font has
 * are shown as "?" rather than failing the document.
 */
public final class PdfText {

	/**
	 * Latin words and numbers stay whole on a line; Chinese may break between any two
	 * characters.
	 */
	private static final Pattern UNIT = Pattern.compile("[^\\s\\u2E80-\\uFFFF]+|[\\s\\S]");

	private final PDFont cjk;

	private final CmapLookup cjkGlyphs;

	private final PDFont latin;

	PdfText(PDFont cjk, CmapLookup cjkGlyphs, PDFont latin) {
		this.cjk = cjk;
		this.cjkGlyphs = cjkGlyphs;
		this.latin = latin;
	}

	/** The width of a text in points at a font size. */
	public float width(String text, float size) throws IOException {
		float width = 0;
		for (Run run : runs(text)) {
			width += run.font().getStringWidth(run.text()) / 1000 * size;
		}
		return width;
	}

	/**
	 * Shows a line of text at the current text position; call between {@code beginText}
	 * and {@code endText}.
	 */
	public void show(PDPageContentStream content, String text, float size) throws IOException {
		for (Run run : runs(text)) {
			content.setFont(run.font(), size);
			content.showText(run.text());
		}
	}

	/** The lines of a text no wider than a width, keeping its own line breaks. */
	public List<String> lines(String text, float size, float maxWidth) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.strip().split("\\R")) {
			var line = new StringBuilder();
			float lineWidth = 0;
			for (String piece : pieces(paragraph, size, maxWidth)) {
				float pieceWidth = width(piece, size);
				if (lineWidth + pieceWidth > maxWidth && !line.isEmpty()) {
					lines.add(line.toString().strip());
					line.setLength(0);
					lineWidth = 0;
					if (piece.isBlank()) {
						continue;
					}
				}
				line.append(piece);
				lineWidth += pieceWidth;
			}
			lines.add(line.toString().strip());
		}
		return lines;
	}

	/**
	 * The units a line may break between; a word too long for a line is broken between
	 * its letters.
	 */
	private List<String> pieces(String paragraph, float size, float maxWidth) throws IOException {
		List<String> pieces = new ArrayList<>();
		Matcher unit = UNIT.matcher(paragraph);
		while (unit.find()) {
			String piece = unit.group();
			if (piece.length() > 1 && width(piece, size) > maxWidth) {
				piece.codePoints().mapToObj(Character::toString).forEach(pieces::add);
			}
			else {
				pieces.add(piece);
			}
		}
		return pieces;
	}

	private List<Run> runs(String text) {
		List<Run> runs = new ArrayList<>();
		var current = new StringBuilder();
		PDFont currentFont = null;
		for (int codePoint : text.codePoints().toArray()) {
			int shown = Character.isISOControl(codePoint) ? ' ' : codePoint;
			PDFont font = inLatin(shown) ? latin : cjkGlyphs.getGlyphId(shown) != 0 ? cjk : latin;
			if (font == latin && !inLatin(shown)) {
				shown = '?';
			}
			if (font != currentFont && !current.isEmpty()) {
				runs.add(new Run(currentFont, current.toString()));
				current.setLength(0);
			}
			currentFont = font;
			current.appendCodePoint(shown);
		}
		if (!current.isEmpty()) {
			runs.add(new Run(currentFont, current.toString()));
		}
		return runs;
	}

	/** Latin letters, digits and punctuation: what Helvetica can show (Windows ANSI). */
	private static boolean inLatin(int codePoint) {
		return WinAnsiEncoding.INSTANCE.contains(GlyphList.getAdobeGlyphList().codePointToName(codePoint));
	}

	private record Run(PDFont font, String text) {
	}

}
