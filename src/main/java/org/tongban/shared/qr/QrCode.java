package org.tongban.shared.qr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code (ISO/IEC 18004) of a text, as the platform prints it everywhere: on licences,
 * receipts and enrolment pages. Error correction level M (15 %), which survives a
 * crumpled receipt, and the standard quiet zone of 4 modules, without which scanners (and
 * ZXing) miss the symbol on some texts. The texts are ASCII (addresses), so no character
 * set is declared: an ECI header would trouble older scanners.
 */
public final class QrCode {

	/** The quiet zone around the symbol, in modules. */
	public static final int QUIET_ZONE = 4;

	private final BitMatrix modules;

	private QrCode(BitMatrix modules) {
		this.modules = modules;
	}

	/**
	 * @throws IllegalArgumentException if the text does not fit in a QR code
	 */
	public static QrCode of(String text) {
		try {
			return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map
				.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE)));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("The text does not fit in a QR code", ex);
		}
	}

	/** The width and height in modules, the quiet zone included. */
	public int size() {
		return this.modules.getWidth();
	}

	/**
	 * Whether the module in column {@code x} and row {@code y} (from the top) is dark.
	 */
	public boolean dark(int x, int y) {
		return this.modules.get(x, y);
	}

	/**
	 * A black-on-white PNG of whole pixels per module: a module split over pixels blurs
	 * the edges a scanner looks for.
	 */
	public byte[] png(int pixelsPerModule) {
		BitMatrix pixels = new BitMatrix(size() * pixelsPerModule);
		for (int y = 0; y < size(); y++) {
			for (int x = 0; x < size(); x++) {
				if (dark(x, y)) {
					pixels.setRegion(x * pixelsPerModule, y * pixelsPerModule, pixelsPerModule, pixelsPerModule);
				}
			}
		}
		var png = new ByteArrayOutputStream();
		try {
			MatrixToImageWriter.writeToStream(pixels, "PNG", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	/**
	 * The {@link #png(int) PNG} as a {@code data:image/png;base64,…} URI for the
	 * {@code src} of an {@code <img>}, which every browser shows without JavaScript, the
	 * old engines of domestic browsers included (R13.2).
	 */
	public String pngDataUri(int pixelsPerModule) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(pixelsPerModule));
	}

}
