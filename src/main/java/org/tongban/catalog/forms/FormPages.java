package org.tongban.catalog.forms;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.tongban.shared.pdf.PdfPages;
import org.tongban.shared.pdf.PdfText;

/**
 * Lays out a paper form from top to bottom on A4 pages: text, section headings and blanks
 * to fill in. Starts a new page whenever the next block would not fit, so that a label is
 * never separated from its blank.
 */
class FormPages extends PdfPages {

	static final float BODY = 10.5f;

	static final float SMALL = 8.5f;

	private static final float TITLE = 18;

	private static final float MARGIN = 56;

	private static final float LEADING = 1.45f;

	private static final float SQUARE = 9;

	private static final Color BRAND = new Color(0x0b, 0x3d, 0x91);

	private static final Color TINT = new Color(0xe9, 0xef, 0xf9);

	FormPages(PDDocument document, PdfText text) throws IOException {
		super(document, text, MARGIN, LEADING, SMALL);
	}

	/** Text in lines as wide as the page, in the body colour or muted for hints. */
	void paragraph(String paragraph, float size, boolean muted) throws IOException {
		flow.lines(paragraph, size, muted ? MUTED : TEXT, MARGIN, flow.width());
	}

	void title(String title) throws IOException {
		flow.lines(title, TITLE, BRAND, MARGIN, flow.width());
	}

	/**
	 * A section heading on a tinted bar, kept on the page with at least the first blank
	 * of the section.
	 */
	void heading(String heading) throws IOException {
		float height = flow.lineHeight(BODY + 1) + 6;
		flow.keep(height + 70);
		flow.down(6);
		var content = flow.content();
		content.setNonStrokingColor(TINT);
		content.addRect(MARGIN, flow.y() - height, flow.width(), height);
		content.fill();
		content.setNonStrokingColor(BRAND);
		content.addRect(MARGIN, flow.y() - height, 3, height);
		content.fill();
		// The baseline that centres Chinese characters on the bar.
		flow.writeOnBaseline(MARGIN + 10, flow.y() - height / 2 - (BODY + 1) * 0.38f, heading, BODY + 1, BRAND);
		flow.down(height + 8);
	}

	/** A labelled box to write in; the hint, if any, is printed under the label. */
	void box(String label, String hint, float height) throws IOException {
		keepLabelWith(label, hint, height);
		var content = flow.content();
		content.setStrokingColor(MUTED);
		content.setLineWidth(0.6f);
		content.addRect(MARGIN, flow.y() - height, flow.width(), height);
		content.stroke();
		flow.down(height + 10);
	}

	/** A labelled row of boxes, one per character, for codes of a fixed length. */
	void cells(String label, String hint, int count) throws IOException {
		float cell = Math.min(20, flow.width() / count);
		keepLabelWith(label, hint, cell);
		var content = flow.content();
		content.setStrokingColor(MUTED);
		content.setLineWidth(0.6f);
		for (int i = 0; i < count; i++) {
			content.addRect(MARGIN + i * cell, flow.y() - cell, cell, cell);
		}
		content.stroke();
		flow.down(cell + 10);
	}

	/**
	 * A labelled set of choices, each with a square to tick, flowing over as many lines
	 * as they need.
	 */
	void choices(String label, String hint, List<String> choices) throws IOException {
		keepLabelWith(label, hint, flow.lineHeight(BODY));
		float x = MARGIN;
		for (String choice : choices) {
			float width = SQUARE + 6 + text.width(choice, BODY) + 18;
			if (x > MARGIN && x + width > MARGIN + flow.width()) {
				x = MARGIN;
				flow.down(flow.lineHeight(BODY));
				flow.keep(flow.lineHeight(BODY));
			}
			square(x);
			flow.write(x + SQUARE + 6, choice, BODY, TEXT);
			x += width;
		}
		flow.down(flow.lineHeight(BODY) + 6);
	}

	/** A line to tick: a square, then text that may wrap, then a muted note under it. */
	void tick(String line, String note) throws IOException {
		float indent = SQUARE + 8;
		List<String> lines = text.lines(line, BODY, flow.width() - indent);
		List<String> notes = note == null ? List.of() : text.lines(note, SMALL, flow.width() - indent);
		flow.keep(lines.size() * flow.lineHeight(BODY) + notes.size() * flow.lineHeight(SMALL));
		square(MARGIN);
		block(lines, MARGIN + indent, BODY, TEXT);
		block(notes, MARGIN + indent, SMALL, MUTED);
		flow.down(4);
	}

	/** Labels each followed by a line to sign or write on, side by side. */
	void signatureLines(List<String> labels) throws IOException {
		float height = flow.lineHeight(BODY) + 24;
		flow.keep(height);
		flow.down(24);
		float slot = flow.width() / labels.size();
		var content = flow.content();
		content.setStrokingColor(TEXT);
		content.setLineWidth(0.6f);
		for (int i = 0; i < labels.size(); i++) {
			float x = MARGIN + i * slot;
			float labelWidth = text.width(labels.get(i), BODY);
			flow.write(x, labels.get(i), BODY, TEXT);
			content.moveTo(x + labelWidth + 4, flow.y() - BODY - 2);
			content.lineTo(x + slot - 16, flow.y() - BODY - 2);
		}
		content.stroke();
		flow.down(flow.lineHeight(BODY));
	}

	private void keepLabelWith(String label, String hint, float blankHeight) throws IOException {
		List<String> labels = text.lines(label, BODY, flow.width());
		List<String> hints = hint == null || hint.isBlank() ? List.of() : text.lines(hint, SMALL, flow.width());
		flow.keep(labels.size() * flow.lineHeight(BODY) + hints.size() * flow.lineHeight(SMALL) + 4 + blankHeight);
		block(labels, MARGIN, BODY, TEXT);
		block(hints, MARGIN, SMALL, MUTED);
		flow.down(4);
	}

	private void square(float x) throws IOException {
		var content = flow.content();
		content.setStrokingColor(TEXT);
		content.setLineWidth(0.8f);
		content.addRect(x, flow.y() - SQUARE - 1.5f, SQUARE, SQUARE);
		content.stroke();
	}

}
