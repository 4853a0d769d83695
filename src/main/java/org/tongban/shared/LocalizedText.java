package org.tongban.shared;

import java.util.Locale;

/**
 * A text published in Simplified Chinese, the authoritative language, with an optional English rendering.
 * English readers see the Chinese text where no translation exists rather than nothing.
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

	@Override
	public String toString() {
		return zh;
	}

}
