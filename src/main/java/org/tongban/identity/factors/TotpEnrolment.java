package org.tongban.identity.factors;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.tongban.shared.qr.QrCode;

/**
 * What a staff member's authenticator app needs to produce the codes of a
 * {@link TotpSecret} (R1.3): the {@code otpauth://totp/} URI of the Key Uri Format that
 * every authenticator app reads, and the same URI as a QR code to scan. A page shows the
 * QR code as an {@code <img>} (the PNG {@link #qrCodeDataUri() data URI}) and the
 * {@link TotpSecret#base32() secret} as text for those who type it in; no JavaScript is
 * needed.
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

	/** Pixels per QR module of the PNG. */
	private static final int PNG_MODULE_SIZE = 5;

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
	 * The QR code of the {@link #uri()} as a PNG {@code data:} URI, for the {@code src}
	 * of an {@code <img>}; a QR code of this URI (version 10 or 11) is some 350 pixels
	 * wide.
	 */
	public String qrCodeDataUri() {
		return QrCode.of(uri()).pngDataUri(PNG_MODULE_SIZE);
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
