package org.tongban.supervision.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.tongban.supervision.CalendarDay;

/** The calendar as read at one moment: the loaded years and the days their arrangements list. Immutable. */
public final class LoadedCalendar {

	private final SortedSet<Year> years;

	private final Map<LocalDate, CalendarDay> listed;

	LoadedCalendar(Collection<Year> years, Map<LocalDate, CalendarDay> listed) {
		this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
		this.listed = Map.copyOf(listed);
	}

	public SortedSet<Year> years() {
		return years;
	}

	/** The day, or {@code null} when its year is not loaded. */
	public CalendarDay find(LocalDate date) {
		if (!years.contains(Year.of(date.getYear()))) {
			return null;
		}
		CalendarDay day = listed.get(date);
		return day != null ? day : CalendarDay.ordinary(date);
	}

}
