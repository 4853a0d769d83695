package org.tongban.supervision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.SortedSet;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tongban.shared.InvalidParameterException;
import org.tongban.supervision.calendar.CalendarChanged;
import org.tongban.supervision.calendar.CalendarRepository;
import org.tongban.supervision.calendar.LoadedCalendar;

/**
 * The official working-day calendar (R8.1) by which every legal time limit is counted
 * (R15.1, 行政许可法 art. 82): Monday to Friday are working days and Saturday and Sunday rest
 * days, except the holidays and the adjusted working days (调休) of the State Council's
 * arrangement for the year. The arrangement of a year is published in the last weeks of
 * the year before, when cases already have due days in it: a year after the last one
 * loaded, up to next year, is counted provisionally from the statutory holidays of
 * 《全国年节及纪念日放假办法》 ({@link #isProvisional(LocalDate)}), and everything counted in it moves
 * when its arrangement is loaded. Dates of other years are refused with a
 * {@link CalendarNotLoadedException}, never guessed. Parameter names in errors are those
 * of the methods below.
 * <p>
 * Clocks and deadlines call this on hot paths, so each node keeps the calendar in memory.
 * A node reloads it when an edit made on that node is committed, and in any case once it
 * is older than {@link #RELOAD_AFTER}: an edit made on another node is seen there within
 * that time. That is enough because the calendar changes a few times a year, weeks before
 * the days it changes; it spares every call a database query and needs no broker.
 */
@Service
public class WorkingDayCalendar {

	/**
	 * The longest count accepted: far beyond any legal time limit, and short enough to
	 * stay cheap.
	 */
	public static final int MAX_DAYS = 1000;

	static final Duration RELOAD_AFTER = Duration.ofMinutes(1);

	/**
	 * November: the State Council publishes next year's arrangement in its last weeks of
	 * the year.
	 */
	private static final int ARRANGEMENT_DUE_FROM_MONTH = 11;

	private final CalendarRepository repository;

	private final Clock clock;

	private volatile Loaded loaded;

	/**
	 * How many changes were forgotten: a reload keeps what it read only if none came
	 * since.
	 */
	private long generation;

	WorkingDayCalendar(CalendarRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** The years whose arrangement is loaded, in order. */
	public SortedSet<Year> loadedYears() {
		return current().years();
	}

	/**
	 * The years counted provisionally from the statutory holidays until their arrangement
	 * is loaded, in order.
	 */
	public SortedSet<Year> provisionalYears() {
		return current().provisionalYears();
	}

	/**
	 * The year whose arrangement the administrator should load now, if any: this year
	 * when it is counted provisionally, or next year from 1 November on, when the State
	 * Council's notice is due and December's cases already have due days in it.
	 */
	public Optional<Year> yearAwaitingArrangement() {
		LocalDate today = LocalDate.now(clock);
		Year next = Year.from(today).plusYears(1);
		return provisionalYears().stream()
			.filter(year -> !year.isAfter(Year.from(today))
					|| (year.equals(next) && today.getMonthValue() >= ARRANGEMENT_DUE_FROM_MONTH))
			.findFirst();
	}

	/**
	 * Whether the date's year is counted provisionally, so that what is counted in it may
	 * still move.
	 */
	public boolean isProvisional(LocalDate date) {
		return current().isProvisional(date);
	}

	public boolean isWorkingDay(LocalDate date) {
		return workingDays().isWorkingDay(date);
	}

	/**
	 * The working days as the calendar holds them now, to count many days in a row (the
	 * clocks of a work queue) without looking up the arrangement again for each day. It
	 * throws {@link CalendarNotLoadedException} for a date of a year that is not loaded.
	 */
	public WorkingDays workingDays() {
		LoadedCalendar calendar = current();
		return date -> {
			Boolean working = calendar.isWorkingDay(date);
			if (working == null) {
				throw CalendarNotLoadedException.forDate("date", date, calendar.years());
			}
			return working;
		};
	}

	/** Whether dates are working days, as the calendar held them when asked for. */
	@FunctionalInterface
	public interface WorkingDays {

		boolean isWorkingDay(LocalDate date);

	}

	/**
	 * What a date is: a working day, a weekend, or a listed holiday or adjusted working
	 * day with its name.
	 */
	public CalendarDay day(LocalDate date) {
		return require(current(), date, "date");
	}

	/**
	 * The first working day strictly after a date: the day the clock starts for an
	 * application received that day, whether received on a working day or not (R3.4,
	 * R15.1).
	 */
	public LocalDate nextWorkingDay(LocalDate date) {
		return countForward(date, 1, "date", "date");
	}

	/**
	 * The {@code days}-th working day after {@code from} (1 to {@link #MAX_DAYS}), e.g. a
	 * deadline.
	 */
	public LocalDate addWorkingDays(LocalDate from, int days) {
		if (days < 1 || days > MAX_DAYS) {
			throw new InvalidParameterException("days", "supervision.calendar.days", MAX_DAYS);
		}
		return countForward(from, days, "from", "days");
	}

	/**
	 * The number of working days after {@code fromExclusive} up to and including
	 * {@code toInclusive}, e.g. the working days a clock has run; zero when
	 * {@code toInclusive} is not after {@code fromExclusive}.
	 */
	public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
		LoadedCalendar calendar = current();
		require(calendar, fromExclusive, "fromExclusive");
		require(calendar, toInclusive, "toInclusive");
		int count = 0;
		for (LocalDate date = fromExclusive.plusDays(1); !date.isAfter(toInclusive); date = date.plusDays(1)) {
			if (require(calendar, date, "toInclusive").isWorkingDay()) {
				count++;
			}
		}
		return count;
	}

