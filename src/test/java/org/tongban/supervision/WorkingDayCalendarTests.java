package org.tongban.supervision;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.supervision.calendar.CalendarArrangements;
import org.tongban.supervision.calendar.CalendarRepository;
import org.tongban.support.TestClock;

/**
 * The working-day calendar follows the State Council's arrangements for 2025
 * (国办发明电〔2024〕12号) and 2026 (notice of 2025-11-04) day by day, and counts time limits in
 * working days from the day after receipt (R8.1, R15.1, R3.4). It never guesses a year it
 * does not hold.
 */
@SpringBootTest
class WorkingDayCalendarTests {

	// The notices, as published: each festival's days off and the weekend days worked for
	// it.
	static final Festival NEW_YEAR_2025 = new Festival("元旦", "New Year's Day", "2025-01-01", "2025-01-01");

	static final Festival SPRING_FESTIVAL_2025 = new Festival("春节", "Spring Festival", "2025-01-28", "2025-02-04",
			"2025-01-26", "2025-02-08");

	static final Festival QINGMING_2025 = new Festival("清明节", "Qingming Festival", "2025-04-04", "2025-04-06");

	static final Festival LABOUR_DAY_2025 = new Festival("劳动节", "Labour Day", "2025-05-01", "2025-05-05", "2025-04-27");

	static final Festival DRAGON_BOAT_2025 = new Festival("端午节", "Dragon Boat Festival", "2025-05-31", "2025-06-02");

	static final Festival NATIONAL_DAY_AND_MID_AUTUMN_2025 = new Festival("国庆节、中秋节",
			"National Day and Mid-Autumn Festival", "2025-10-01", "2025-10-08", "2025-09-28", "2025-10-11");

	static final Festival NEW_YEAR_2026 = new Festival("元旦", "New Year's Day", "2026-01-01", "2026-01-03",
			"2026-01-04");

	static final Festival SPRING_FESTIVAL_2026 = new Festival("春节", "Spring Festival", "2026-02-15", "2026-02-23",
			"2026-02-14", "2026-02-28");

	static final Festival QINGMING_2026 = new Festival("清明节", "Qingming Festival", "2026-04-04", "2026-04-06");

	static final Festival LABOUR_DAY_2026 = new Festival("劳动节", "Labour Day", "2026-05-01", "2026-05-05", "2026-05-09");

	static final Festival DRAGON_BOAT_2026 = new Festival("端午节", "Dragon Boat Festival", "2026-06-19", "2026-06-21");

	static final Festival MID_AUTUMN_2026 = new Festival("中秋节", "Mid-Autumn Festival", "2026-09-25", "2026-09-27");

	static final Festival NATIONAL_DAY_2026 = new Festival("国庆节", "National Day", "2026-10-01", "2026-10-07",
			"2026-09-20", "2026-10-10");

	static final List<Festival> NOTICES = List.of(NEW_YEAR_2025, SPRING_FESTIVAL_2025, QINGMING_2025, LABOUR_DAY_2025,
			DRAGON_BOAT_2025, NATIONAL_DAY_AND_MID_AUTUMN_2025, NEW_YEAR_2026, SPRING_FESTIVAL_2026, QINGMING_2026,
			LABOUR_DAY_2026, DRAGON_BOAT_2026, MID_AUTUMN_2026, NATIONAL_DAY_2026);

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	CalendarArrangements arrangements;

	@Autowired
	CalendarRepository repository;

	// 2025

	@Test
	void newYear2025IsOneDayOffWithoutAdjustedWorkingDay() {
		assertFestival(NEW_YEAR_2025, 1, 0);
		assertThat(calendar.isWorkingDay(date("2025-01-02"))).isTrue();
	}

	@Test
	void springFestival2025IsEightDaysOffFromNewYearsEveWithAWorkingSundayAndSaturday() {
		assertFestival(SPRING_FESTIVAL_2025, 8, 2);
		assertThat(date("2025-01-26").getDayOfWeek()).isEqualTo(SUNDAY);
		assertThat(date("2025-02-08").getDayOfWeek()).isEqualTo(SATURDAY);
	}

	@Test
	void qingming2025IsThreeDaysOffFridayToSunday() {
		assertFestival(QINGMING_2025, 3, 0);
	}

	@Test
	void labourDay2025IsFiveDaysOffWithAWorkingSunday() {
		assertFestival(LABOUR_DAY_2025, 5, 1);
		assertThat(calendar.isWorkingDay(date("2025-05-06"))).isTrue();
	}

	@Test
	void dragonBoat2025IsThreeDaysOffSaturdayToMonday() {
		assertFestival(DRAGON_BOAT_2025, 3, 0);
	}

