package org.tongban.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.validation.Errors;

/**
 * The fields of a report's filter as typed (the supervision console, the statistics
 * console): a day in ISO form and the code of a department or matter. A day that is
 * missing or not a day is refused next to its field with the message
 * {@code <messages>.missing} or {@code <messages>.date}.
 */
public final class FilterFields {

	private FilterFields() {
	}

	/** The day typed, or null with the field refused. */
	public static LocalDate date(String value, String field, Errors errors, String messages) {
		if (isBlank(value)) {
			errors.rejectValue(field, messages + ".missing");
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, messages + ".date");
			return null;
		}
	}

	/** A code as the catalogue writes it, or null for none. */
	public static String code(String value) {
		return isBlank(value) ? null : value.strip().toUpperCase(Locale.ROOT);
	}

	public static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
