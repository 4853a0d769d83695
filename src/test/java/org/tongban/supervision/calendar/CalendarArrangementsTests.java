package org.tongban.supervision.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.supervision.CalendarDay;
import org.tongban.supervision.CalendarNotLoadedException;
import org.tongban.supervision.DayKind;
import org.tongban.supervision.WorkingDayCalendar;

/**
 * The administrator keeps the working-day calendar (R8.1): adds a year when the State
 * Council publishes it, declares or removes single holidays and adjusted working days,
 * and is told clearly what cannot be done. Time limits follow every change at once
 * (R15.1). Each test puts the official 2025 and 2026 arrangements back.
 */
@SpringBootTest
class CalendarArrangementsTests {

	static final LocalDate TUESDAY = LocalDate.parse("2026-03-10");

	static final LocalDate SATURDAY = LocalDate.parse("2026-03-14");

	static final LocalizedText CITY_DAY = LocalizedText.of("测试纪念日", "Test memorial day");

	@Autowired
	CalendarArrangements arrangements;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationEventPublisher events;

	@AfterEach
	void putTheOfficialArrangementsBack() {
		transaction.executeWithoutResult(status -> {
			jdbc.sql("delete from supervision_calendar_day where calendar_date in (:dates) or calendar_year = 2027")
				.param("dates", List.of(TUESDAY, SATURDAY))
				.update();
			jdbc.sql("delete from supervision_calendar_year where calendar_year = 2027").update();
			events.publishEvent(new CalendarChanged(Year.of(2027)));
		});
	}

	@Test
	void aDeclaredHolidayIsARestDayAtOnce() {
		assertThat(calendar.isWorkingDay(TUESDAY)).isTrue();

		arrangements.declareHoliday(TUESDAY, CITY_DAY);

		assertThat(calendar.day(TUESDAY)).isEqualTo(new CalendarDay(TUESDAY, DayKind.HOLIDAY, CITY_DAY));
		assertThat(calendar.addWorkingDays(TUESDAY.minusDays(1), 1)).isEqualTo(TUESDAY.plusDays(1));
	}

	@Test
	void aHolidayMayFallOnAWeekend() {
		arrangements.declareHoliday(SATURDAY, CITY_DAY);

		assertThat(calendar.day(SATURDAY).kind()).isEqualTo(DayKind.HOLIDAY);
		assertThat(calendar.isWorkingDay(SATURDAY)).isFalse();
	}

	@Test
	void aDeclaredAdjustedWorkingDayIsAWorkingDayAtOnce() {
		arrangements.declareAdjustedWorkingDay(SATURDAY, CITY_DAY);

		assertThat(calendar.day(SATURDAY)).isEqualTo(new CalendarDay(SATURDAY, DayKind.ADJUSTED_WORKING_DAY, CITY_DAY));
		assertThat(calendar.nextWorkingDay(SATURDAY.minusDays(1))).isEqualTo(SATURDAY);
	}

	@Test
	void anAdjustedWorkingDayMustBeASaturdayOrSunday() {
		assertRefused(() -> arrangements.declareAdjustedWorkingDay(TUESDAY, CITY_DAY), "date",
				"supervision.calendar.adjustedOnWeekday");
	}

	@Test
	void aDeclaredDayNeedsAName() {
		assertRefused(() -> arrangements.declareHoliday(TUESDAY, null), "name", "supervision.calendar.nameMissing");
		assertRefused(() -> arrangements.declareHoliday(TUESDAY, LocalizedText.of("节".repeat(101), null)), "name",
				"supervision.calendar.nameTooLong");
		assertThat(calendar.isWorkingDay(TUESDAY)).isTrue();
	}

	@Test
	void declaringADayReplacesWhatWasListedForIt() {
		LocalDate workingSaturday = LocalDate.parse("2026-02-14");
		CalendarDay official = calendar.day(workingSaturday);
		try {
			arrangements.declareHoliday(workingSaturday, LocalizedText.of("春节", "Spring Festival"));

			assertThat(calendar.isWorkingDay(workingSaturday)).isFalse();
			assertThat(calendar.nextWorkingDay(LocalDate.parse("2026-02-13"))).isEqualTo(LocalDate.parse("2026-02-24"));
		}
		finally {
			arrangements.declareAdjustedWorkingDay(workingSaturday, official.name());
		}
		assertThat(calendar.day(workingSaturday)).isEqualTo(official);
	}