	@Test
	void nationalDayAndMidAutumn2025AreEightDaysOffWithAWorkingSundayAndSaturday() {
		assertFestival(NATIONAL_DAY_AND_MID_AUTUMN_2025, 8, 2);
	}

	// 2026

	@Test
	void newYear2026IsThreeDaysOffWithAWorkingSunday() {
		assertFestival(NEW_YEAR_2026, 3, 1);
	}

	@Test
	void springFestival2026IsNineDaysOffWithTwoWorkingSaturdays() {
		assertFestival(SPRING_FESTIVAL_2026, 9, 2);
		assertThat(SPRING_FESTIVAL_2026.workingDays()).extracting(LocalDate::getDayOfWeek).containsOnly(SATURDAY);
		assertThat(calendar.isWorkingDay(date("2026-02-13"))).isTrue();
		assertThat(calendar.isWorkingDay(date("2026-02-24"))).isTrue();
	}

	@Test
	void qingming2026IsThreeDaysOffSaturdayToMonday() {
		assertFestival(QINGMING_2026, 3, 0);
	}

	@Test
	void labourDay2026IsFiveDaysOffWithAWorkingSaturday() {
		assertFestival(LABOUR_DAY_2026, 5, 1);
	}

	@Test
	void dragonBoat2026IsThreeDaysOffFridayToSunday() {
		assertFestival(DRAGON_BOAT_2026, 3, 0);
	}

	@Test
	void midAutumn2026IsThreeDaysOffFridayToSunday() {
		assertFestival(MID_AUTUMN_2026, 3, 0);
	}

	@Test
	void nationalDay2026IsSevenDaysOffWithAWorkingSundayAndSaturday() {
		assertFestival(NATIONAL_DAY_2026, 7, 2);
	}

	@Test
	void theOnlyExceptionsToMondayToFridayIn2025And2026AreThoseOfTheNotices() {
		Map<LocalDate, DayKind> expected = new HashMap<>();
		NOTICES.forEach(festival -> {
			festival.daysOff().forEach(day -> expected.put(day, DayKind.HOLIDAY));
			festival.workingDays().forEach(day -> expected.put(day, DayKind.ADJUSTED_WORKING_DAY));
		});
		Map<LocalDate, DayKind> exceptions = new HashMap<>();
		for (LocalDate day = date("2025-01-01"); day.getYear() <= 2026; day = day.plusDays(1)) {
			boolean weekend = day.getDayOfWeek() == SATURDAY || day.getDayOfWeek() == SUNDAY;
			CalendarDay found = calendar.day(day);
			if (found.kind() == DayKind.HOLIDAY || found.kind() == DayKind.ADJUSTED_WORKING_DAY) {
				exceptions.put(day, found.kind());
			}
			else {
				assertThat(found.kind()).as(day.toString()).isEqualTo(weekend ? DayKind.WEEKEND : DayKind.WORKING_DAY);
			}
			boolean working = expected.containsKey(day) ? expected.get(day) == DayKind.ADJUSTED_WORKING_DAY : !weekend;
			assertThat(calendar.isWorkingDay(day)).as(day.toString()).isEqualTo(working);
		}
		assertThat(exceptions).containsExactlyInAnyOrderEntriesOf(expected);
	}

	@Test
	void eachOf2025And2026Has248WorkingDays() {
		// 261 weekdays, less the weekday holidays (18 in 2025, 19 in 2026), plus the
		// adjusted working days (5, 6).
		for (int year : new int[] { 2025, 2026 }) {
			LocalDate newYear = LocalDate.of(year, 1, 1);
			assertThat(newYear.datesUntil(newYear.plusYears(1)).filter(calendar::isWorkingDay).count()).isEqualTo(248);
		}
		assertThat(calendar.workingDaysBetween(date("2025-12-31"), date("2026-12-31"))).isEqualTo(248);
	}

	// Counting (R15.1, R3.4)

	@Test
	void anApplicationReceivedOnTheFridayBeforeSpringFestival2026StartsItsClockOnTheWorkingSaturday() {
		assertThat(calendar.nextWorkingDay(date("2026-02-13"))).isEqualTo(date("2026-02-14"));
	}

	@Test
	void anApplicationReceivedOnTheWorkingSaturdayBeforeSpringFestival2026StartsItsClockAfterTheHoliday() {
		assertThat(calendar.nextWorkingDay(date("2026-02-14"))).isEqualTo(date("2026-02-24"));
	}

	@Test
	void anApplicationReceivedDuringAHolidayStartsItsClockOnTheFirstWorkingDayAfter() {
		assertThat(calendar.nextWorkingDay(date("2025-01-27"))).isEqualTo(date("2025-02-05"));
		assertThat(calendar.nextWorkingDay(date("2025-10-03"))).isEqualTo(date("2025-10-09"));
		assertThat(calendar.nextWorkingDay(date("2026-09-30"))).isEqualTo(date("2026-10-08"));
	}

