package org.tongban.identity.accounts;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tongban.identity.AccountRefusedException;

/**
 * R1.4: a password of 8 to 128 characters that is neither common, nor a word of the
 * platform, nor repeated or sequential characters, nor the account's own name or numbers
 * (issue 12 item 9).
 */
class PasswordPolicyTests {

	static final PasswordPolicy POLICY = new PasswordPolicy();

	static final List<String> NOTHING_PERSONAL = List.of();

	@ParameterizedTest
	@ValueSource(strings = { "Blue-Harbour-2026", "correct horse battery staple", "门前大桥下游过一群鸭", "x7Gq!pL2",
			"abc1Harbour", "tongban is where I apply", "aaab1234x" })
	void aLongEnoughUncommonPasswordIsAccepted(String password) {
		assertThatCode(() -> POLICY.check(password, NOTHING_PERSONAL)).doesNotThrowAnyException();
	}

	@Test
	void aPasswordHasAtLeastEightCharactersCountedAsCharactersNotBytes() {
		assertRefused("Ab3#xyz", "identity.password.tooShort");
		assertRefused("", "identity.password.tooShort");
		assertRefused(null, "identity.password.tooShort");
		assertThatCode(() -> POLICY.check("我的密码很长很长", NOTHING_PERSONAL)).doesNotThrowAnyException();
	}

	@Test
	void aPasswordHasAtMost128Characters() {
		assertThatCode(() -> POLICY.check("k".repeat(127) + "!", NOTHING_PERSONAL)).doesNotThrowAnyException();
		assertRefused("k".repeat(128) + "!", "identity.password.tooLong");
	}

	@ParameterizedTest
	@ValueSource(strings = { "password", "12345678", "iloveyou", "1qaz2wsx", "PASSWORD1", "88888888", "woaini1314",
			"qq123456", "a1234567", "13145200", "abc123456", "Woaini520", "wodemima", "1q2w3e4r" })
	void aCommonPasswordIsRefusedWhateverItsCase(String password) {
		assertRefused(password, "identity.password.common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Tongban#2026", "tongban2026", "2026Tongban!", "ZWFW@2026", "一网通办2026", "Dshi@12345",
			"Admin#2026" })
	void theDemoPasswordAndTheWordsOfThePlatformAndItsCityAreRefused(String password) {
		assertRefused(password, "identity.password.common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "aaaaaaaaaaaaaaaa", "ZZZZZZZZZZ", "!!!!!!!!", "abababab", "abcabcabc", "2026202620262026",
			"密码密码密码密码" })
	void aRepeatedCharacterOrShortPieceIsRefused(String password) {
		assertRefused(password, "identity.password.repeated");
	}

	@ParameterizedTest
	@ValueSource(strings = { "123456789012", "abcdefghij", "ABCDEFGHIJK", "98765432109", "zyxwvutsrq", "qwertyuiop[",
			"wertyuiop", "asdfghjkl;", "asdfzxcvqwer", "abcdef123456", "2wsx3edc4rfv", "poiuytrewq", "mnbvcxzasdf" })
	void aRunOfTheAlphabetTheDigitsOrTheKeyboardIsRefused(String password) {
		assertRefused(password, "identity.password.sequential");
	}

	@Test
	void thePasswordIsNotTheAccountsNameOrNumbers() {
		List<String> personal = List.of("zhang.min", "13926901234", "441900199207083564");

		assertRefused("13926901234", personal, "identity.password.personal");
		assertRefused("Zhang.Min", personal, "identity.password.personal");
		assertRefused("441900199207083564", personal, "identity.password.personal");
	}

	private static void assertRefused(String password, String reason) {
		assertRefused(password, NOTHING_PERSONAL, reason);
	}

	private static void assertRefused(String password, List<String> personal, String reason) {
		assertThatThrownBy(() -> POLICY.check(password, personal)).isInstanceOf(AccountRefusedException.class)
			.hasFieldOrPropertyWithValue("parameter", "password")
			.hasFieldOrPropertyWithValue("messageCode", reason);
	}

}
