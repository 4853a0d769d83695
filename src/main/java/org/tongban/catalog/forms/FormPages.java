package org.tongban.catalog.forms;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.tongban.shared.pdf.PdfText;

/**
 * Lays out a paper form from top to bottom on A4 pages: text, section headings and blanks to fill in. Starts a new
 * page whenever the next block would not fit, so that a label is never separated from its blank.
 */
class FormPages implements AutoCloseable {

	static final float BODY = 10.5f;

	static final float SMALL = 8.5f;

	private static final float TITLE = 18;

	private static final PDRectangle A4 = PDRectangle.A4;

	private static final float MARGIN = 56;

	private static final float WIDTH = A4.getWidth() - 2 * MARGIN;

	private static final float LEADING = 1.45f;

	private static final float SQUARE = 9;

	private static final Color TEXT = Color.BLACK;

	private static final Color MUTED = new Color(0x4f, 0x5a, 0x66);

	private static final Color BRAND = new Color(0x0b, 0x3d, 0x91);

	private static final Color TINT = new Color(0xe9, 0xef, 0xf9);

	private final PDDocument document;

	private final PdfText text;

	private PDPageContentStream content;

	private float y;

	FormPages(PDDocument document, PdfText text) throws IOException {
		this.document = document;
		this.text = text;
		newPage();
	}

	/** Text in lines as wide as the page, in the body colour or muted for hints. */
	void paragraph(String paragraph, float size, boolean muted) throws IOException {
		lines(paragraph, size, muted ? MUTED : TEXT);
	}

	void title(String title) throws IOException {
		lines(title, TITLE, BRAND);
	}

	/** A section heading on a tinted bar, kept on the page with at least the first blank of the section. */
	void heading(String heading) throws IOException {
		float height = lineHeight(BODY + 1) + 6;
		keep(height + 70);
		y -= 6;
		content.setNonStrokingColor(TINT);
		content.addRect(MARGIN, y - height, WIDTH, height);
		content.fill();
		content.setNonStrokingColor(BRAND);
		content.addRect(MARGIN, y - height, 3, height);
		content.fill();
		// The baseline that centres Chinese characters on the bar.
		write(content, MARGIN + 10, y - height / 2 - (BODY + 1) * 0.38f, heading, BODY + 1, BRAND);
		y -= height + 8;
	}

	/** A labelled box to write in; the hint, if any, is printed under the label. */
	void box(String label, String hint, float height) throws IOException {
		keepLabelWith(label, hint, height);
		content.setStrokingColor(MUTED);
		content.setLineWidth(0.6f);
		content.addRect(MARGIN, y - height, WIDTH, height);
		content.stroke();
		y -= height + 10;
	}

	/** A labelled row of boxes, one per character, for codes of a fixed length. */
	void cells(String label, String hint, int count) throws IOException {
		float cell = Math.min(20, WIDTH / count);
		keepLabelWith(label, hint, cell);
		content.setStrokingColor(MUTED);
		content.setLineWidth(0.6f);
		for (int i = 0; i < count; i++) {
			content.addRect(MARGIN + i * cell, y - cell, cell, cell);
		}
		content.stroke();
		y -= cell + 10;
	}

	/** A labelled set of choices, each with a square to tick, flowing over as many lines as they need. */
	void choices(String label, String hint, List<String> choices) throws IOException {
		keepLabelWith(label, hint, lineHeight(BODY));
		float x = MARGIN;
		for (String choice : choices) {
			float width = SQUARE + 6 + text.width(choice, BODY) + 18;
			if (x > MARGIN && x + width > MARGIN + WIDTH) {
				x = MARGIN;
				y -= lineHeight(BODY);
				keep(lineHeight(BODY));
			}
			square(x);
			write(x + SQUARE + 6, choice, BODY, TEXT);
			x += width;
		}
		y -= lineHeight(BODY) + 6;
	}