	@Test
	void anApplicationReceivedOnAWeekendStartsItsClockOnAnAdjustedWorkingDayWhenThereIsOne() {
		assertThat(calendar.nextWorkingDay(date("2025-01-25"))).isEqualTo(date("2025-01-26"));
		assertThat(calendar.nextWorkingDay(date("2026-09-19"))).isEqualTo(date("2026-09-20"));
	}

	@Test
	void countingCrossesTheTurnOfTheYear() {
		assertThat(calendar.nextWorkingDay(date("2025-12-31"))).isEqualTo(date("2026-01-04"));
	}

	@Test
	void twentyWorkingDaysAcrossNationalDay2025() {
		// 9-28 (Sun, worked), 9-29, 9-30, [10-1 .. 10-8 off], 10-9, 10-10, 10-11 (Sat,
		// worked), then 13 weekdays.
		assertThat(calendar.addWorkingDays(date("2025-09-26"), 20)).isEqualTo(date("2025-10-30"));
		assertThat(calendar.workingDaysBetween(date("2025-09-26"), date("2025-10-30"))).isEqualTo(20);
	}

	@Test
	void twentyWorkingDaysAcrossSpringFestival2026() {
		// 2-11, 2-12, 2-13, 2-14 (Sat, worked), [2-15 .. 2-23 off], 2-24 .. 2-27, 2-28
		// (Sat, worked), then 11 weekdays.
		assertThat(calendar.addWorkingDays(date("2026-02-10"), 20)).isEqualTo(date("2026-03-16"));
		assertThat(calendar.workingDaysBetween(date("2026-02-10"), date("2026-03-16"))).isEqualTo(20);
	}

	@Test
	void tenWorkingDaysAcrossNationalDay2026() {
		// [10-1 .. 10-7 off], 10-8, 10-9, 10-10 (Sat, worked), 10-12 .. 10-16, 10-19,
		// 10-20.
		assertThat(calendar.addWorkingDays(date("2026-09-30"), 10)).isEqualTo(date("2026-10-20"));
	}

	@Test
	void fiveWorkingDaysForACorrectionNoticeAcrossLabourDay2025() {
		assertThat(calendar.addWorkingDays(date("2025-04-30"), 5)).isEqualTo(date("2025-05-12"));
	}

	@Test
	void noWorkingDaysPassBetweenADateAndItselfOrAnEarlierDate() {
		assertThat(calendar.workingDaysBetween(date("2026-03-10"), date("2026-03-10"))).isZero();
		assertThat(calendar.workingDaysBetween(date("2026-03-10"), date("2026-03-09"))).isZero();
		assertThat(calendar.workingDaysBetween(date("2026-02-13"), date("2026-02-24"))).isEqualTo(2);
	}

	// Never a guess

	@Test
	void loadsTheYears2025And2026() {
		assertThat(calendar.loadedYears()).containsExactly(Year.of(2025), Year.of(2026));
	}

	@Test
	@DisplayName("R8.1: 2027, whose arrangement is not published, is counted provisionally from the statutory holidays")
	void nextYearIsCountedProvisionallyUntilItsArrangementIsPublished() {
		assertThat(calendar.provisionalYears()).containsExactly(Year.of(2027));
		assertThat(calendar.isProvisional(date("2027-01-04"))).isTrue();
		assertThat(calendar.isProvisional(date("2026-12-31"))).isFalse();
		assertThat(calendar.day(date("2027-02-09"))).satisfies(day -> {
			assertThat(day.kind()).isEqualTo(DayKind.HOLIDAY);
			assertThat(day.name().zh()).isEqualTo("春节补假");
		});
		// No adjusted working days are guessed: a Saturday stays a rest day.
		assertThat(calendar.isWorkingDay(date("2027-02-20"))).isFalse();
		assertThat(calendar.nextWorkingDay(date("2026-12-31"))).isEqualTo("2027-01-04");
		assertThat(calendar.addWorkingDays(date("2026-12-20"), 10)).isEqualTo("2027-01-04");
		assertThat(calendar.workingDaysBetween(date("2026-12-31"), date("2027-01-08"))).isEqualTo(5);
	}

