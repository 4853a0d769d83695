package org.tongban.shared.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.shared.identifiers.Refusals.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Refunds and fees go to a bank account: a card number is checked by its Luhn digit, an
 * account number of a bank's own scheme by its form; both are shown masked (R12.1).
 */
class BankAccountNumberTests {

	/** UnionPay test card numbers, 16 and 19 digits, and a card of another scheme. */
	private static final String[] CARDS = { "6200000000000005", "6205500000000000004", "4111111111111111" };

	@Test
	void cardNumbersWithTheirLuhnDigitAreAccepted() {
		for (String card : CARDS) {
			assertThat(BankAccountNumber.parseCard(card).value()).isEqualTo(card);
		}
	}

	@Test
	void spacesAndHyphensThatGroupTheDigitsAreDropped() {
		assertThat(BankAccountNumber.parseCard(" 6205 5000 0000 0000 004 ").value()).isEqualTo("6205500000000000004");
		assertThat(BankAccountNumber.parse("3100-6672-6018-0100-13413").value()).isEqualTo("310066726018010013413");
	}

	@Test
	void accountNumbersLongerThanCardsAndWithoutLuhnDigitAreAcceptedAsAccounts() {
		assertThat(BankAccountNumber.parse("44050146070100000123").value()).isEqualTo("44050146070100000123");
		assertThat(BankAccountNumber.parse("6200000000000006").value()).isEqualTo("6200000000000006");
		assertThat(BankAccountNumber.isValid("337856789012")).isTrue();
	}

	@Test
	void theNumberShowsOnlyItsLastFourDigits() {
		BankAccountNumber card = BankAccountNumber.parseCard("6205500000000000004");

		assertThat(card.masked()).isEqualTo("***************0004");
		assertThat(card).hasToString("***************0004");
	}

	@Test
	void aCardNumberWithAWrongLuhnDigitIsRefused() {
		assertRefused(() -> BankAccountNumber.parseCard("6200000000000006"), "identifier.bankCard.checkDigit");
		assertRefused(() -> BankAccountNumber.parseCard("6205500000000000040"), "identifier.bankCard.checkDigit");
	}

	@Test
	void aCardNumberOfTheWrongLengthIsRefusedSayingHowLongItIs() {
		assertRefused(() -> BankAccountNumber.parseCard("620000000000004"), "identifier.bankCard.length", 15);
		assertRefused(() -> BankAccountNumber.parseCard("44050146070100000123"), "identifier.bankCard.length", 20);
		assertRefused(() -> BankAccountNumber.parseCard("1234"), "identifier.bankCard.length", 4);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " " })
	void aMissingNumberIsRefusedInTheWordsOfTheForm(String text) {
		assertRefused(() -> BankAccountNumber.parseCard(text), "identifier.bankCard.empty");
		assertRefused(() -> BankAccountNumber.parse(text), "identifier.bankAccount.empty");
	}

	@Test
	void aNumberWithOtherCharactersIsRefusedInTheWordsOfTheForm() {
		assertRefused(() -> BankAccountNumber.parseCard("6200 0000 0000 000S"), "identifier.bankCard.characters", "S");
		assertRefused(() -> BankAccountNumber.parse("NO. 4405014607010000"), "identifier.bankAccount.characters", "N");
	}

	@Test
	void anAccountNumberOfTheWrongLengthIsRefusedSayingHowLongItIs() {
		assertRefused(() -> BankAccountNumber.parse("12345678901"), "identifier.bankAccount.length", 11);
		assertRefused(() -> BankAccountNumber.parse("1".repeat(33)), "identifier.bankAccount.length", 33);
	}

}
