package org.tongban.supervision.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.tongban.shared.LocalizedText;
import org.tongban.supervision.CalendarDay;

/**
 * The arrangement of one year: the notice it comes from (e.g. 国务院办公厅关于2026年部分节假日安排的通知),
 * the day that notice was published, and the days it lists (holidays and adjusted working
 * days), in date order.
 */
public record YearArrangement(Year year, LocalizedText source, LocalDate publishedOn, List<CalendarDay> days) {

	public YearArrangement {
		days = List.copyOf(days);
	}

}
