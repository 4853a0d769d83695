package org.tongban.statistics.console;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** What the volume is shown by: days, ISO weeks, months or years. */
enum Grain {

	DAY, WEEK, MONTH, YEAR;

	/** The first day of the period a day falls in. */
	LocalDate start(LocalDate day) {
		return switch (this) {
			case DAY -> day;
			case WEEK -> day.with(java.time.DayOfWeek.MONDAY);
			case MONTH -> day.withDayOfMonth(1);
			case YEAR -> day.withDayOfYear(1);
		};
	}

	LocalDate next(LocalDate start) {
		return switch (this) {
			case DAY -> start.plusDays(1);
			case WEEK -> start.plusWeeks(1);
			case MONTH -> start.with(TemporalAdjusters.firstDayOfNextMonth());
			case YEAR -> start.plusYears(1);
		};
	}

	/** The period's name: 2026-11-27, 2026-W48, 2026-11 or 2026. */
	String name(LocalDate start) {
		return switch (this) {
			case DAY -> start.toString();
			case WEEK -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
					start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			case MONTH -> start.toString().substring(0, 7);
			case YEAR -> String.valueOf(start.getYear());
		};
	}

}
