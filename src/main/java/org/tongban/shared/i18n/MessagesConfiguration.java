package org.tongban.shared.i18n;

import java.time.Duration;
import java.time.LocalDate;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's messages ({@code spring.messages} in application.yml), which write a
 * date given them the way the pages do: by {@code date.pattern} of the reader's language,
 * "2026年12月4日" or "4 December 2026", never {@code 2026-12-04} (issue 13 item 8). A
 * notice, a banner or a refusal passes the {@link LocalDate} itself and the language it
 * is read in decides, so there is one way to write a date per language.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	@ConfigurationProperties("spring.messages")
	MessageSourceProperties messageSourceProperties() {
		return new MessageSourceProperties();
	}

	/**
	 * As Spring Boot makes it from the same properties, with dates written in the
	 * reader's language.
	 */
	@Bean
	MessageSource messageSource(MessageSourceProperties properties) {
		var messages = new DatedMessages();
		messages.setBasenames(properties.getBasename().toArray(String[]::new));
		if (properties.getEncoding() != null) {
			messages.setDefaultEncoding(properties.getEncoding().name());
		}
		messages.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		Duration cacheDuration = properties.getCacheDuration();
		if (cacheDuration != null) {
			messages.setCacheMillis(cacheDuration.toMillis());
		}
		messages.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		messages.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		return messages;
	}

}
