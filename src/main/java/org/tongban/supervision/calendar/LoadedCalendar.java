package org.tongban.supervision.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.tongban.supervision.CalendarDay;

/** The calendar as read at one moment: the loaded years and the days their arrangements list. Immutable. */
public final class LoadedCalendar {

	private final SortedSet<Year> years;

	private final Map<LocalDate, CalendarDay> listed;

	/** Per loaded year, bit {@code dayOfYear - 1} set for each working day: clocks count days one at a time. */
	private final Map<Integer, BitSet> workingDays;

	LoadedCalendar(Collection<Year> years, Map<LocalDate, CalendarDay> listed) {
		this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
		this.listed = Map.copyOf(listed);
		var byYear = new HashMap<Integer, BitSet>();
		for (Year year : this.years) {
			var days = new BitSet(year.length());
			for (LocalDate date = year.atDay(1); date.getYear() == year.getValue(); date = date.plusDays(1)) {
				days.set(date.getDayOfYear() - 1, find(date).isWorkingDay());
			}
			byYear.put(year.getValue(), days);
		}
		this.workingDays = Map.copyOf(byYear);
	}

	public SortedSet<Year> years() {
		return years;
	}

	/** Whether a date is a working day; {@code null} when its year is not loaded. */
	public Boolean isWorkingDay(LocalDate date) {
		BitSet days = workingDays.get(date.getYear());
		return days == null ? null : days.get(date.getDayOfYear() - 1);
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
