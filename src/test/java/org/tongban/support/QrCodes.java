package org.tongban.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads QR codes as a phone's camera would (ZXing), for R6.3, R1.3 and R15.8. ZXing's
 * finder misses about one clean symbol in a few hundred at some scales (a property of its
 * detector, not of the symbol), so a page is looked at twice, as a phone moves closer,
 * and an image of the symbol alone is read as the pure barcode it is.
 */
public final class QrCodes {

	private QrCodes() {
	}

	/** The text of the QR code on the first page, rendered at 150 dpi, else at 200. */
	public static String onFirstPage(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			var renderer = new PDFRenderer(document);
			try {
				return in(renderer.renderImageWithDPI(0, 150), DecodeHintType.TRY_HARDER);
			}
			catch (AssertionError firstLook) {
				return in(renderer.renderImageWithDPI(0, 200), DecodeHintType.TRY_HARDER);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text of the QR code of an image of the symbol alone, such as a served PNG. */
	public static String inImage(byte[] image) {
		try {
			return in(ImageIO.read(new ByteArrayInputStream(image)), DecodeHintType.PURE_BARCODE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String in(BufferedImage image, DecodeHintType hint) {
		try {
			return new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
						Map.of(hint, Boolean.TRUE))
				.getText();
		}
		catch (NotFoundException | ChecksumException | FormatException ex) {
			throw new AssertionError("No QR code read", ex);
		}
	}

}
