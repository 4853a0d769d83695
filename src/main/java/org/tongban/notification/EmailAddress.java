package org.tongban.notification;

import java.util.Locale;
import java.util.regex.Pattern;

import org.tongban.shared.identifiers.InvalidIdentifierException;

/**
 * An e-mail address to send to. The check is deliberately loose, because what mail
 * servers accept is wider than any pattern: one {@code @}, no spaces, a domain with a
 * dot, at most 254 characters (RFC 5321). The domain is written in lower case, as it is
 * case-insensitive; the local part is kept as written.
 *
 * @param value the address
 */
public record EmailAddress(String value) {

	private static final int MAX_LENGTH = 254;

	/**
	 * Letters and digits of any script, so that internationalized domains (例子.中国) pass.
	 */
	private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
			+ "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+");

	private static final Pattern LOCAL_PART = Pattern.compile("[^\\s@\\p{Cntrl}]{1,64}");

	/**
	 * @throws InvalidIdentifierException with the reason, one of
	 * {@code notification.emailAddress.empty|length|format}
	 */
	public EmailAddress {
		value = checked(value);
	}

	/** @see #EmailAddress(String) */
	public static EmailAddress parse(String text) {
		return new EmailAddress(text);
	}

	public static boolean isValid(String text) {
		try {
			checked(text);
			return true;
		}
		catch (InvalidIdentifierException ex) {
			return false;
		}
	}

	/** The address as it may appear in a log: {@code z***@example.com}. */
	public String masked() {
		return value.charAt(0) + "***" + value.substring(value.lastIndexOf('@'));
	}

	/**
	 * Masked, so that an address written to a log by mistake does not disclose the
	 * person.
	 */
	@Override
	public String toString() {
		return masked();
	}

	private static String checked(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidIdentifierException("notification.emailAddress.empty");
		}
		String address = text.strip();
		if (address.length() > MAX_LENGTH) {
			throw new InvalidIdentifierException("notification.emailAddress.length", MAX_LENGTH);
		}
		int at = address.lastIndexOf('@');
		if (at < 0 || !LOCAL_PART.matcher(address.substring(0, at)).matches()
				|| !DOMAIN.matcher(address.substring(at + 1)).matches()) {
			throw new InvalidIdentifierException("notification.emailAddress.format");
		}
		return address.substring(0, at + 1) + address.substring(at + 1).toLowerCase(Locale.ROOT);
	}

}
