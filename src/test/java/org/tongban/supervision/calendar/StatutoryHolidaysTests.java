package org.tongban.supervision.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tongban.supervision.CalendarDay;
import org.tongban.supervision.DayKind;

/**
 * R8.1: the statutory holidays of 《全国年节及纪念日放假办法》 by which a year without a published
 * arrangement is counted provisionally, the lunar ones from ICU's Chinese calendar,
 * compared with the dates the almanac gives.
 */
class StatutoryHolidaysTests {

	@Test
	@DisplayName("R8.1: 2027 provisionally: 13 statutory days, and a working day instead of each that falls on a weekend")
	void theProvisionalHolidaysOf2027() {
		Map<LocalDate, String> days = StatutoryHolidays.of(Year.of(2027))
			.stream()
			.collect(Collectors.toMap(CalendarDay::date, day -> day.name().zh()));

		assertThat(days).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry(date("2027-01-01"), "元旦"),
				// 除夕 Friday 5 February, 初一 to 初三 Saturday to Monday: two weekend days
				// given on Tuesday and Wednesday.
				Map.entry(date("2027-02-05"), "春节"), Map.entry(date("2027-02-06"), "春节"),
				Map.entry(date("2027-02-07"), "春节"), Map.entry(date("2027-02-08"), "春节"),
				Map.entry(date("2027-02-09"), "春节补假"), Map.entry(date("2027-02-10"), "春节补假"),
				Map.entry(date("2027-04-05"), "清明节"), Map.entry(date("2027-05-01"), "劳动节"),
				Map.entry(date("2027-05-02"), "劳动节"), Map.entry(date("2027-05-03"), "劳动节补假"),
				Map.entry(date("2027-05-04"), "劳动节补假"), Map.entry(date("2027-06-09"), "端午节"),
				Map.entry(date("2027-09-15"), "中秋节"), Map.entry(date("2027-10-01"), "国庆节"),
				Map.entry(date("2027-10-02"), "国庆节"), Map.entry(date("2027-10-03"), "国庆节"),
				Map.entry(date("2027-10-04"), "国庆节补假"), Map.entry(date("2027-10-05"), "国庆节补假")));
		assertThat(StatutoryHolidays.of(Year.of(2027))).extracting(CalendarDay::kind).containsOnly(DayKind.HOLIDAY);
	}

	@ParameterizedTest(name = "{0}: 除夕 {1}, 清明 {2}, 端午 {3}, 中秋 {4}")
	@CsvSource({ "2025, 2025-01-28, 2025-04-04, 2025-05-31, 2025-10-06",
			"2026, 2026-02-16, 2026-04-05, 2026-06-19, 2026-09-25",
			"2028, 2028-01-25, 2028-04-04, 2028-05-28, 2028-10-03",
			"2030, 2030-02-02, 2030-04-05, 2030-06-05, 2030-09-12" })
	@DisplayName("R8.1: the lunar holidays and 清明 fall on the almanac's dates")
	void theLunarHolidaysAndQingmingFallOnTheAlmanacsDates(int year, LocalDate eve, LocalDate qingming,
			LocalDate dragonBoat, LocalDate midAutumn) {
		List<CalendarDay> days = StatutoryHolidays.of(Year.of(year));

		assertThat(nameOf(days, eve)).isEqualTo("春节");
		assertThat(nameOf(days, eve.minusDays(1))).isNotEqualTo("春节");
		assertThat(nameOf(days, eve.plusDays(3))).isEqualTo("春节");
		assertThat(nameOf(days, qingming)).isEqualTo("清明节");
		assertThat(nameOf(days, dragonBoat)).isEqualTo("端午节");
		assertThat(nameOf(days, midAutumn)).isIn("中秋节", "国庆节");
	}

	private static String nameOf(List<CalendarDay> days, LocalDate date) {
		return days.stream()
			.filter(day -> day.date().equals(date))
			.map(day -> day.name().zh())
			.findFirst()
			.orElse(null);
	}

	private static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

}
