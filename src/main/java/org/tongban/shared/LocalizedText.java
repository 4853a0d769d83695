package org.tongban.shared;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text published in Simplified Chinese, the authoritative language, with an optional
 * English rendering. English readers see the Chinese text where no translation exists
 * rather than nothing.
 */
public record LocalizedText(String zh, String en) {

	public LocalizedText {
		if (zh == null || zh.isBlank()) {
			throw new IllegalArgumentException("A localized text needs its Chinese original");
		}
	}

	public static LocalizedText of(String zh, String en) {
		return new LocalizedText(zh, en);
	}

	public String in(Locale locale) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return english && en != null && !en.isBlank() ? en : zh;
	}

	/**
	 * The arguments of a message with every localized text in the reader's language, so
	 * that a refusal naming a matter or a material reads the same language as the
	 * sentence around it.
	 */
	public static Object[] in(Locale locale, Object... arguments) {
		return Arrays.stream(arguments)
			.map(argument -> argument instanceof LocalizedText text ? text.in(locale) : argument)
			.toArray();
	}

	@Override
	public String toString() {
		return zh;
	}

}
