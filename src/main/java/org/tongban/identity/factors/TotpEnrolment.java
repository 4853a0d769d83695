package org.tongban.identity.factors;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * What a staff member's authenticator app needs to produce the codes of a
 * {@link TotpSecret} (R1.3): the {@code otpauth://totp/} URI of the Key Uri Format that
 * every authenticator app reads, and the same URI as a QR code to scan. A page shows the
 * QR code as an {@code <img>} (the PNG {@link #qrCodeDataUri() data URI}, which every
 * browser shows, the old engines of domestic browsers included (R13.2), or the inline
 * {@link #qrCodeSvg() SVG}), and the {@link TotpSecret#base32() secret} as text for those
 * who type it in; no JavaScript is needed.
 * <p>
 * The URI and the QR code contain the secret: they are shown once, to the account's
 * owner, over HTTPS, and are never logged or cached. This record prints the secret
 * hidden.
 *
 * @param issuer the name under which the app lists the account, normally {@link #ISSUER}
 * @param accountName the account's log-in name, which tells accounts of the same issuer
 * apart in the app
 * @param secret the new secret, stored (encrypted) with the account once the first code
 * confirms the enrolment
 */
public record TotpEnrolment(String issuer, String accountName, TotpSecret secret) {

	/** The platform's name in authenticator apps. */
	public static final String ISSUER = "D市政务服务网";

	/**
	 * Pixels per QR module of the PNG: a QR code of this URI (version 10 or 11) is some
	 * 350 pixels wide.
	 */
	static final int PNG_MODULE_SIZE = 5;

	/** The quiet zone of ISO/IEC 18004 around the symbol, in modules. */
	private static final int QUIET_ZONE = 4;

	private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

	/**
	 * @throws IllegalArgumentException if the issuer or account name is blank or contains
	 * a colon, which the Key Uri Format reserves to separate them
	 */
	public TotpEnrolment {
		issuer = checkedName("issuer", issuer);
		accountName = checkedName("account name", accountName);
		Objects.requireNonNull(secret, "secret");
	}

	/**
	 * An enrolment of the account under the platform's name, with a new random secret.
	 */
	public static TotpEnrolment of(String accountName) {
		return new TotpEnrolment(ISSUER, accountName, TotpSecret.generate());
	}

	/**
	 * {@code otpauth://totp/<issuer>:<account>?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30},
	 * the issuer and account name percent-encoded as UTF-8 (RFC 3986: spaces as
	 * {@code %20}, not {@code +}). The issuer is both in the label, for older apps, and a
	 * parameter, as the format recommends. Algorithm, digits and period are the defaults,
	 * stated all the same for the apps that do not assume them.
	 */
	public String uri() {
		return "otpauth://totp/" + percentEncoded(issuer) + ":" + percentEncoded(accountName) + "?secret="
				+ secret.base32() + "&issuer=" + percentEncoded(issuer) + "&algorithm=SHA1&digits="
				+ TotpVerifier.DIGITS + "&period=" + TotpVerifier.STEP_SECONDS;
	}

	/**
	 * The QR code of the {@link #uri()} as a PNG image, black on white, 5 pixels per
	 * module.
	 */
	public byte[] qrCodePng() {
		BitMatrix modules = qrCode();
		BitMatrix pixels = new BitMatrix(modules.getWidth() * PNG_MODULE_SIZE);
		for (int y = 0; y < modules.getHeight(); y++) {
			for (int x = 0; x < modules.getWidth(); x++) {
				if (modules.get(x, y)) {
					pixels.setRegion(x * PNG_MODULE_SIZE, y * PNG_MODULE_SIZE, PNG_MODULE_SIZE, PNG_MODULE_SIZE);
				}
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			MatrixToImageWriter.writeToStream(pixels, "PNG", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	/**
	 * The PNG as a {@code data:image/png;base64,…} URI, for the {@code src} of an
	 * {@code <img>}.
	 */
	public String qrCodeDataUri() {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(qrCodePng());
	}

	/**
	 * The QR code of the {@link #uri()} as an SVG document of one path, one unit per
	 * module, which scales without blurring; to be inlined in a page or served as
	 * {@code image/svg+xml}.
	 */
	public String qrCodeSvg() {
		BitMatrix modules = qrCode();
		int size = modules.getWidth();
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < size; y++) {
			int x = 0;
			while (x < size) {
				if (!modules.get(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < size && modules.get(x, y)) {
					x++;
				}
				path.append('M')
					.append(start)
					.append(' ')
					.append(y)
					.append('h')
					.append(x - start)
					.append("v1h-")
					.append(x - start)
					.append('z');
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
				+ "\" shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"" + size + "\" height=\"" + size
				+ "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}

	/**
	 * The modules of the QR code with its quiet zone, one bit each; error correction
	 * level M (15 %). The URI is ASCII once percent-encoded, so no character set is
	 * declared: an ECI header would trouble older scanners.
	 */
	private BitMatrix qrCode() {
		try {
			return new QRCodeWriter().encode(uri(), BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE));
		}
		catch (WriterException ex) {
			throw new IllegalStateException("The enrolment URI does not fit in a QR code", ex);
		}
	}

	private static String checkedName(String what, String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A TOTP enrolment needs an " + what);
		}
		if (name.indexOf(':') >= 0) {
			throw new IllegalArgumentException("The " + what + " of a TOTP enrolment must not contain a colon");
		}
		return name.strip();
	}

	/** RFC 3986 §2: every UTF-8 byte outside the unreserved characters as {@code %XX}. */
	private static String percentEncoded(String text) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			if (b >= 0 && UNRESERVED.indexOf(b) >= 0) {
				encoded.append((char) b);
			}
			else {
				encoded.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return encoded.toString();
	}

}
