package org.tongban.shared.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The writer that a kind of document (a form, a notice) extends with its own blocks: it
 * holds the flow down the pages (whose {@link PdfFlow#lines} wraps paragraphs) and writes
 * what every document has, blocks of lines already broken, space and the numbered
 * footers, so that each document says only how it looks.
 */
public abstract class PdfPages implements AutoCloseable {

	/** The colour of body text. */
	protected static final Color TEXT = Color.BLACK;

	/** The grey of hints, notes and footers. */
	protected static final Color MUTED = new Color(0x4f, 0x5a, 0x66);

	protected final PdfText text;

	protected final PdfFlow flow;

	private final float footerSize;

	/**
	 * Starts the first page.
	 * @param margin the margin on every side, in points
	 * @param leading the height of a line as a multiple of its font size
	 * @param footerSize the font size of the page numbers at the foot
	 */
	protected PdfPages(PDDocument document, PdfText text, float margin, float leading, float footerSize)
			throws IOException {
		this.text = text;
		this.flow = new PdfFlow(document, text, margin, leading);
		this.footerSize = footerSize;
	}

	/**
	 * Writes lines already broken one under another, on the page the caller has kept them
	 * together on.
	 */
	protected void block(List<String> lines, float x, float size, Color color) throws IOException {
		for (String line : lines) {
			flow.write(x, line, size, color);
			flow.down(flow.lineHeight(size));
		}
	}

	public void space(float points) {
		flow.down(points);
	}

	/**
	 * Finishes the pages and writes a footer on each, given its number and the number of
	 * pages.
	 */
	public void footers(BiFunction<Integer, Integer, String> footer) throws IOException {
		flow.footers(footer, footerSize, MUTED);
	}

	@Override
	public void close() throws IOException {
		flow.close();
	}

}
