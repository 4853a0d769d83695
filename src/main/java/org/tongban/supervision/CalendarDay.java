package org.tongban.supervision;

import java.time.LocalDate;
import java.util.Objects;

import org.tongban.shared.LocalizedText;

/**
 * One date of the official calendar. Holidays and adjusted working days carry their name
 * (e.g. 春节); ordinary days have none.
 */
public record CalendarDay(LocalDate date, DayKind kind, LocalizedText name) {

	public CalendarDay {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
	}

	public static CalendarDay ordinary(LocalDate date) {
		return new CalendarDay(date, DayKind.ordinary(date), null);
	}

	public boolean isWorkingDay() {
		return kind.isWorkingDay();
	}

}
