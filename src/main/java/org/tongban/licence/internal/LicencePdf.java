package org.tongban.licence.internal;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tongban.shared.pdf.PdfFlow;
import org.tongban.shared.pdf.PdfFonts;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.pdf.PdfText;
import org.tongban.shared.qr.QrCode;

/**
 * Lays out a licence on one A4 page (R6.3), in Chinese with the licence's English name: a
 * framed certificate with the licence's name, its number, the holder, the printed
 * answers, the validity, the issuing department and date, the department's seal drawn in
 * red, and a QR code of the address of its public verification. The document's
 * information names the licence, which the verification of an uploaded PDF reads.
 */
@Component
class LicencePdf {

	/** The key of the document information that holds the licence's id. */
	static final String ID_KEY = "TongbanLicenceId";

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final float MARGIN = 72;

	private static final float BODY = 12;

	private static final Color RED = new Color(0xc8, 0x10, 0x2e);

	private static final Color FRAME = new Color(0x9a, 0x6b, 0x1f);

	private static final Color MUTED = new Color(0x4f, 0x5a, 0x66);

	private static final Color TEXT = Color.BLACK;

	private static final float QR_SIZE = 96;

	private static final float SEAL_RADIUS = 52;

	private final PdfFonts fonts;

	private final MessageSource messages;

	LicencePdf(PdfFonts fonts, MessageSource messages) {
		this.fonts = fonts;
		this.messages = messages;
	}

	/** The unsigned PDF of the licence, issued by the department, verified at the URL. */
	byte[] render(LicenceRecord licence, String department, String verificationUrl) {
		return fonts.render((document, text) -> {
			var info = document.getDocumentInformation();
			info.setTitle(licence.name().zh() + " " + licence.id());
			info.setAuthor(department);
			info.setSubject(message("licence.pdf.subject"));
			info.setCreator(message("site.name"));
			info.setCustomMetadataValue(ID_KEY, licence.id());
			document.getDocumentCatalog().setLanguage("zh-CN");
			try (var flow = new PdfFlow(document, text, MARGIN, 1.8f)) {
				frame(flow.content());
				flow.down(12);
				centred(flow, licence.name().zh(), 26, RED);
				centred(flow, licence.name().en(), 11, MUTED);
				flow.down(8);
				centred(flow, message("licence.pdf.number", licence.id()), 10, TEXT);
				flow.down(18);
				row(flow, message("licence.pdf.holder"), licence.holderName());
				row(flow, message(licence.holderIsPerson() ? "licence.pdf.residentId" : "licence.pdf.creditCode"),
						licence.holderIsPerson() ? masked(licence.holderNumber()) : licence.holderNumber());
				for (PrintedValue printed : licence.printed()) {
					row(flow, printed.label().zh(), printed.value().zh());
				}
				row(flow, message("licence.pdf.validity"), licence.validUntil() == null
						? message("licence.pdf.validFromOn", date(licence.validFrom()))
						: message("licence.pdf.validFromTo", date(licence.validFrom()), date(licence.validUntil())));
				row(flow, message("licence.pdf.department"), department);
				row(flow, message("licence.pdf.issuedOn"), date(licence.validFrom()));
				row(flow, message("licence.pdf.case"), licence.caseNumber());
				float bottom = MARGIN + 40;
				qr(flow, verificationUrl, MARGIN + 16, bottom);
				seal(flow, department, PDRectangle.A4.getWidth() - MARGIN - 16 - SEAL_RADIUS, bottom + QR_SIZE / 2 + 8);
				note(flow, message("licence.pdf.verify", verificationUrl), MARGIN + 16, MARGIN + 22);
			}
		});
	}

	private static String masked(String residentId) {
		return ResidentIdNumber.parse(residentId).masked();
	}

	private void frame(PDPageContentStream content) throws IOException {
		PDRectangle page = PDRectangle.A4;
		content.setStrokingColor(FRAME);
		content.setLineWidth(2.5f);
		content.addRect(MARGIN - 28, MARGIN - 28, page.getWidth() - 2 * (MARGIN - 28),
				page.getHeight() - 2 * (MARGIN - 28));
		content.stroke();
		content.setLineWidth(0.8f);
		content.addRect(MARGIN - 22, MARGIN - 22, page.getWidth() - 2 * (MARGIN - 22),
				page.getHeight() - 2 * (MARGIN - 22));
		content.stroke();
	}

