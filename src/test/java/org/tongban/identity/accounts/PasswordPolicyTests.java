package org.tongban.identity.accounts;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tongban.identity.AccountRefusedException;

/** R1.4: a password of 8 to 128 characters that is neither common nor the account's own name or numbers. */
class PasswordPolicyTests {

	static final PasswordPolicy POLICY = new PasswordPolicy();

	static final List<String> NOTHING_PERSONAL = List.of();

	@ParameterizedTest
	@ValueSource(strings = { "Tongban#2026", "correct horse battery staple", "门前大桥下游过一群鸭", "x7Gq!pL2" })
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
