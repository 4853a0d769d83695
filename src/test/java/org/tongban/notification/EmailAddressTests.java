package org.tongban.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.shared.identifiers.InvalidIdentifierException;

/**
 * E-mail addresses are checked loosely, as mail servers accept more than any pattern, and
 * shown masked (R12.1).
 */
class EmailAddressTests {

	@ParameterizedTest
	@CsvSource({ "zhang.wei@example.com, zhang.wei@example.com", "' Zhang.Wei@Example.COM ', Zhang.Wei@example.com",
			"li+tongban@mail.d-city.gov.cn, li+tongban@mail.d-city.gov.cn", "张伟@例子.中国, 张伟@例子.中国" })
	void acceptsWhatMailServersAcceptAndWritesTheDomainInLowerCase(String text, String value) {
		assertThat(EmailAddress.parse(text).value()).isEqualTo(value);
		assertThat(EmailAddress.isValid(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "zhang.wei", "zhang wei@example.com", "zhang@localhost", "@example.com",
			"zhang@example..com", "zhang@-example.com", "zhang@example.com.", "13800138000" })
	void refusesWhatIsNoAddress(String text) {
		assertThatExceptionOfType(InvalidIdentifierException.class).isThrownBy(() -> EmailAddress.parse(text))
			.extracting(InvalidIdentifierException::messageCode)
			.isEqualTo("notification.emailAddress.format");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "  " })
	void refusesNothing(String text) {
		assertThatExceptionOfType(InvalidIdentifierException.class).isThrownBy(() -> EmailAddress.parse(text))
			.extracting(InvalidIdentifierException::messageCode)
			.isEqualTo("notification.emailAddress.empty");
	}

	@Test
	void refusesAnAddressLongerThanSmtpAllows() {
		assertThatExceptionOfType(InvalidIdentifierException.class)
			.isThrownBy(() -> EmailAddress.parse("a@" + "b".repeat(250) + ".cn"))
			.extracting(InvalidIdentifierException::messageCode)
			.isEqualTo("notification.emailAddress.length");
	}

	@Test
	void isShownAndPrintedMasked() {
		EmailAddress address = EmailAddress.parse("zhang.wei@example.com");

		assertThat(address.masked()).isEqualTo("z***@example.com");
		assertThat(address).hasToString("z***@example.com");
	}

}
