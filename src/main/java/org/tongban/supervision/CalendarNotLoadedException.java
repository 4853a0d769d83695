package org.tongban.supervision;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.stream.Collectors;

import org.tongban.shared.InvalidParameterException;

/**
 * The calendar cannot answer because a date, or a count of working days, falls in a year
 * whose arrangement is not loaded. Never guessed: a working day cannot be told before the
 * State Council publishes the year's arrangement. Names the parameter at fault and the
 * years that are loaded.
 */
public class CalendarNotLoadedException extends InvalidParameterException {

	private CalendarNotLoadedException(String parameter, String messageCode, Object... messageArgs) {
		super(parameter, messageCode, messageArgs);
	}

	/** The date itself is in a year that is not loaded. */
	public static CalendarNotLoadedException forDate(String parameter, LocalDate date, Collection<Year> loaded) {
		return new CalendarNotLoadedException(parameter, "supervision.calendar.notLoaded",
				String.valueOf(date.getYear()), date, list(loaded));
	}

	/** Counting from a loaded date runs into a year that is not loaded. */
	public static CalendarNotLoadedException beyond(String parameter, LocalDate from, int days,
			Collection<Year> loaded) {
		return new CalendarNotLoadedException(parameter, "supervision.calendar.beyondLoaded", from, days, list(loaded));
	}

	// Years as text: a number argument would be printed with a thousands separator
	// (2,026).
	private static String list(Collection<Year> years) {
		return years.stream().map(Year::toString).collect(Collectors.joining(", "));
	}

}
