package org.tongban.shared.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tongban.support.MessageBundles;

/**
 * Asserts that a number is refused for one precise reason, and that the applicant can
 * read that reason in Chinese and in English (R13.3): a message code without a text would
 * reach the form as the bare code.
 */
final class Refusals {

	private static final ResourceBundleMessageSource MESSAGES = MessageBundles.of("i18n/shared");

	private Refusals() {
	}

	static void assertRefused(ThrowingCallable parsing, String messageCode, Object... messageArgs) {
		InvalidIdentifierException refusal = catchThrowableOfType(InvalidIdentifierException.class, parsing);
		assertThat(refusal).as("refusal").isNotNull();
		assertThat(refusal.messageCode()).isEqualTo(messageCode);
		assertThat(refusal.messageArgs()).containsExactly(messageArgs);
		String chinese = MESSAGES.getMessage(messageCode, refusal.messageArgs(), Locale.SIMPLIFIED_CHINESE);
		String english = MESSAGES.getMessage(messageCode, refusal.messageArgs(), Locale.ENGLISH);
		assertThat(chinese).doesNotContain("{").isNotEqualTo(english);
		assertThat(english).doesNotContain("{");
		assertThat(MESSAGES.getMessage(messageCode, null, Locale.ENGLISH)).as("English text").matches("[\\x20-\\x7e]+");
	}

}