	@Test
	void datesOutsideTheLoadedAndProvisionalYearsAreRefusedNamingTheLoadedYears() {
		for (String day : List.of("2024-12-31", "2028-01-03")) {
			assertThatExceptionOfType(CalendarNotLoadedException.class)
				.isThrownBy(() -> calendar.isWorkingDay(date(day)))
				.satisfies(refused -> {
					assertThat(refused.parameter()).isEqualTo("date");
					assertThat(refused.messageCode()).isEqualTo("supervision.calendar.notLoaded");
					assertThat(refused.messageArgs()).contains(day.substring(0, 4), date(day), "2025, 2026");
				});
		}
		assertThatExceptionOfType(CalendarNotLoadedException.class)
			.isThrownBy(() -> calendar.addWorkingDays(date("2024-12-31"), 1))
			.extracting(InvalidParameterException::parameter)
			.isEqualTo("from");
	}

	@Test
	void countsThatRunPastTheProvisionalYearAreRefused() {
		assertThat(calendar.addWorkingDays(date("2027-12-20"), 9)).isEqualTo(date("2027-12-31"));
		assertThatExceptionOfType(CalendarNotLoadedException.class)
			.isThrownBy(() -> calendar.addWorkingDays(date("2027-12-20"), 10))
			.satisfies(refused -> {
				assertThat(refused.parameter()).isEqualTo("days");
				assertThat(refused.messageCode()).isEqualTo("supervision.calendar.beyondLoaded");
				assertThat(refused.messageArgs()).contains(date("2027-12-20"), 10, "2025, 2026");
			});
		assertThatExceptionOfType(CalendarNotLoadedException.class)
			.isThrownBy(() -> calendar.nextWorkingDay(date("2027-12-31")))
			.extracting(InvalidParameterException::parameter)
			.isEqualTo("date");
		assertThatExceptionOfType(CalendarNotLoadedException.class)
			.isThrownBy(() -> calendar.workingDaysBetween(date("2027-12-01"), date("2028-01-05")))
			.extracting(InvalidParameterException::parameter)
			.isEqualTo("toInclusive");
	}

	@Test
	void aCountIsFromOneTo1000WorkingDays() {
		for (int days : new int[] { 0, -1, 1001 }) {
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> calendar.addWorkingDays(date("2025-06-03"), days))
				.extracting(InvalidParameterException::parameter, InvalidParameterException::messageCode)
				.containsExactly("days", "supervision.calendar.days");
		}
	}

	// Several nodes

	@Test
	void anEditMadeOnAnotherNodeIsSeenWithinAMinute() {
		var clock = TestClock.at(Instant.parse("2026-03-01T02:00:00Z"));
		var otherNode = new WorkingDayCalendar(repository, clock);
		LocalDate cityDay = date("2026-03-10");
		assertThat(otherNode.isWorkingDay(cityDay)).isTrue();
		try {
			arrangements.declareHoliday(cityDay, LocalizedText.of("测试节日", "Test day"));
			assertThat(calendar.isWorkingDay(cityDay)).as("on the node that made the edit").isFalse();

			clock.advance(Duration.ofSeconds(59));
			assertThat(otherNode.isWorkingDay(cityDay)).as("kept in memory").isTrue();
			clock.advance(Duration.ofSeconds(1));
			assertThat(otherNode.isWorkingDay(cityDay)).as("reloaded after a minute").isFalse();
		}
		finally {
			arrangements.remove(cityDay);
		}
	}

	private void assertFestival(Festival festival, int daysOff, int workingDays) {
		assertThat(festival.daysOff()).hasSize(daysOff);
		assertThat(festival.workingDays()).hasSize(workingDays);
		for (LocalDate day : festival.daysOff()) {
			assertThat(calendar.isWorkingDay(day)).as(day + " is off").isFalse();
			assertThat(calendar.day(day)).as(day.toString())
				.isEqualTo(new CalendarDay(day, DayKind.HOLIDAY, LocalizedText.of(festival.zh(), festival.en())));
		}
		for (LocalDate day : festival.workingDays()) {
			assertThat(day.getDayOfWeek()).isIn(SATURDAY, SUNDAY);
			assertThat(calendar.isWorkingDay(day)).as(day + " is worked").isTrue();
			CalendarDay found = calendar.day(day);
			assertThat(found.kind()).isEqualTo(DayKind.ADJUSTED_WORKING_DAY);
			assertThat(found.name().zh()).isEqualTo(festival.zh() + "调休上班");
			assertThat(found.name().en()).startsWith("Adjusted working day for ");
		}
	}

	static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

	/**
	 * A festival of a notice: its days off, first to last, and the weekend days worked
	 * for it.
	 */
	record Festival(String zh, String en, List<LocalDate> daysOff, List<LocalDate> workingDays) {

		Festival(String zh, String en, String firstDayOff, String lastDayOff, String... workingDays) {
			this(zh, en, date(firstDayOff).datesUntil(date(lastDayOff).plusDays(1)).toList(),
					Arrays.stream(workingDays).map(LocalDate::parse).toList());
		}

	}

}
