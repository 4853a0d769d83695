package org.tongban.supervision.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;

import org.tongban.shared.LocalizedText;
import org.tongban.supervision.CalendarDay;
import org.tongban.supervision.DayKind;

/**
 * The public holidays of a year as 《全国年节及纪念日放假办法》 (as amended 2024, in force from 2025)
 * fixes them, for a year whose arrangement the State Council has not published yet
 * (R8.1): its cases already have due days there, and from 1 January every new case would
 * have none. Art. 2: 元旦 1 January; 春节 the lunar New Year's Eve and the first three days
 * of the first lunar month; 清明节 the day of the solar term; 劳动节 1 and 2 May; 端午节 the fifth
 * day of the fifth lunar month; 中秋节 the fifteenth day of the eighth lunar month; 国庆节 1 to
 * 3 October (lunar dates and solar terms from the lunar library). Art. 6: a holiday that
 * falls on a Saturday or Sunday is given on a working day instead (补假), here the next
 * weekday that is not a holiday.
 * <p>
 * What only the State Council decides, adjusted working days on weekends (调休) to join
 * holidays into longer breaks, is not guessed: the provisional year has none, and loading
 * the official arrangement replaces the whole year.
 */
final class StatutoryHolidays {

	private static final Map<Year, List<CalendarDay>> BY_YEAR = new ConcurrentHashMap<>();

	private StatutoryHolidays() {
	}

	/**
	 * The holidays of the year and the days given for those on a weekend, in date order.
	 */
	static List<CalendarDay> of(Year year) {
		return BY_YEAR.computeIfAbsent(year, StatutoryHolidays::compute);
	}

	private static List<CalendarDay> compute(Year year) {
		var holidays = new TreeMap<LocalDate, LocalizedText>();
		int y = year.getValue();
		LocalizedText newYear = LocalizedText.of("元旦", "New Year's Day");
		LocalizedText springFestival = LocalizedText.of("春节", "Spring Festival");
		LocalizedText labourDay = LocalizedText.of("劳动节", "Labour Day");
		LocalizedText nationalDay = LocalizedText.of("国庆节", "National Day");
		holidays.put(LocalDate.of(y, Month.JANUARY, 1), newYear);
		LocalDate lunarNewYear = lunar(y, 1, 1);
		for (LocalDate day = lunarNewYear.minusDays(1); day.isBefore(lunarNewYear.plusDays(3)); day = day.plusDays(1)) {
			holidays.put(day, springFestival);
		}
		holidays.put(qingming(y), LocalizedText.of("清明节", "Qingming Festival"));
		holidays.put(LocalDate.of(y, Month.MAY, 1), labourDay);
		holidays.put(LocalDate.of(y, Month.MAY, 2), labourDay);
		holidays.put(lunar(y, 5, 5), LocalizedText.of("端午节", "Dragon Boat Festival"));
		holidays.put(lunar(y, 8, 15), LocalizedText.of("中秋节", "Mid-Autumn Festival"));
		for (int day = 1; day <= 3; day++) {
			holidays.put(LocalDate.of(y, Month.OCTOBER, day), nationalDay);
		}
		var days = new TreeMap<LocalDate, CalendarDay>();
		holidays.forEach((date, name) -> days.put(date, new CalendarDay(date, DayKind.HOLIDAY, name)));
		holidays.forEach((date, name) -> {
			if (isWeekend(date)) {
				LocalDate given = date.plusDays(1);
				while (isWeekend(given) || days.containsKey(given)) {
					given = given.plusDays(1);
				}
				days.put(given, new CalendarDay(given, DayKind.HOLIDAY,
						LocalizedText.of(name.zh() + "补假", name.en() + " (in lieu)")));
			}
		});
		// A holiday given in lieu late in December may reach into January; the next year
		// counts it by its own rules.
		return days.values().stream().filter(day -> day.date().getYear() == y).toList();
	}

	/**
	 * The Gregorian date of a day of a lunar month in the lunar year that starts in
	 * Gregorian year {@code y}.
	 */
	private static LocalDate lunar(int y, int month, int dayOfMonth) {
		return date(Lunar.fromYmd(y, month, dayOfMonth).getSolar());
	}

	/**
	 * The day of the solar term 清明, when the sun reaches the ecliptic longitude of 15
	 * degrees.
	 */
	private static LocalDate qingming(int y) {
		return date(Solar.fromYmd(y, 4, 1).getLunar().getJieQiTable().get("清明"));
	}

	private static LocalDate date(Solar solar) {
		return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
	}

	private static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

}
