package org.tongban.shared.identifiers;

import java.util.Locale;
import java.util.Map;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015) of a legal person or other
 * organization, as printed on its business licence or registration certificate: the
 * registration authority (position 1), the kind of organization (2), the division code of
 * the registering office (3–8), the organization code of GB 11714 with its own check
 * character (9–17), and a check character over the whole (18). Letters I, O, S, V and Z
 * are never used.
 * <p>
 * Registration as a legal person depends on this code (R1.1). Positions 1 and 2 are
 * checked against each other only for the authorities whose kinds the standard itself
 * fixes (1 机构编制, 5 民政, 9 工商); the authorities added since are listed differently in
 * different sources, and refusing a real licence would be worse than letting the registry
 * check (R1.2) find a wrong code. Some codes that Xiamen issued before the standard was
 * final are known not to satisfy its check character and are refused here: the real-name
 * verification is where such an organization gets help.
 *
 * @param value the code in its canonical form: 18 upper-case characters
 */
public record UnifiedSocialCreditCode(String value) {

	private static final int LENGTH = 18;

	/**
	 * The characters a code may use, in the order of their values for the check
	 * character.
	 */
	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int[] ORGANIZATION_CODE_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	/** The kinds of organization that GB 32100 fixes for a registration authority. */
	private static final Map<Character, String> KINDS_BY_AUTHORITY = Map.of('1', "1239", // 机构编制:
																							// 机关,
																							// 事业单位,
																							// 中央编办直接管理机构编制的群众团体,
																							// 其他
			'5', "1239", // 民政: 社会团体, 民办非企业单位, 基金会, 其他
			'9', "123"); // 工商: 企业, 个体工商户, 农民专业合作社

	/**
	 * Checks and normalizes a code: surrounding whitespace is dropped and letters become
	 * upper-case.
	 * @throws InvalidIdentifierException with the first reason found, one of
	 * {@code identifier.creditCode.empty|
	 * length|characters|authority|kind|division|organizationCode|checkCharacter}
	 */
	public UnifiedSocialCreditCode {
		value = checked(value);
	}

	/** @see #UnifiedSocialCreditCode(String) */
	public static UnifiedSocialCreditCode parse(String text) {
		return new UnifiedSocialCreditCode(text);
	}

	public static boolean isValid(String text) {
		return InvalidIdentifierException.accepts(text, UnifiedSocialCreditCode::checked);
	}

	/**
	 * The code with its middle hidden, {@code 913501********0Y43}, in the same shape as a
	 * masked ID number.
	 */
	public String masked() {
		return value.substring(0, 6) + "********" + value.substring(14);
	}

	/**
	 * Unmasked: the code is public, printed on the licence and in the enterprise credit
	 * register.
	 */
	@Override
	public String toString() {
		return value;
	}

	private static String checked(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidIdentifierException("identifier.creditCode.empty");
		}
		String code = text.strip().toUpperCase(Locale.ROOT);
		if (code.length() != LENGTH) {
			throw new InvalidIdentifierException("identifier.creditCode.length", code.length());
		}
		for (int i = 0; i < LENGTH; i++) {
			char c = code.charAt(i);
			if (ALPHABET.indexOf(c) < 0) {
				throw new InvalidIdentifierException("identifier.creditCode.characters", i + 1, String.valueOf(c));
			}
		}
		char authority = code.charAt(0);
		if (authority == '0') {
			throw new InvalidIdentifierException("identifier.creditCode.authority", String.valueOf(authority));
		}
		char kind = code.charAt(1);
		String kinds = KINDS_BY_AUTHORITY.get(authority);
		if (kinds != null && kinds.indexOf(kind) < 0) {
			throw new InvalidIdentifierException("identifier.creditCode.kind", String.valueOf(kind),
					String.valueOf(authority));
		}
		String division = code.substring(2, 8);
		if (!division.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new InvalidIdentifierException("identifier.creditCode.division", division);
		}
		if (code.charAt(16) != organizationCodeCheckCharacter(code.substring(8, 16))) {
			throw new InvalidIdentifierException("identifier.creditCode.organizationCode");
		}
		if (code.charAt(17) != checkCharacter(code)) {
			throw new InvalidIdentifierException("identifier.creditCode.checkCharacter");
		}
		return code;
	}

	/**
	 * GB 11714: letters count from A = 10 to Z = 35 here, as in the organization code's
	 * own alphabet.
	 */
	private static char organizationCodeCheckCharacter(String body) {
		int sum = 0;
		for (int i = 0; i < ORGANIZATION_CODE_WEIGHTS.length; i++) {
			sum += Character.digit(body.charAt(i), 36) * ORGANIZATION_CODE_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		return switch (check) {
			case 10 -> 'X';
			case 11 -> '0';
			default -> (char) ('0' + check);
		};
	}

	private static char checkCharacter(String code) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

}
