package org.tongban.supervision.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.supervision.CalendarDay;
import org.tongban.supervision.CalendarNotLoadedException;
import org.tongban.supervision.DayKind;

/**
 * The arrangements of the loaded years as the administrator keeps them (R8.1): read them,
 * add a year when the State Council publishes it, and correct single days. Reads and
 * checks go to the database, not to the working-day calendar's in-memory copy, so that an
 * edit always starts from what is stored. Every change publishes {@link CalendarChanged}.
 * The names of refused parameters are those of the administrator's form.
 */
@Service
@Transactional
public class CalendarArrangements {

	private static final int MAX_NAME_LENGTH = 100;

	private static final int MAX_SOURCE_LENGTH = 300;

	private static final LocalizedText PROVISIONAL_SOURCE = LocalizedText.of("《全国年节及纪念日放假办法》（暂定：国务院尚未公布本年度节假日安排）",
			"National Holidays Regulations (provisional: the State Council has not yet published this year's arrangement)");

	private final CalendarRepository repository;

	private final ApplicationEventPublisher events;

	CalendarArrangements(CalendarRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Optional<YearArrangement> year(Year year) {
		return repository.find(year);
	}

	/**
	 * The holidays by which a year is counted while its arrangement is not published
	 * (R8.1): the statutory ones of 《全国年节及纪念日放假办法》 and the days given for those on a
	 * weekend, without adjusted working days. The source names the rules; there is no
	 * publication date.
	 */
	public YearArrangement provisional(Year year) {
		return new YearArrangement(year, PROVISIONAL_SOURCE, null, StatutoryHolidays.of(year));
	}

	/** Makes a date a rest day (放假); a holiday may fall on any day of the week. */
	public void declareHoliday(LocalDate date, LocalizedText name) {
		declare(new CalendarDay(date, DayKind.HOLIDAY, name));
	}

	/** Makes a Saturday or Sunday a working day (调休上班). */
	public void declareAdjustedWorkingDay(LocalDate date, LocalizedText name) {
		declare(new CalendarDay(date, DayKind.ADJUSTED_WORKING_DAY, name));
	}

	/**
	 * Makes a listed date an ordinary day again: a working day from Monday to Friday, a
	 * rest day otherwise.
	 */
	public void remove(LocalDate date) {
		requireLoaded(date);
		if (!repository.delete(date)) {
			throw new InvalidParameterException("date", "supervision.calendar.notListed", date);
		}
		events.publishEvent(new CalendarChanged(Year.from(date)));
	}

	/**
	 * Loads the arrangement of a year that is not loaded yet, e.g. 2027 once its notice
	 * is published.
	 */
	public void addYear(YearArrangement arrangement) {
		Year year = arrangement.year();
		if (repository.exists(year)) {
			throw new InvalidParameterException("year", "supervision.calendar.yearLoaded", year.toString());
		}
		if (arrangement.source() == null || arrangement.publishedOn() == null) {
			throw new InvalidParameterException("source", "supervision.calendar.sourceMissing");
		}
		if (tooLong(arrangement.source(), MAX_SOURCE_LENGTH)) {
			throw new InvalidParameterException("source", "supervision.calendar.sourceTooLong", MAX_SOURCE_LENGTH);
		}
		var dates = new HashSet<LocalDate>();
		for (CalendarDay day : arrangement.days()) {
			if (day.date().getYear() != year.getValue()) {
				throw new InvalidParameterException("days", "supervision.calendar.dayOutsideYear", day.date(),
						year.toString());
			}
			if (!dates.add(day.date())) {
				throw new InvalidParameterException("days", "supervision.calendar.dayTwice", day.date());
			}
			check(day, "days", "days");
		}
		if (arrangement.days().stream().noneMatch(day -> day.kind() == DayKind.HOLIDAY)) {
			throw new InvalidParameterException("days", "supervision.calendar.noHoliday", year.toString());
		}
		repository.insert(arrangement);
		events.publishEvent(new CalendarChanged(year));
	}

	private void declare(CalendarDay day) {
		requireLoaded(day.date());
		check(day, "date", "name");
		repository.save(day);
		events.publishEvent(new CalendarChanged(Year.from(day.date())));
	}

	private void requireLoaded(LocalDate date) {
		if (!repository.exists(Year.from(date))) {
			throw CalendarNotLoadedException.forDate("date", date, repository.years());
		}
	}

	/**
	 * Only exceptions to the week are listed: holidays, and adjusted working days on a
	 * weekend.
	 */
	private static void check(CalendarDay day, String dateParameter, String nameParameter) {
		if (day.kind() != DayKind.HOLIDAY && day.kind() != DayKind.ADJUSTED_WORKING_DAY) {
			throw new InvalidParameterException(dateParameter, "supervision.calendar.notListable", day.date(),
					day.kind().name());
		}
		if (day.kind() == DayKind.ADJUSTED_WORKING_DAY && DayKind.ordinary(day.date()) != DayKind.WEEKEND) {
			throw new InvalidParameterException(dateParameter, "supervision.calendar.adjustedOnWeekday", day.date());
		}
		if (day.name() == null) {
			throw new InvalidParameterException(nameParameter, "supervision.calendar.nameMissing", day.date());
		}
		if (tooLong(day.name(), MAX_NAME_LENGTH)) {
			throw new InvalidParameterException(nameParameter, "supervision.calendar.nameTooLong", day.date(),
					MAX_NAME_LENGTH);
		}
	}

	private static boolean tooLong(LocalizedText text, int maxLength) {
		return text.zh().length() > maxLength || (text.en() != null && text.en().length() > maxLength);
	}

}
