package org.tongban.shared.identifiers;

/**
 * A mainland China mobile phone number (中国大陆手机号码): eleven digits, the first a 1 and the
 * second 3 to 9. Applicants write it in many ways ({@code +86 138-0013-8000},
 * {@code 86 13800138000}, {@code 0086...}); the value is always the bare eleven digits,
 * so that the same phone is the same number for log-in, SMS codes and the blind index
 * (R1.1, R12.1). Numbers outside the mainland are refused with their own reason, because
 * SMS codes are sent only to mainland numbers.
 *
 * @param value the eleven digits
 */
public record MobileNumber(String value) {

	private static final int LENGTH = 11;

	/**
	 * Checks and normalizes a number: spaces and hyphens are dropped, and so is a country
	 * code +86, 0086 or 86.
	 * @throws InvalidIdentifierException with the first reason found, one of
	 * {@code identifier.mobile.empty|country|characters|length|prefix}
	 */
	public MobileNumber {
		value = checked(value);
	}

	/** @see #MobileNumber(String) */
	public static MobileNumber parse(String text) {
		return new MobileNumber(text);
	}

	public static boolean isValid(String text) {
		return InvalidIdentifierException.accepts(text, MobileNumber::checked);
	}

	/**
	 * The number as it may be shown to someone whose role does not need it:
	 * {@code 138****5678}.
	 */
	public String masked() {
		return value.substring(0, 3) + "****" + value.substring(7);
	}

	/**
	 * Masked, so that a number written to a log or a page by mistake does not disclose
	 * the person.
	 */
	@Override
	public String toString() {
		return masked();
	}

	private static String checked(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidIdentifierException("identifier.mobile.empty");
		}
		String number = text.strip().replaceAll("[\\s-]", "");
		if (number.startsWith("+") || number.startsWith("00")) {
			String national = number.startsWith("+") ? number.substring(1) : number.substring(2);
			if (!national.startsWith("86")) {
				throw new InvalidIdentifierException("identifier.mobile.country");
			}
			number = national.substring(2);
		}
		else if (number.length() == LENGTH + 2 && number.startsWith("86")) {
			number = number.substring(2);
		}
		for (int i = 0; i < number.length(); i++) {
			char c = number.charAt(i);
			if (c < '0' || c > '9') {
				throw new InvalidIdentifierException("identifier.mobile.characters", String.valueOf(c));
			}
		}
		if (number.length() != LENGTH) {
			throw new InvalidIdentifierException("identifier.mobile.length", number.length());
		}
		if (number.charAt(0) != '1' || number.charAt(1) < '3') {
			throw new InvalidIdentifierException("identifier.mobile.prefix", number.substring(0, 2));
		}
		return number;
	}

}
