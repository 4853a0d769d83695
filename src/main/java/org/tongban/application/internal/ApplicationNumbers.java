package org.tongban.application.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.tongban.application.Receipt;
import org.tongban.supervision.CalendarNotLoadedException;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.WorkingDayCalendar;

/**
 * Issues receipts with their application numbers and query codes (R3.4, R3.5). A number
 * is {@code TB}, the day of receipt and a serial from a database sequence, e.g.
 * {@code TB20261127000042}: unique across nodes, readable over the phone, and telling
 * nothing about the applicant. The query code is 8 random characters without look-alikes
 * (no 0/O, 1/I/L), 31^8 ≈ 8.5 × 10^11 values, so that with the rate limit on the public
 * query it cannot be guessed.
 */
@Component
public class ApplicationNumbers {

	/**
	 * What an application number looks like, to refuse anything else before a database
	 * read.
	 */
	public static final Pattern NUMBER = Pattern.compile("TB\\d{14,}");

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

	private static final int CODE_LENGTH = 8;

	private static final Logger log = LoggerFactory.getLogger(ApplicationNumbers.class);

	private final SecureRandom random = new SecureRandom();

	private final DataFieldMaxValueIncrementer serials;

	private final WorkingDayCalendar calendar;

	ApplicationNumbers(DataSource dataSource, WorkingDayCalendar calendar) throws MetaDataAccessException {
		this.calendar = calendar;
		String database = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
		this.serials = database.contains("PostgreSQL")
				? new PostgresSequenceMaxValueIncrementer(dataSource, "application_number_seq")
				: new H2SequenceMaxValueIncrementer(dataSource, "application_number_seq");
	}

	/**
	 * The receipt of an application received now: a new number and query code, the next
	 * working day for its clock to start, and the last day for the decision on acceptance
	 * (art. 32).
	 */
	public Receipt receipt(Instant receivedAt, LocalDate receivedOn) {
		return opened(waiting(receivedAt, receivedOn), receivedAt, receivedOn);
	}

	/**
	 * The receipt of a bundle member received with its bundle (R5.2): its number and
	 * query code, and no dates until its stage starts.
	 */
	public Receipt waiting(Instant receivedAt, LocalDate receivedOn) {
		return new Receipt(next(receivedOn), queryCode(), receivedAt, null, null);
	}

	/**
	 * The receipt of an application whose handling starts now, under the number and query
	 * code it was given: received now, dated as {@link #receipt} dates it.
	 */
	public Receipt opened(Receipt given, Instant receivedAt, LocalDate receivedOn) {
		return new Receipt(given.number(), given.queryCode(), receivedAt,
				workingDay(() -> calendar.nextWorkingDay(receivedOn)),
				workingDay(() -> calendar.addWorkingDays(receivedOn, CaseClocks.ACCEPTANCE_DAYS)));
	}

	/**
	 * A date of the working-day calendar, or null while the arrangement of its year is
	 * not published: an application is received at any hour of any day (R3.4) and its
	 * dates are set once the calendar is known.
	 */
	private static LocalDate workingDay(Supplier<LocalDate> date) {
		try {
			return date.get();
		}
		catch (CalendarNotLoadedException ex) {
			log.warn("Receipt without a working-day date: {}", ex.getMessage());
			return null;
		}
	}

	private String next(LocalDate receivedOn) {
		return "TB" + DAY.format(receivedOn) + String.format("%06d", serials.nextLongValue());
	}

	private String queryCode() {
		var code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
		}
		return code.toString();
	}

}
