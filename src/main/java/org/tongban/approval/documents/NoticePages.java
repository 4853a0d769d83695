package org.tongban.approval.documents;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.tongban.shared.pdf.PdfPages;
import org.tongban.shared.pdf.PdfText;

/**
 * Lays out an official document (公文) on A4 pages after the national format GB/T 9704 in
 * spirit: the issuing department's red header and rule, the document number, the centred
 * title, the body with its first lines indented by two characters, and the department and
 * date at the right under the last paragraph. Long texts wrap, and text that does not fit
 * flows to further pages, which are numbered at the foot.
 */
class NoticePages extends PdfPages {

	private static final float BODY = 12;

	private static final float SMALL = 9;

	private static final float TITLE = 20;

	private static final float HEADER = 24;

	private static final float MARGIN = 64;

	private static final float LEADING = 1.7f;

	/**
	 * Two Chinese characters, whose width is the indent of a paragraph's first line in
	 * Chinese documents.
	 */
	private static final String INDENT = "\u4e00\u4e00";

	/** The red of the header (红头) of official documents. */
	private static final Color RED = new Color(0xc8, 0x10, 0x2e);

	NoticePages(PDDocument document, PdfText text) throws IOException {
		super(document, text, MARGIN, LEADING, SMALL);
	}

	/** The department's name in red, the document number and the red rule under them. */
	void header(String department, String number) throws IOException {
		centred(department, HEADER, RED);
		flow.down(6);
		centred(number, BODY, TEXT);
		flow.down(2);
		var content = flow.content();
		content.setStrokingColor(RED);
		content.setLineWidth(1.5f);
		content.moveTo(MARGIN, flow.y());
		content.lineTo(MARGIN + flow.width(), flow.y());
		content.stroke();
		flow.down(18);
	}

	void title(String title) throws IOException {
		for (String line : text.lines(title, TITLE, flow.width())) {
			centred(line, TITLE, TEXT);
		}
		flow.down(10);
	}

	/** A line flush left, such as the addressee. */
	void line(String line) throws IOException {
		flow.lines(line, BODY, TEXT, MARGIN, flow.width());
	}

	/** A paragraph of the body, the first line of each of its own paragraphs indented. */
	void paragraph(String paragraph) throws IOException {
		float indent = text.width(INDENT, BODY);
		for (String part : paragraph.strip().split("\\R")) {
			String rest = part.strip();
			if (rest.isEmpty()) {
				continue;
			}
			// The text keeps its own spaces and strips a leading indent, so the first
			// line is placed by hand.
			String first = text.lines(rest, BODY, flow.width() - indent).get(0);
			flow.keep(flow.lineHeight(BODY));
			block(List.of(first), MARGIN + indent, BODY, TEXT);
			rest = rest.substring(first.length()).strip();
			if (!rest.isEmpty()) {
				flow.lines(rest, BODY, TEXT, MARGIN, flow.width());
			}
		}
		flow.down(4);
	}

	/** An item of a list, its lines after the first aligned under its text. */
	void item(String item) throws IOException {
		float indent = text.width(INDENT, BODY);
		flow.lines(item, BODY, TEXT, MARGIN + indent, flow.width() - indent);
		flow.down(2);
	}

	/**
	 * Small muted text as wide as the page, such as the facts of the case or the
	 * department's address.
	 */
	void note(String note) throws IOException {
		flow.lines(note, SMALL, MUTED, MARGIN, flow.width());
	}

	/**
	 * The department, its seal and the date, right-aligned and kept together on one page.
	 */
	void signature(String department, String seal, String date) throws IOException {
		List<String> lines = List.of(seal, department, date);
		flow.keep(24 + lines.size() * flow.lineHeight(BODY));
		flow.down(24);
		float width = 0;
		for (String line : lines) {
			width = Math.max(width, text.width(line, BODY));
		}
		float left = MARGIN + flow.width() - width - 2 * BODY;
		for (String line : lines) {
			flow.write(left + (width - text.width(line, BODY)) / 2, line, BODY, line.equals(seal) ? MUTED : TEXT);
			flow.down(flow.lineHeight(BODY));
		}
		flow.down(12);
	}

	private void centred(String line, float size, Color color) throws IOException {
		flow.keep(flow.lineHeight(size));
		flow.write(MARGIN + Math.max(0, (flow.width() - text.width(line, size)) / 2), line, size, color);
		flow.down(flow.lineHeight(size));
	}

}
