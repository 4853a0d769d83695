package org.tongban.identity.factors;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;

/**
 * The shared secret of a TOTP authenticator (RFC 6238): 160 random bits, the length RFC
 * 4226 recommends for HMAC-SHA1, written in Base32 (RFC 4648, upper case, without
 * padding) as authenticator apps expect it.
 * <p>
 * Whoever holds the secret can compute every code, so it is stored encrypted
 * ({@code FieldCipher.encrypt(
 * secret.base32())}) and prints itself hidden: a secret logged or shown by mistake does
 * not disclose it.
 */
public final class TotpSecret {

	/** 160 bits. */
	static final int LENGTH = 20;

	/**
	 * RFC 4226 §4: at least 128 bits; accepted when read back, so that a longer secret of
	 * another issuer fits.
	 */
	private static final int MIN_LENGTH = 16;

	private static final int MAX_LENGTH = 64;

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final byte[] key;

	private TotpSecret(byte[] key) {
		this.key = key;
	}

	/** A new random secret, for an enrolment. */
	public static TotpSecret generate() {
		byte[] key = new byte[LENGTH];
		RANDOM.nextBytes(key);
		return new TotpSecret(key);
	}

	/**
	 * Reads a secret back from its Base32 form, as {@link #base32()} wrote it; lower
	 * case, spaces (authenticator apps show the secret in groups of four) and padding are
	 * tolerated.
	 * @throws IllegalArgumentException if the text is not Base32 or the secret shorter
	 * than 128 bits or longer than 512; the message never contains the text
	 */
	public static TotpSecret fromBase32(String base32) {
		if (base32 == null) {
			throw new IllegalArgumentException("A TOTP secret is missing");
		}
		String text = base32.replace(" ", "").replaceAll("=+$", "").toUpperCase(Locale.ROOT);
		byte[] key = new byte[text.length() * 5 / 8];
		int buffer = 0;
		int bits = 0;
		int index = 0;
		for (int i = 0; i < text.length(); i++) {
			int value = ALPHABET.indexOf(text.charAt(i));
			if (value < 0) {
				throw new IllegalArgumentException("A TOTP secret is not Base32: character " + (i + 1));
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				bits -= 8;
				key[index++] = (byte) (buffer >> bits);
				buffer &= (1 << bits) - 1;
			}
		}
		if (key.length < MIN_LENGTH || key.length > MAX_LENGTH) {
			throw new IllegalArgumentException("A TOTP secret has " + key.length * 8 + " bits; it must have "
					+ MIN_LENGTH * 8 + " to " + MAX_LENGTH * 8);
		}
		return new TotpSecret(key);
	}

	/**
	 * The secret for the {@code otpauth://} URI and for storage (encrypted): Base32,
	 * upper case, no padding.
	 */
	public String base32() {
		StringBuilder text = new StringBuilder((key.length * 8 + 4) / 5);
		int buffer = 0;
		int bits = 0;
		for (byte b : key) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				bits -= 5;
				text.append(ALPHABET.charAt((buffer >> bits) & 31));
			}
			buffer &= (1 << bits) - 1;
		}
		if (bits > 0) {
			text.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
		}
		return text.toString();
	}

	/** The HMAC key; a copy, so that nobody can change the secret in place. */
	byte[] key() {
		return key.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TotpSecret secret && Arrays.equals(key, secret.key);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(key);
	}

	/** Hidden: the secret must not reach a log. */
	@Override
	public String toString() {
		return "TotpSecret[hidden]";
	}

}
