package org.tongban.shared.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * A citizen's resident ID number (公民身份号码, GB 11643-1999), as printed on the
 * second-generation resident identity card and on residence permits: a six-digit
 * administrative division code, the birth date as YYYYMMDD, a three-digit sequence number
 * (odd for men) and a check character (ISO 7064 MOD 11-2). The fifteen-digit numbers of
 * the first-generation cards expired in 2013 and are not accepted.
 * <p>
 * Registration as a natural person depends on this number (R1.1), so every way it can be
 * wrong has its own message code, and the check character is tested last: an impossible
 * birth date or an unknown province is more useful to hear than "the check character is
 * wrong". The number is personal data (R12.1): it prints itself masked, and the full
 * {@link #value()} is for storage (encrypted) and real-name verification only.
 *
 * @param value the number in its canonical form: 18 characters, an upper-case X as the
 * check character
 */
public record ResidentIdNumber(String value) {

	private static final int LENGTH = 18;

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	/** The check character for each remainder of the weighted sum modulo 11. */
	private static final String CHECK_CHARACTERS = "10X98765432";

	/**
	 * Provinces, autonomous regions and municipalities (GB/T 2260), Taiwan (71), and Hong
	 * Kong, Macao and Taiwan (81, 82, 83) whose residents hold residence permits numbered
	 * by the same standard.
	 */
	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
			"33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
			"63", "64", "65", "71", "81", "82", "83");

	private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

	/** Birth dates are calendar dates in China, whatever the server's time zone. */
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/**
	 * Checks and normalizes a number: surrounding whitespace is dropped and a lower-case
	 * x becomes X.
	 * @throws InvalidIdentifierException with the first reason found, one of
	 * {@code identifier.residentId.empty|length|characters|province|birthDate|birthDateRange|checkCharacter}
	 */
	public ResidentIdNumber {
		value = checked(value);
	}

	/** @see #ResidentIdNumber(String) */
	public static ResidentIdNumber parse(String text) {
		return new ResidentIdNumber(text);
	}

	public static boolean isValid(String text) {
		return InvalidIdentifierException.accepts(text, ResidentIdNumber::checked);
	}

	public LocalDate birthDate() {
		return birthDate(value);
	}

	public Sex sex() {
		return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
	}

	/**
	 * The number as it may be shown to someone whose role does not need it:
	 * {@code 110105********002X}.
	 */
	public String masked() {
		return value.substring(0, 6) + "********" + value.substring(14);
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
			throw new InvalidIdentifierException("identifier.residentId.empty");
		}
		String number = text.strip().toUpperCase(Locale.ROOT);
		if (number.length() != LENGTH) {
			throw new InvalidIdentifierException("identifier.residentId.length", number.length());
		}
		for (int i = 0; i < LENGTH; i++) {
			char c = number.charAt(i);
			boolean allowed = isAsciiDigit(c) || (i == LENGTH - 1 && c == 'X');
			if (!allowed) {
				throw new InvalidIdentifierException("identifier.residentId.characters", i + 1, String.valueOf(c));
			}
		}
		String province = number.substring(0, 2);
		if (!PROVINCES.contains(province)) {
			throw new InvalidIdentifierException("identifier.residentId.province", province);
		}
		LocalDate birthDate;
		try {
			birthDate = birthDate(number);
		}
		catch (DateTimeException ex) {
			throw new InvalidIdentifierException("identifier.residentId.birthDate", number.substring(6, 14));
		}
		if (birthDate.isBefore(EARLIEST_BIRTH_DATE) || birthDate.isAfter(LocalDate.now(CHINA))) {
			throw new InvalidIdentifierException("identifier.residentId.birthDateRange", number.substring(6, 14));
		}
		if (number.charAt(17) != checkCharacter(number)) {
			throw new InvalidIdentifierException("identifier.residentId.checkCharacter");
		}
		return number;
	}

	private static LocalDate birthDate(String number) {
		return LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
				Integer.parseInt(number.substring(12, 14)));
	}

	private static char checkCharacter(String number) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (number.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
