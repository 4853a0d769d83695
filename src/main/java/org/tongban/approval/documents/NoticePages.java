package org.tongban.approval.documents;

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
 * Lays out an official document (公文) on A4 pages after the national format GB/T 9704 in spirit: the issuing
 * department's red header and rule, the document number, the centred title, the body with its first lines
 * indented by two characters, and the department and date at the right under the last paragraph. Long texts wrap,
 * and text that does not fit flows to further pages, which are numbered at the foot.
 */
class NoticePages implements AutoCloseable {

	private static final float BODY = 12;

	private static final float SMALL = 9;

	private static final float TITLE = 20;

	private static final float HEADER = 24;

	private static final PDRectangle A4 = PDRectangle.A4;

	private static final float MARGIN = 64;

	private static final float WIDTH = A4.getWidth() - 2 * MARGIN;

	private static final float LEADING = 1.7f;

	/** Two Chinese characters, whose width is the indent of a paragraph's first line in Chinese documents. */
	private static final String INDENT = "\u4e00\u4e00";

	private static final Color TEXT = Color.BLACK;

	private static final Color MUTED = new Color(0x4f, 0x5a, 0x66);

	/** The red of the header (红头) of official documents. */
	private static final Color RED = new Color(0xc8, 0x10, 0x2e);

	private final PDDocument document;

	private final PdfText text;

	private PDPageContentStream content;

	private float y;

	NoticePages(PDDocument document, PdfText text) throws IOException {
		this.document = document;
		this.text = text;
		newPage();
	}

	/** The department's name in red, the document number and the red rule under them. */
	void header(String department, String number) throws IOException {
		centred(department, HEADER, RED);
		y -= 6;
		centred(number, BODY, TEXT);
		y -= 2;
		content.setStrokingColor(RED);
		content.setLineWidth(1.5f);
		content.moveTo(MARGIN, y);
		content.lineTo(MARGIN + WIDTH, y);
		content.stroke();
		y -= 18;
	}

	void title(String title) throws IOException {
		for (String line : text.lines(title, TITLE, WIDTH)) {
			centred(line, TITLE, TEXT);
		}
		y -= 10;
	}

	/** A line flush left, such as the addressee. */
	void line(String line) throws IOException {
		lines(line, BODY, TEXT, MARGIN, WIDTH);
	}

	/** A paragraph of the body, the first line of each of its own paragraphs indented. */
	void paragraph(String paragraph) throws IOException {
		float indent = text.width(INDENT, BODY);
		for (String part : paragraph.strip().split("\\R")) {
			String rest = part.strip();
			if (rest.isEmpty()) {
				continue;
			}
			// The text keeps its own spaces and strips a leading indent, so the first line is placed by hand.
			String first = text.lines(rest, BODY, WIDTH - indent).get(0);
			keep(lineHeight(BODY));
			write(MARGIN + indent, first, BODY, TEXT);
			y -= lineHeight(BODY);
			rest = rest.substring(first.length()).strip();
			if (!rest.isEmpty()) {
				lines(rest, BODY, TEXT, MARGIN, WIDTH);
			}
		}
		y -= 4;
	}

	/** An item of a list, its lines after the first aligned under its text. */
	void item(String item) throws IOException {
		float indent = text.width(INDENT, BODY);
		List<String> lines = text.lines(item, BODY, WIDTH - indent);
		for (String line : lines) {
			keep(lineHeight(BODY));
			write(MARGIN + indent, line, BODY, TEXT);
			y -= lineHeight(BODY);
		}
		y -= 2;
	}

	/** Small muted text as wide as the page, such as the facts of the case or the department's address. */
	void note(String note) throws IOException {
		lines(note, SMALL, MUTED, MARGIN, WIDTH);
	}

	/** The department, its seal and the date, right-aligned and kept together on one page. */
	void signature(String department, String seal, String date) throws IOException {
		List<String> lines = List.of(seal, department, date);
		keep(24 + lines.size() * lineHeight(BODY));
		y -= 24;
		float width = 0;
		for (String line : lines) {
			width = Math.max(width, text.width(line, BODY));
		}
		float left = MARGIN + WIDTH - width - 2 * BODY;
		for (String line : lines) {
			write(left + (width - text.width(line, BODY)) / 2, line, BODY, line.equals(seal) ? MUTED : TEXT);
			y -= lineHeight(BODY);
		}
		y -= 12;
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

	private void centred(String line, float size, Color color) throws IOException {
		keep(lineHeight(size));
		write(MARGIN + Math.max(0, (WIDTH - text.width(line, size)) / 2), line, size, color);
		y -= lineHeight(size);
	}

	private void lines(String paragraph, float size, Color color, float x, float width) throws IOException {
		for (String line : text.lines(paragraph, size, width)) {
			keep(lineHeight(size));
			write(x, line, size, color);
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
