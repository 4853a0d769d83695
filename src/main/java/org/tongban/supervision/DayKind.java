package org.tongban.supervision;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** What a date is in the official calendar, and whether it is a working day. */
public enum DayKind {

	/** Monday to Friday, not a holiday. */
	WORKING_DAY(true),

	/** Saturday or Sunday, not an adjusted working day. */
	WEEKEND(false),

	/**
	 * A public holiday of the official arrangement (放假), whatever the day of the week.
	 */
	HOLIDAY(false),

	/** A Saturday or Sunday that is worked to make up for a longer holiday (调休上班). */
	ADJUSTED_WORKING_DAY(true);

	private final boolean workingDay;

	DayKind(boolean workingDay) {
		this.workingDay = workingDay;
	}

	public boolean isWorkingDay() {
		return workingDay;
	}

	/** What a date is when the arrangement of its year does not list it. */
	public static DayKind ordinary(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? WEEKEND : WORKING_DAY;
	}

}