	private static void centred(PdfFlow flow, String line, float size, Color color) throws IOException {
		if (line == null || line.isBlank()) {
			return;
		}
		flow.write(flow.margin() + Math.max(0, (flow.width() - flow.text().width(line, size)) / 2), line, size, color);
		flow.down(flow.lineHeight(size));
	}

	/** A label and its value beside it, the value wrapping under itself. */
	private static void row(PdfFlow flow, String label, String value) throws IOException {
		float labelWidth = 130;
		float x = flow.margin() + 16;
		flow.write(x, label, BODY, MUTED);
		float top = flow.y();
		flow.lines(value == null || value.isBlank() ? "—" : value, BODY, TEXT, x + labelWidth,
				flow.width() - labelWidth - 32);
		if (flow.y() == top) {
			flow.down(flow.lineHeight(BODY));
		}
		flow.down(4);
	}

	private static void note(PdfFlow flow, String note, float x, float baseline) throws IOException {
		flow.writeOnBaseline(x, baseline, note, 8, MUTED);
	}

	/**
	 * The QR code as filled squares, so that it stays sharp at any zoom: the symbol fills
	 * {@link #QR_SIZE} at ({@code x}, {@code y}), its white quiet zone around it.
	 */
	private static void qr(PdfFlow flow, String url, float x, float y) throws IOException {
		QrCode qr = QrCode.of(url);
		float module = QR_SIZE / (qr.size() - 2 * QrCode.QUIET_ZONE);
		float left = x - QrCode.QUIET_ZONE * module;
		float top = y + QR_SIZE + QrCode.QUIET_ZONE * module;
		PDPageContentStream content = flow.content();
		content.setNonStrokingColor(Color.WHITE);
		content.addRect(left, top - qr.size() * module, qr.size() * module, qr.size() * module);
		content.fill();
		content.setNonStrokingColor(Color.BLACK);
		for (int row = 0; row < qr.size(); row++) {
			for (int column = 0; column < qr.size(); column++) {
				if (qr.dark(column, row)) {
					content.addRect(left + column * module, top - (row + 1) * module, module, module);
				}
			}
		}
		content.fill();
	}

	/**
	 * The department's seal (印章) drawn in red: a ring, a star, the department's name and
	 * the seal's purpose. A demo stand-in for the seal image a department registers.
	 */
	private void seal(PdfFlow flow, String department, float cx, float cy) throws IOException {
		PDPageContentStream content = flow.content();
		content.saveGraphicsState();
		var transparency = new PDExtendedGraphicsState();
		transparency.setNonStrokingAlphaConstant(0.85f);
		transparency.setStrokingAlphaConstant(0.85f);
		content.setGraphicsStateParameters(transparency);
		content.setStrokingColor(RED);
		content.setNonStrokingColor(RED);
		content.setLineWidth(3);
		circle(content, cx, cy, SEAL_RADIUS);
		content.stroke();
		star(content, cx, cy + 8, 16);
		content.fill();
		PdfText text = flow.text();
		float size = Math.min(11, 1.6f * SEAL_RADIUS / Math.max(1, text.width(department, 1)));
		flow.writeOnBaseline(cx - text.width(department, size) / 2, cy + 28, department, size, RED);
		String purpose = message("licence.pdf.seal");
		flow.writeOnBaseline(cx - text.width(purpose, 8) / 2, cy - 26, purpose, 8, RED);
		content.restoreGraphicsState();
	}

	private static void circle(PDPageContentStream content, float cx, float cy, float r) throws IOException {
		// Four Bézier arcs; k places their control points on a circle.
		float k = 0.5523f * r;
		content.moveTo(cx + r, cy);
		content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
		content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
		content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
		content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
	}

	private static void star(PDPageContentStream content, float cx, float cy, float r) throws IOException {
		for (int point = 0; point < 10; point++) {
			double angle = Math.PI / 2 + point * Math.PI / 5;
			float radius = point % 2 == 0 ? r : r * 0.382f;
			float x = cx + (float) (radius * Math.cos(angle));
			float y = cy + (float) (radius * Math.sin(angle));
			if (point == 0) {
				content.moveTo(x, y);
			}
			else {
				content.lineTo(x, y);
			}
		}
		content.closePath();
	}

	private String date(LocalDate date) {
		return date.format(DateTimeFormatter.ofPattern(message("date.pattern"), CHINESE));
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, CHINESE);
	}

}