	private LocalDate countForward(LocalDate from, int days, String fromParameter, String daysParameter) {
		LoadedCalendar calendar = current();
		require(calendar, from, fromParameter);
		LocalDate date = from;
		for (int left = days; left > 0;) {
			date = date.plusDays(1);
			CalendarDay day = calendar.find(date);
			if (day == null) {
				throw CalendarNotLoadedException.beyond(daysParameter, from, days, calendar.years());
			}
			if (day.isWorkingDay()) {
				left--;
			}
		}
		return date;
	}

	private static CalendarDay require(LoadedCalendar calendar, LocalDate date, String parameter) {
		CalendarDay day = calendar.find(date);
		if (day == null) {
			throw CalendarNotLoadedException.forDate(parameter, date, calendar.years());
		}
		return day;
	}

	// First of the listeners to a change, so that those that count days after it (case
	// clocks) count by the new arrangement.
	@TransactionalEventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	synchronized void forgetOnChange(CalendarChanged changed) {
		generation++;
		loaded = null;
	}

	private LoadedCalendar current() {
		Loaded current = loaded;
		return (current != null && current.isFresh(clock.instant()) ? current : reload()).calendar();
	}

	// Reads the database without holding the lock, so that threads waiting for the lock
	// never hold the pool's connections that the reader needs; a read that began before
	// an edit was committed is used once but not kept over the reset that follows it.
	private Loaded reload() {
		Instant now = clock.instant();
		long seen;
		synchronized (this) {
			if (loaded != null && loaded.isFresh(now)) {
				return loaded;
			}
			seen = generation;
		}
		Loaded fresh = new Loaded(repository.load(Year.now(clock).plusYears(1)), now);
		synchronized (this) {
			if (generation == seen) {
				loaded = fresh;
			}
		}
		return fresh;
	}

	private record Loaded(LoadedCalendar calendar, Instant at) {

		// A clock set back (a test's, or a corrected system clock) reloads too: the
		// provisional years are counted from the year it was loaded in.
		boolean isFresh(Instant now) {
			return !now.isBefore(at) && now.isBefore(at.plus(RELOAD_AFTER));
		}

	}

}
