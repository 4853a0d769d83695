package org.tongban.shared.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.shared.identifiers.Refusals.assertRefused;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A legal person registers with a unified social credit code checked by its GB 32100
 * check character (R1.1), and by the GB 11714 check character of the organization code
 * inside it; a refused code says exactly what is wrong with it.
 */
class UnifiedSocialCreditCodeTests {

	/**
	 * Codes in the form of real licences: enterprises (91) of several cities, among them
	 * the code most often cited as an example, one whose two check characters are both X,
	 * and a public institution (12).
	 */
	static final List<String> VALID_CODES = List.of("91350100M000100Y43", "914403001922038216", "91440300708461136T",
			"91110108551385082Q", "91110000802100433B", "9111000071093123XX", "12440600MB2C07549J");

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	@ParameterizedTest
	@FieldSource("VALID_CODES")
	void codesOfRealLicencesAreAccepted(String code) {
		assertThat(UnifiedSocialCreditCode.parse(code).value()).isEqualTo(code);
		assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
	}

	@ParameterizedTest
	@FieldSource("VALID_CODES")
	void exactlyOneCheckCharacterIsAccepted(String code) {
		String first17 = code.substring(0, 17);

		List<String> accepted = ALPHABET.chars()
			.mapToObj(c -> first17 + (char) c)
			.filter(UnifiedSocialCreditCode::isValid)
			.toList();

		assertThat(accepted).containsExactly(code);
	}

	@ParameterizedTest
	@FieldSource("VALID_CODES")
	void anyOtherOrganizationCodeCheckCharacterIsRefused(String code) {
		"0123456789X".chars()
			.mapToObj(c -> code.substring(0, 16) + (char) c + code.charAt(17))
			.filter(changed -> !changed.equals(code))
			.forEach(changed -> assertRefused(() -> UnifiedSocialCreditCode.parse(changed),
					"identifier.creditCode.organizationCode"));
	}

	@Test
	void lowerCaseLettersAndSurroundingWhitespaceAreNormalized() {
		assertThat(UnifiedSocialCreditCode.parse(" 91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
	}

	@Test
	void theCodeCanBeShownMasked() {
		UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("91350100M000100Y43");

		assertThat(code.masked()).isEqualTo("913501********0Y43");
		assertThat(code).hasToString("91350100M000100Y43");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " " })
	void aMissingCodeIsRefused(String text) {
		assertRefused(() -> UnifiedSocialCreditCode.parse(text), "identifier.creditCode.empty");
	}

	@Test
	void aCodeOfTheWrongLengthIsRefusedSayingHowLongItIs() {
		assertRefused(() -> UnifiedSocialCreditCode.parse("91350100M000100Y4"), "identifier.creditCode.length", 17);
		// the organization code alone, as on the licences before 2015
		assertRefused(() -> UnifiedSocialCreditCode.parse("M000100Y4"), "identifier.creditCode.length", 9);
	}

	@Test
	void theLettersThatTheStandardLeavesOutAreRefusedWithTheirPosition() {
		assertRefused(() -> UnifiedSocialCreditCode.parse("91350100I000100Y43"), "identifier.creditCode.characters", 9,
				"I");
		assertRefused(() -> UnifiedSocialCreditCode.parse("91350100M0O0100Y43"), "identifier.creditCode.characters", 11,
				"O");
		assertRefused(() -> UnifiedSocialCreditCode.parse("91350100M000100S43"), "identifier.creditCode.characters", 16,
				"S");
		assertRefused(() -> UnifiedSocialCreditCode.parse("91350100M000100Y4V"), "identifier.creditCode.characters", 18,
				"V");
		assertRefused(() -> UnifiedSocialCreditCode.parse("z1350100M000100Y43"), "identifier.creditCode.characters", 1,
				"Z");
		assertRefused(() -> UnifiedSocialCreditCode.parse("91350100M000-00Y43"), "identifier.creditCode.characters", 13,
				"-");
	}

	@Test
	void zeroIsNoRegistrationAuthority() {
		assertRefused(() -> UnifiedSocialCreditCode.parse("01350100M000100Y43"), "identifier.creditCode.authority",
				"0");
	}

	@ParameterizedTest
	@ValueSource(strings = { "11", "12", "13", "19", "51", "52", "53", "59", "91", "92", "93" })
	void theKindsThatTheStandardFixesForItsAuthoritiesAreAccepted(String authorityAndKind) {
		assertThat(UnifiedSocialCreditCode.isValid(withCheckCharacter(authorityAndKind + "350100M000100Y4"))).isTrue();
	}

	@Test
	void aKindOfOrganizationThatTheAuthorityDoesNotRegisterIsRefused() {
		// 工商 registers enterprises (1), individual businesses (2) and farmers'
		// cooperatives (3) only
		assertRefused(() -> UnifiedSocialCreditCode.parse("94350100M000100Y43"), "identifier.creditCode.kind", "4",
				"9");
		assertRefused(() -> UnifiedSocialCreditCode.parse("54350100M000100Y43"), "identifier.creditCode.kind", "4",
				"5");
		assertRefused(() -> UnifiedSocialCreditCode.parse("1A350100M000100Y43"), "identifier.creditCode.kind", "A",
				"1");
	}

	@Test
	void theKindIsLeftToTheAuthoritiesThatTheStandardDoesNotFix() {
		assertThat(UnifiedSocialCreditCode.isValid(withCheckCharacter("N2350100M000100Y4"))).isTrue();
		assertThat(UnifiedSocialCreditCode.isValid(withCheckCharacter("Y1350100M000100Y4"))).isTrue();
		assertThat(UnifiedSocialCreditCode.isValid(withCheckCharacter("3A350100M000100Y4"))).isTrue();
	}

	@Test
	void theDivisionCodeIsSixDigits() {
		assertRefused(() -> UnifiedSocialCreditCode.parse("913501A0M000100Y43"), "identifier.creditCode.division",
				"3501A0");
	}

	@Test
	void aMistypedOrganizationCodeIsRefused() {
		assertRefused(() -> UnifiedSocialCreditCode.parse("91350100M000200Y43"),
				"identifier.creditCode.organizationCode");
	}

	@Test
	void aWrongCheckCharacterIsRefused() {
		assertRefused(() -> UnifiedSocialCreditCode.parse("91350100M000100Y44"),
				"identifier.creditCode.checkCharacter");
		assertRefused(() -> UnifiedSocialCreditCode.parse("91350100M000100Y4X"),
				"identifier.creditCode.checkCharacter");
	}

	/** The character of the alphabet that completes a code, found by trying every one. */
	private static String withCheckCharacter(String first17) {
		return ALPHABET.chars()
			.mapToObj(c -> first17 + (char) c)
			.filter(UnifiedSocialCreditCode::isValid)
			.findFirst()
			.orElseThrow();
	}

}
