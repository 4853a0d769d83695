package org.tongban.shared.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Message bundles that write each {@link LocalDate} argument by the {@code date.pattern}
 * of the message's language (in {@code i18n/shared}), as the templates write dates:
 * "2026年12月4日", "4 December 2026" (issue 13 item 8).
 */
public class DatedMessages extends ResourceBundleMessageSource {

	/**
	 * The key of the pattern of a date in each language's bundle, which the templates use
	 * too.
	 */
	public static final String DATE_PATTERN = "date.pattern";

	@Override
	protected Object[] resolveArguments(Object[] args, Locale locale) {
		Object[] resolved = super.resolveArguments(args, locale);
		for (int i = 0; i < resolved.length; i++) {
			if (resolved[i] instanceof LocalDate date) {
				resolved[i] = date.format(DateTimeFormatter.ofPattern(getMessage(DATE_PATTERN, null, locale), locale));
			}
		}
		return resolved;
	}

}
