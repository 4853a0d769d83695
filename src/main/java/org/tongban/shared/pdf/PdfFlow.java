package org.tongban.shared.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.function.BiFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A cursor that writes a document from top to bottom on A4 pages inside a margin, opening
 * a new page whenever the next block would not fit. The documents (forms, notices) keep
 * their own layout and draw through it, so that the page handling and the placing of text
 * are the same in all of them.
 */
public final class PdfFlow implements AutoCloseable {

	private static final PDRectangle A4 = PDRectangle.A4;

	private final PDDocument document;

	private final PdfText text;

	private final float margin;

	private final float leading;

	private PDPageContentStream content;

	/** The top of the next line, in points from the foot of the page. */
	private float y;

	/**
	 * Starts the first page.
	 * @param margin the margin on every side, in points
	 * @param leading the height of a line as a multiple of its font size
	 */
	public PdfFlow(PDDocument document, PdfText text, float margin, float leading) throws IOException {
		this.document = document;
		this.text = text;
		this.margin = margin;
		this.leading = leading;
		newPage();
	}

	public PdfText text() {
		return text;
	}

	/**
	 * The left edge of the text, which is also the margin at the top, the right and the
	 * foot.
	 */
	public float margin() {
		return margin;
	}

	/** The width between the left and right margins. */
	public float width() {
		return A4.getWidth() - 2 * margin;
	}

	/** The current position: the top of the next line. */
	public float y() {
		return y;
	}

	/** Moves the current position down, for space or for a block just drawn. */
	public void down(float points) {
		y -= points;
	}

	/** The current page, for drawing rules, boxes and bars. */
	public PDPageContentStream content() {
		return content;
	}

	public float lineHeight(float size) {
		return size * leading;
	}

	/** Starts a new page unless the next block of this height fits on the current one. */
	public void keep(float height) throws IOException {
		if (y - height < margin) {
			newPage();
		}
	}

	/**
	 * Writes a text in lines no wider than a width, each line on the page where it fits.
	 */
	public void lines(String paragraph, float size, Color color, float x, float width) throws IOException {
		for (String line : text.lines(paragraph, size, width)) {
			keep(lineHeight(size));
			write(x, line, size, color);
			down(lineHeight(size));
		}
	}

	/** Writes one line whose top is at the current position, without moving it. */
	public void write(float x, String line, float size, Color color) throws IOException {
		writeOnBaseline(x, y - size, line, size, color);
	}

	/**
	 * Writes one line on the current page on a given baseline, for text placed by hand.
	 */
	public void writeOnBaseline(float x, float baseline, String line, float size, Color color) throws IOException {
		write(content, x, baseline, line, size, color);
	}

	/**
	 * Finishes the pages and writes a footer centred in the foot margin of each, given
	 * its number and the number of pages. Nothing more can be written after it.
	 */
	public void footers(BiFunction<Integer, Integer, String> footer, float size, Color color) throws IOException {
		content.close();
		content = null;
		int pages = document.getNumberOfPages();
		for (int i = 0; i < pages; i++) {
			try (var page = new PDPageContentStream(document, document.getPage(i),
					PDPageContentStream.AppendMode.APPEND, true, true)) {
				String line = footer.apply(i + 1, pages);
				write(page, margin + (width() - text.width(line, size)) / 2, margin / 2, line, size, color);
			}
		}
	}

	@Override
	public void close() throws IOException {
		if (content != null) {
			content.close();
		}
	}

	private void write(PDPageContentStream to, float x, float baseline, String line, float size, Color color)
			throws IOException {
		to.beginText();
		to.setNonStrokingColor(color);
		to.newLineAtOffset(x, baseline);
		text.show(to, line, size);
		to.endText();
	}

	private void newPage() throws IOException {
		if (content != null) {
			content.close();
		}
		var page = new PDPage(A4);
		document.addPage(page);
		content = new PDPageContentStream(document, page);
		y = A4.getHeight() - margin;
	}

}
