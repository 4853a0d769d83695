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

/**
 * The calendar as read at one moment: the loaded years and the days their arrangements
 * list, and after the last of them the provisional years up to a horizon, counted from
 * the statutory holidays alone ({@link StatutoryHolidays}) until their arrangements are
 * published. Immutable.
 */
public final class LoadedCalendar {

	private final SortedSet<Year> years;

	private final SortedSet<Year> provisionalYears;

	private final Map<LocalDate, CalendarDay> listed;

	/**
	 * Per year, bit {@code dayOfYear - 1} set for each working day: clocks count days one
	 * at a time.
	 */
	private final Map<Integer, BitSet> workingDays;

	/**
	 * @param years the years whose official arrangement is loaded
	 * @param listed the days their arrangements list
	 * @param provisionalUntil the last year counted provisionally when it is not loaded
	 */
	LoadedCalendar(Collection<Year> years, Map<LocalDate, CalendarDay> listed, Year provisionalUntil) {
		this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
		var provisional = new TreeSet<Year>();
		var days = new HashMap<>(listed);
		if (!this.years.isEmpty()) {
			for (Year year = this.years.first(); !year.isAfter(provisionalUntil); year = year.plusYears(1)) {
				if (!this.years.contains(year)) {
					provisional.add(year);
					StatutoryHolidays.of(year).forEach(day -> days.put(day.date(), day));
				}
			}
		}
		this.provisionalYears = Collections.unmodifiableSortedSet(provisional);
		this.listed = Map.copyOf(days);
		var byYear = new HashMap<Integer, BitSet>();
		for (Year year : counted()) {
			var bits = new BitSet(year.length());
			for (LocalDate date = year.atDay(1); date.getYear() == year.getValue(); date = date.plusDays(1)) {
				bits.set(date.getDayOfYear() - 1, find(date).isWorkingDay());
			}
			byYear.put(year.getValue(), bits);
		}
		this.workingDays = Map.copyOf(byYear);
	}

	/** The years whose official arrangement is loaded. */
	public SortedSet<Year> years() {
		return years;
	}

	/**
	 * The years counted provisionally from the statutory holidays, their arrangement not
	 * being loaded.
	 */
	public SortedSet<Year> provisionalYears() {
		return provisionalYears;
	}

	public boolean isProvisional(LocalDate date) {
		return provisionalYears.contains(Year.from(date));
	}

	/**
	 * Whether a date is a working day; {@code null} when its year is neither loaded nor
	 * counted provisionally.
	 */
	public Boolean isWorkingDay(LocalDate date) {
		BitSet days = workingDays.get(date.getYear());
		return days == null ? null : days.get(date.getDayOfYear() - 1);
	}

	/**
	 * The day, or {@code null} when its year is neither loaded nor counted provisionally.
	 */
	public CalendarDay find(LocalDate date) {
		Year year = Year.from(date);
		if (!years.contains(year) && !provisionalYears.contains(year)) {
			return null;
		}
		CalendarDay day = listed.get(date);
		return day != null ? day : CalendarDay.ordinary(date);
	}

	private SortedSet<Year> counted() {
		var counted = new TreeSet<>(years);
		counted.addAll(provisionalYears);
		return counted;
	}

}
