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
 * Reads the QR code of a PDF's first page as a phone's camera would (ZXing), for R6.3.
 */
public final class QrCodes {

	private QrCodes() {
	}

	/** The text of the QR code on the first page, rendered at 150 dpi. */
	public static String onFirstPage(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return in(new PDFRenderer(document).renderImageWithDPI(0, 150));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text of the QR code of an image, such as a PNG of a page. */
	public static String inImage(byte[] image) {
		try {
			return in(ImageIO.read(new ByteArrayInputStream(image)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String in(BufferedImage image) {
		try {
			return new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
						Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
				.getText();
		}
		catch (NotFoundException | ChecksumException | FormatException ex) {
			throw new AssertionError("No QR code read", ex);
		}
	}

}
