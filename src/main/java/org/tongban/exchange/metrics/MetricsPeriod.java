package org.tongban.exchange.metrics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The period of the sharing metrics, both days included: from the first day of this year
 * to today when no date is given, else two ISO dates at most {@value #MAX_DAYS} days
 * apart.
 */
record MetricsPeriod(LocalDate from, LocalDate to) {

	static final int MAX_DAYS = 366;

	/**
	 * What is wrong with a field: a message code of the exchange bundle and its
	 * arguments.
	 */
	record Problem(String field, String code, Object... args) {
	}

	/** The period, or the problems of the dates as typed. */
	record Parsed(MetricsPeriod period, List<Problem> problems) {
	}

	static Parsed parse(String from, String to, LocalDate today) {
		if (isBlank(from) && isBlank(to)) {
			return new Parsed(new MetricsPeriod(today.withDayOfYear(1), today), List.of());
		}
		List<Problem> problems = new ArrayList<>();
		LocalDate start = date(from, "from", problems);
		LocalDate end = date(to, "to", problems);
		if (start != null && end != null) {
			if (end.isBefore(start)) {
				problems.add(new Problem("to", "exchange.metrics.period.order"));
			}
			else if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
				problems.add(new Problem("to", "exchange.metrics.period.tooLong", MAX_DAYS));
			}
		}
		return new Parsed(problems.isEmpty() ? new MetricsPeriod(start, end) : null, problems);
	}

	private static LocalDate date(String value, String field, List<Problem> problems) {
		if (isBlank(value)) {
			problems.add(new Problem(field, "exchange.metrics.period.missing"));
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new Problem(field, "exchange.metrics.period.date"));
			return null;
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
