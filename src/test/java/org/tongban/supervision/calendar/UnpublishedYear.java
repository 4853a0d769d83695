package org.tongban.supervision.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.shared.LocalizedText;
import org.tongban.supervision.CalendarDay;
import org.tongban.supervision.DayKind;

/**
 * 2027, whose arrangement the State Council has not published yet: tests publish a
 * made-up one (only New Year's Day off) to see what waits for it, and take it back
 * afterwards, for the other tests of the shared database.
 */
public record UnpublishedYear(CalendarArrangements arrangements, JdbcClient jdbc, TransactionTemplate transaction,
		ApplicationEventPublisher events) {

	public static final Year YEAR = Year.of(2027);

	public void publish() {
		arrangements.addYear(new YearArrangement(YEAR, LocalizedText.of("测试用2027年安排", "Test 2027"),
				LocalDate.parse("2026-11-01"), List.of(new CalendarDay(LocalDate.parse("2027-01-01"), DayKind.HOLIDAY,
						LocalizedText.of("元旦", "New Year's Day")))));
	}

	public void takeBack() {
		transaction.executeWithoutResult(status -> {
			jdbc.sql("delete from supervision_calendar_day where calendar_year = 2027").update();
			jdbc.sql("delete from supervision_calendar_year where calendar_year = 2027").update();
			events.publishEvent(new CalendarChanged(YEAR));
		});
	}

}
