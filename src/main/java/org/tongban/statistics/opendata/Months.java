package org.tongban.statistics.opendata;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import org.tongban.shared.InvalidParameterException;

/**
 * A range of whole months of the open data, both included: {@code YYYY-MM}, at most
 * {@value #MAX_MONTHS} months; the last twelve up to this month when none is given.
 */
record Months(YearMonth from, YearMonth to) {

	static final int MAX_MONTHS = 36;

	static final int DEFAULT_MONTHS = 12;

	private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

	/**
	 * The range asked; a parameter that is not a month, or a range that is not one, is
	 * refused.
	 */
	static Months of(String from, String to, YearMonth thisMonth) {
		YearMonth end = isBlank(to) ? thisMonth : month("to", to);
		YearMonth start = isBlank(from) ? end.minusMonths(DEFAULT_MONTHS - 1) : month("from", from);
		if (end.isBefore(start)) {
			throw new InvalidParameterException("to", "supervision.openData.order");
		}
		if (ChronoUnit.MONTHS.between(start, end) + 1 > MAX_MONTHS) {
			throw new InvalidParameterException("to", "supervision.openData.tooLong", MAX_MONTHS);
		}
		return new Months(start, end);
	}

	static Months lastYear(YearMonth thisMonth) {
		return new Months(thisMonth.minusMonths(DEFAULT_MONTHS - 1), thisMonth);
	}

	private static YearMonth month(String parameter, String value) {
		String month = value.strip();
		if (!MONTH.matcher(month).matches()) {
			throw new InvalidParameterException(parameter, "supervision.openData.month.format", parameter);
		}
		return YearMonth.parse(month);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