	/** A line to tick: a square, then text that may wrap, then a muted note under it. */
	void tick(String line, String note) throws IOException {
		float indent = SQUARE + 8;
		List<String> lines = text.lines(line, BODY, WIDTH - indent);
		List<String> notes = note == null ? List.of() : text.lines(note, SMALL, WIDTH - indent);
		keep(lines.size() * lineHeight(BODY) + notes.size() * lineHeight(SMALL));
		square(MARGIN);
		for (String part : lines) {
			write(MARGIN + indent, part, BODY, TEXT);
			y -= lineHeight(BODY);
		}
		for (String part : notes) {
			write(MARGIN + indent, part, SMALL, MUTED);
			y -= lineHeight(SMALL);
		}
		y -= 4;
	}

	/** Labels each followed by a line to sign or write on, side by side. */
	void signatureLines(List<String> labels) throws IOException {
		float height = lineHeight(BODY) + 24;
		keep(height);
		y -= 24;
		float slot = WIDTH / labels.size();
		content.setStrokingColor(TEXT);
		content.setLineWidth(0.6f);
		for (int i = 0; i < labels.size(); i++) {
			float x = MARGIN + i * slot;
			float labelWidth = text.width(labels.get(i), BODY);
			write(x, labels.get(i), BODY, TEXT);
			content.moveTo(x + labelWidth + 4, y - BODY - 2);
			content.lineTo(x + slot - 16, y - BODY - 2);
		}
		content.stroke();
		y -= lineHeight(BODY);
	}

	void space(float points) {
		y -= points;
	}

	/** Finishes the pages and writes a footer on each, given its number and the number of pages. */
	void footers(BiFunction<Integer, Integer, String> footer) throws IOException {
		content.close();
		content = null;
		int pages = document.getNumberOfPages();
		for (int i = 0; i < pages; i++) {
			try (var page = new PDPageContentStream(document, document.getPage(i),
					PDPageContentStream.AppendMode.APPEND, true, true)) {
				String line = footer.apply(i + 1, pages);
				write(page, MARGIN + (WIDTH - text.width(line, SMALL)) / 2, MARGIN / 2, line, SMALL, MUTED);
			}
		}
	}

	@Override
	public void close() throws IOException {
		if (content != null) {
			content.close();
		}
	}

	private void keepLabelWith(String label, String hint, float blankHeight) throws IOException {
		List<String> labels = text.lines(label, BODY, WIDTH);
		List<String> hints = hint == null || hint.isBlank() ? List.of() : text.lines(hint, SMALL, WIDTH);
		keep(labels.size() * lineHeight(BODY) + hints.size() * lineHeight(SMALL) + 4 + blankHeight);
		for (String line : labels) {
			write(MARGIN, line, BODY, TEXT);
			y -= lineHeight(BODY);
		}
		for (String line : hints) {
			write(MARGIN, line, SMALL, MUTED);
			y -= lineHeight(SMALL);
		}
		y -= 4;
	}

	private void square(float x) throws IOException {
		content.setStrokingColor(TEXT);
		content.setLineWidth(0.8f);
		content.addRect(x, y - SQUARE - 1.5f, SQUARE, SQUARE);
		content.stroke();
	}

	private void lines(String paragraph, float size, Color color) throws IOException {
		for (String line : text.lines(paragraph, size, WIDTH)) {
			keep(lineHeight(size));
			write(MARGIN, line, size, color);
			y -= lineHeight(size);
		}
	}

	/** Writes one line whose top is at the current position. */
	private void write(float x, String line, float size, Color color) throws IOException {
		write(content, x, y - size, line, size, color);
	}

	private void write(PDPageContentStream to, float x, float baseline, String line, float size, Color color)
			throws IOException {
		to.beginText();
		to.setNonStrokingColor(color);
		to.newLineAtOffset(x, baseline);
		text.show(to, line, size);
		to.endText();
	}

	/** Starts a new page unless the next block of this height fits on the current one. */
	private void keep(float height) throws IOException {
		if (y - height < MARGIN) {
			newPage();
		}
	}

	private void newPage() throws IOException {
		if (content != null) {
			content.close();
		}
		var page = new PDPage(A4);
		document.addPage(page);
		content = new PDPageContentStream(document, page);
		y = A4.getHeight() - MARGIN;
	}

	private static float lineHeight(float size) {
		return size * LEADING;
	}

}
