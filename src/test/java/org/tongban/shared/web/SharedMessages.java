package org.tongban.shared.web;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The shared message bundle as the platform reads it (UTF-8, Chinese unless asked otherwise), without a context. */
final class SharedMessages {

	private SharedMessages() {
	}

	static ResourceBundleMessageSource bundle() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/shared");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
