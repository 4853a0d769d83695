package org.tongban.shared.identifiers;

/**
 * A bank account number (银行账号) for refunds and fee payments, or the number of the bank
 * card (银行卡号) that stands for an account.
 * <p>
 * Only card numbers carry a public check digit: ISO/IEC 7812 card numbers, UnionPay's
 * included, end in a Luhn digit and are 16 to 19 digits long in China. Settlement account
 * numbers (对公账户, passbook accounts) follow each bank's own scheme, with private check
 * digits or none, and run longer than cards (20 or 21 digits at some banks; the payment
 * systems carry up to 32). So the caller says what it asks for: {@link #parseCard} where
 * the form asks for a card number and the Luhn digit catches a mistyped digit,
 * {@link #parse} for any account, checked for its form only. Both give the same type:
 * what is stored is the number.
 *
 * @param value the digits, without spaces
 */
public record BankAccountNumber(String value) {

	private static final int MIN_ACCOUNT_LENGTH = 12;

	private static final int MAX_ACCOUNT_LENGTH = 32;

	private static final int MIN_CARD_LENGTH = 16;

	private static final int MAX_CARD_LENGTH = 19;

	/**
	 * Checks and normalizes an account number: spaces and hyphens, with which people
	 * group the digits, are dropped.
	 * @throws InvalidIdentifierException with the first reason found, one of
	 * {@code identifier.bankAccount.empty|characters|length}
	 */
	public BankAccountNumber {
		value = checked(value);
	}

	/** @see #BankAccountNumber(String) */
	public static BankAccountNumber parse(String text) {
		return new BankAccountNumber(text);
	}

	/**
	 * Checks and normalizes a bank card number as an account number is normalized, then
	 * checks the length of a card and its Luhn digit.
	 * @throws InvalidIdentifierException with the first reason found, one of
	 * {@code identifier.bankCard.empty|characters|length|checkDigit}
	 */
	public static BankAccountNumber parseCard(String text) {
		String digits = digits(text, "identifier.bankCard");
		if (digits.length() < MIN_CARD_LENGTH || digits.length() > MAX_CARD_LENGTH) {
			throw new InvalidIdentifierException("identifier.bankCard.length", digits.length());
		}
		if (!hasValidLuhnDigit(digits)) {
			throw new InvalidIdentifierException("identifier.bankCard.checkDigit");
		}
		return new BankAccountNumber(digits);
	}

	public static boolean isValid(String text) {
		return InvalidIdentifierException.accepts(text, BankAccountNumber::checked);
	}

	/**
	 * The number with all but its last four digits hidden, which is how a holder
	 * recognizes an account.
	 */
	public String masked() {
		int visible = value.length() - 4;
		return "*".repeat(visible) + value.substring(visible);
	}

	/**
	 * Masked, so that a number written to a log or a page by mistake does not disclose
	 * the account.
	 */
	@Override
	public String toString() {
		return masked();
	}

	private static String checked(String text) {
		String digits = digits(text, "identifier.bankAccount");
		if (digits.length() < MIN_ACCOUNT_LENGTH || digits.length() > MAX_ACCOUNT_LENGTH) {
			throw new InvalidIdentifierException("identifier.bankAccount.length", digits.length());
		}
		return digits;
	}

	/**
	 * The digits of an account or card number; refusals in the words of the form
	 * ({@code messageCodes}).
	 */
	private static String digits(String text, String messageCodes) {
		if (text == null || text.isBlank()) {
			throw new InvalidIdentifierException(messageCodes + ".empty");
		}
		String digits = text.strip().replaceAll("[\\s-]", "");
		for (int i = 0; i < digits.length(); i++) {
			char c = digits.charAt(i);
			if (c < '0' || c > '9') {
				throw new InvalidIdentifierException(messageCodes + ".characters", String.valueOf(c));
			}
		}
		return digits;
	}

	/**
	 * Luhn (ISO/IEC 7812-1 Annex B): every second digit from the right doubled, the sum a
	 * multiple of 10.
	 */
	private static boolean hasValidLuhnDigit(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

}