	@Test
	void removingAHolidayMakesTheDayAnOrdinaryDayAgain() {
		LocalDate lastDayOfNationalDay = LocalDate.parse("2026-10-07");
		CalendarDay official = calendar.day(lastDayOfNationalDay);
		try {
			arrangements.remove(lastDayOfNationalDay);

			assertThat(calendar.day(lastDayOfNationalDay)).isEqualTo(CalendarDay.ordinary(lastDayOfNationalDay));
			assertThat(calendar.nextWorkingDay(LocalDate.parse("2026-09-30"))).isEqualTo(lastDayOfNationalDay);
		}
		finally {
			arrangements.declareHoliday(lastDayOfNationalDay, official.name());
		}
		assertThat(calendar.day(lastDayOfNationalDay)).isEqualTo(official);
	}

	@Test
	void onlyAListedDayCanBeRemoved() {
		assertRefused(() -> arrangements.remove(TUESDAY), "date", "supervision.calendar.notListed");
	}

	@Test
	void daysOfAYearThatIsNotLoadedCannotBeEdited() {
		assertThatExceptionOfType(CalendarNotLoadedException.class)
			.isThrownBy(() -> arrangements.declareHoliday(LocalDate.parse("2027-01-01"), CITY_DAY))
			.extracting(InvalidParameterException::parameter)
			.isEqualTo("date");
		assertThatExceptionOfType(CalendarNotLoadedException.class)
			.isThrownBy(() -> arrangements.remove(LocalDate.parse("2024-10-01")));
	}

	@Test
	void addingTheNextYearLoadsItsArrangement() {
		arrangements.addYear(arrangement2027(holiday("2027-01-01", "元旦", "New Year's Day"),
				new CalendarDay(LocalDate.parse("2027-01-09"), DayKind.ADJUSTED_WORKING_DAY,
						LocalizedText.of("测试调休上班", "Test adjusted working day"))));

		assertThat(calendar.loadedYears()).containsExactly(Year.of(2025), Year.of(2026), Year.of(2027));
		assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-09"))).isTrue();
		assertThat(calendar.nextWorkingDay(LocalDate.parse("2026-12-31"))).isEqualTo(LocalDate.parse("2027-01-04"));
		assertThat(arrangements.year(Year.of(2027))).get()
			.extracting(YearArrangement::days)
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.hasSize(2);
	}

	@Test
	void aYearIsAddedOnlyOnce() {
		assertRefused(
				() -> arrangements.addYear(new YearArrangement(Year.of(2026), LocalizedText.of("重复", null),
						LocalDate.parse("2025-11-04"), List.of(holiday("2026-01-01", "元旦", null)))),
				"year", "supervision.calendar.yearLoaded");
	}

	@Test
	void anArrangementNamesItsSource() {
		assertRefused(
				() -> arrangements.addYear(
						new YearArrangement(Year.of(2027), null, null, List.of(holiday("2027-01-01", "元旦", null)))),
				"source", "supervision.calendar.sourceMissing");
	}

	@Test
	void anArrangementListsEachDayOfItsYearOnceAndAtLeastOneHoliday() {
		assertRefused(() -> arrangements.addYear(arrangement2027(holiday("2028-01-01", "元旦", null))), "days",
				"supervision.calendar.dayOutsideYear");
		assertRefused(
				() -> arrangements
					.addYear(arrangement2027(holiday("2027-01-01", "元旦", null), holiday("2027-01-01", "元旦", null))),
				"days", "supervision.calendar.dayTwice");
		assertRefused(() -> arrangements.addYear(arrangement2027()), "days", "supervision.calendar.noHoliday");
		assertRefused(
				() -> arrangements.addYear(arrangement2027(holiday("2027-01-01", "元旦", null),
						new CalendarDay(LocalDate.parse("2027-01-04"), DayKind.ADJUSTED_WORKING_DAY, CITY_DAY))),
				"days", "supervision.calendar.adjustedOnWeekday");
		assertRefused(
				() -> arrangements.addYear(arrangement2027(holiday("2027-01-01", "元旦", null),
						CalendarDay.ordinary(LocalDate.parse("2027-01-04")))),
				"days", "supervision.calendar.notListable");
		assertThat(calendar.loadedYears()).doesNotContain(Year.of(2027));
	}

	private static YearArrangement arrangement2027(CalendarDay... days) {
		return new YearArrangement(Year.of(2027), LocalizedText.of("测试用的2027年安排", "Test arrangement for 2027"),
				LocalDate.parse("2026-11-01"), List.of(days));
	}

	private static CalendarDay holiday(String date, String zh, String en) {
		return new CalendarDay(LocalDate.parse(date), DayKind.HOLIDAY, LocalizedText.of(zh, en));
	}

	private static void assertRefused(Runnable edit, String parameter, String messageCode) {
		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(edit::run)
			.extracting(InvalidParameterException::parameter, InvalidParameterException::messageCode)
			.containsExactly(parameter, messageCode);
	}

}
