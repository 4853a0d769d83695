package org.tongban.shared.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.shared.identifiers.Refusals.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A natural person registers with a mainland mobile number, to which SMS codes are sent
 * (R1.1); however it is written, the same phone is the same number; it is shown masked
 * (R12.1).
 */
class MobileNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "13800138000", " 13800138000 ", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000",
			"+8613800138000", "+86-138-0013-8000", "8613800138000", "86 138 0013 8000", "0086 13800138000" })
	void theWaysPeopleWriteANumberAllGiveTheSameNumber(String text) {
		assertThat(MobileNumber.parse(text).value()).isEqualTo("13800138000");
		assertThat(MobileNumber.isValid(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "13012345678", "14712345678", "15912345678", "16612345678", "17012345678", "18812345678",
			"19912345678" })
	void everyMobilePrefixFrom13To19IsAccepted(String number) {
		assertThat(MobileNumber.isValid(number)).isTrue();
	}

	@Test
	void theNumberIsShownMaskedAndPrintsItselfMasked() {
		MobileNumber number = MobileNumber.parse("13812345678");

		assertThat(number.masked()).isEqualTo("138****5678");
		assertThat(number).hasToString("138****5678");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "  " })
	void aMissingNumberIsRefused(String text) {
		assertRefused(() -> MobileNumber.parse(text), "identifier.mobile.empty");
	}

	@ParameterizedTest
	@ValueSource(strings = { "+852 9123 4567", "+1 415 555 0100", "00852 91234567", "+" })
	void aNumberOutsideTheMainlandIsRefused(String text) {
		assertRefused(() -> MobileNumber.parse(text), "identifier.mobile.country");
	}

	@Test
	void aNumberWithOtherCharactersIsRefused() {
		assertRefused(() -> MobileNumber.parse("1380013800O"), "identifier.mobile.characters", "O");
		assertRefused(() -> MobileNumber.parse("(138)00138000"), "identifier.mobile.characters", "(");
	}

	@Test
	void aNumberOfTheWrongLengthIsRefusedSayingHowLongItIs() {
		assertRefused(() -> MobileNumber.parse("1380013800"), "identifier.mobile.length", 10);
		assertRefused(() -> MobileNumber.parse("138001380001"), "identifier.mobile.length", 12);
		assertRefused(() -> MobileNumber.parse("+86 138001380001"), "identifier.mobile.length", 12);
	}

	@Test
	void aNumberThatIsNoMobileNumberIsRefused() {
		assertRefused(() -> MobileNumber.parse("12800138000"), "identifier.mobile.prefix", "12");
		assertRefused(() -> MobileNumber.parse("010-1234-5678"), "identifier.mobile.prefix", "01");
		assertRefused(() -> MobileNumber.parse("23800138000"), "identifier.mobile.prefix", "23");
	}

}
