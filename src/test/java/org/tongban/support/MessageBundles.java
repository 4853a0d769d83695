package org.tongban.support;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.tongban.shared.i18n.DatedMessages;

/**
 * Message bundles as the platform reads them (spring.messages in application.yml), for
 * tests without a context.
 */
public final class MessageBundles {

	private MessageBundles() {
	}

	/**
	 * The bundles of these base names, e.g. {@code i18n/shared}: UTF-8, Chinese unless
	 * another language is asked, dates written by {@code date.pattern} (give
	 * {@code i18n/shared} to write one).
	 */
	public static ResourceBundleMessageSource of(String... basenames) {
		var messages = new DatedMessages();
		messages.setBasenames(basenames);
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
