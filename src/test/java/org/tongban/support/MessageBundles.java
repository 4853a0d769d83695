package org.tongban.support;

import org.springframework.context.support.ResourceBundleMessageSource;

/** Message bundles as the platform reads them (spring.messages in application.yml), for tests without a context. */
public final class MessageBundles {

	private MessageBundles() {
	}

	/** The bundles of these base names, e.g. {@code i18n/shared}: UTF-8, Chinese unless another language is asked. */
	public static ResourceBundleMessageSource of(String... basenames) {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames(basenames);
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
