package org.tongban.shared.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.tongban.shared.identifiers.Refusals.assertRefused;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A natural person registers with a resident ID number checked by its GB 11643 check
 * character (R1.1); a refused number says exactly what is wrong with it; the number is
 * shown masked (R12.1).
 */
class ResidentIdNumberTests {

	/** The example of GB 11643-1999 itself. */
	private static final String STANDARD_EXAMPLE = "11010519491231002X";

	@Test
	void theStandardsOwnExampleIsAccepted() {
		ResidentIdNumber number = ResidentIdNumber.parse(STANDARD_EXAMPLE);

		assertThat(number.value()).isEqualTo(STANDARD_EXAMPLE);
		assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(number.sex()).isEqualTo(Sex.FEMALE);
		assertThat(ResidentIdNumber.isValid(STANDARD_EXAMPLE)).isTrue();
	}

	@Test
	void anOddSequenceNumberIsAMan() {
		ResidentIdNumber number = ResidentIdNumber.parse(withCheckCharacter("44030519851203001"));

		assertThat(number.sex()).isEqualTo(Sex.MALE);
		assertThat(number.birthDate()).isEqualTo(LocalDate.of(1985, 12, 3));
	}

	@Test
	void aLowerCaseXAndSurroundingWhitespaceAreNormalized() {
		assertThat(ResidentIdNumber.parse("  11010519491231002x\t").value()).isEqualTo(STANDARD_EXAMPLE);
		assertThat(ResidentIdNumber.parse("11010519491231002x")).isEqualTo(ResidentIdNumber.parse(STANDARD_EXAMPLE));
	}

	@Test
	void residencePermitsOfHongKongMacaoAndTaiwanResidentsAreAccepted() {
		assertThat(List.of("81000019900101001", "82000019900101001", "83000019900101001"))
			.allSatisfy(first17 -> assertThat(ResidentIdNumber.isValid(withCheckCharacter(first17))).isTrue());
	}

	@Test
	void theNumberIsShownMaskedAndPrintsItselfMasked() {
		ResidentIdNumber number = ResidentIdNumber.parse(STANDARD_EXAMPLE);

		assertThat(number.masked()).isEqualTo("110105********002X");
		assertThat(number).hasToString("110105********002X");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   " })
	void aMissingNumberIsRefused(String text) {
		assertRefused(() -> ResidentIdNumber.parse(text), "identifier.residentId.empty");
	}

	@Test
	void aNumberOfTheWrongLengthIsRefusedSayingHowLongItIs() {
		assertRefused(() -> ResidentIdNumber.parse("11010519491231002"), "identifier.residentId.length", 17);
		assertRefused(() -> ResidentIdNumber.parse("11010519491231002X1"), "identifier.residentId.length", 19);
		assertRefused(() -> ResidentIdNumber.parse("110105491231002"), "identifier.residentId.length", 15);
	}

	@Test
	void aWrongCharacterIsRefusedWithItsPosition() {
		assertRefused(() -> ResidentIdNumber.parse("1101051949123100X2"), "identifier.residentId.characters", 17, "X");
		assertRefused(() -> ResidentIdNumber.parse("110105 19491231002"), "identifier.residentId.characters", 7, " ");
		assertRefused(() -> ResidentIdNumber.parse("11010519491231002Y"), "identifier.residentId.characters", 18, "Y");
		assertRefused(() -> ResidentIdNumber.parse("１１０１０５19491231002X"), "identifier.residentId.characters", 1, "１");
	}

	@Test
	void anUnknownProvinceIsRefused() {
		assertRefused(() -> ResidentIdNumber.parse(withCheckCharacter("00010519491231002")),
				"identifier.residentId.province", "00");
		assertRefused(() -> ResidentIdNumber.parse(withCheckCharacter("16010519491231002")),
				"identifier.residentId.province", "16");
		assertRefused(() -> ResidentIdNumber.parse(withCheckCharacter("91010519491231002")),
				"identifier.residentId.province", "91");
	}

	@Test
	void aBirthDateThatIsNoDateIsRefused() {
		assertRefused(() -> ResidentIdNumber.parse(withCheckCharacter("11010519491331002")),
				"identifier.residentId.birthDate", "19491331");
		assertRefused(() -> ResidentIdNumber.parse(withCheckCharacter("11010519490229002")),
				"identifier.residentId.birthDate", "19490229");
		assertRefused(() -> ResidentIdNumber.parse(withCheckCharacter("11010519000229002")),
				"identifier.residentId.birthDate", "19000229");
		assertThat(ResidentIdNumber.parse(withCheckCharacter("11010520000229002")).birthDate())
			.isEqualTo(LocalDate.of(2000, 2, 29));
	}

	@Test
	void aBirthDateBefore1900OrInTheFutureIsRefused() {
		String dayAfterTomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai"))
			.plusDays(2)
			.format(DateTimeFormatter.BASIC_ISO_DATE);

		assertRefused(() -> ResidentIdNumber.parse(withCheckCharacter("11010518991231002")),
				"identifier.residentId.birthDateRange", "18991231");
		assertRefused(() -> ResidentIdNumber.parse(withCheckCharacter("110105" + dayAfterTomorrow + "002")),
				"identifier.residentId.birthDateRange", dayAfterTomorrow);
		assertThat(ResidentIdNumber.isValid(withCheckCharacter("11010519000101002"))).isTrue();
	}

	@Test
	void aWrongCheckCharacterIsRefused() {
		assertRefused(() -> ResidentIdNumber.parse("110105194912310021"), "identifier.residentId.checkCharacter");
		assertRefused(() -> ResidentIdNumber.parse("11010519491231003X"), "identifier.residentId.checkCharacter");
		assertThat(ResidentIdNumber.isValid("110105194912310021")).isFalse();
	}

	@Test
	void aRefusalDoesNotRepeatTheNumberWhereALogWouldKeepIt() {
		InvalidIdentifierException refusal = catchThrowableOfType(InvalidIdentifierException.class,
				() -> ResidentIdNumber.parse("110105194912310021"));

		assertThat(refusal).hasMessage("identifier.residentId.checkCharacter");
	}

	/**
	 * For every sequence number of a few people, exactly one of the eleven possible check
	 * characters is accepted, and it is the one the standard's own formulation gives.
	 */
	@Test
	void exactlyOneCheckCharacterIsAcceptedForEveryNumber() {
		for (String division : List.of("110105", "440305", "650102")) {
			for (String birthDate : List.of("19000101", "19491231", "20000229", "20240630")) {
				for (int sequence = 0; sequence < 1000; sequence++) {
					String first17 = division + birthDate + "%03d".formatted(sequence);
					List<String> accepted = "0123456789X".chars()
						.mapToObj(c -> first17 + (char) c)
						.filter(ResidentIdNumber::isValid)
						.toList();
					assertThat(accepted).as(first17).containsExactly(withCheckCharacter(first17));
				}
			}
		}
	}

	/**
	 * GB 11643 as the standard states it, independently of the implementation's weight
	 * table: counting positions from the right, the check character first (X for 10), the
	 * sum of each value times 2<sup>i−1</sup> is 1 modulo 11.
	 */
	static String withCheckCharacter(String first17) {
		for (char check : "0123456789X".toCharArray()) {
			String number = first17 + check;
			int sum = 0;
			for (int i = 1; i <= 18; i++) {
				char c = number.charAt(18 - i);
				int value = c == 'X' ? 10 : c - '0';
				sum += value * (1 << (i - 1)) % 11;
			}
			if (sum % 11 == 1) {
				return number;
			}
		}
		throw new AssertionError("no check character for " + first17);
	}

}
