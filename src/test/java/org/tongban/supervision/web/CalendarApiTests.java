package org.tongban.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The working-day calendar over HTTP (R8.1, R15.1, R14.3): whether a date is a working
 * day, the N-th working day after a date, the arrangement of a year; and problem details
 * that name the refused parameter, in Chinese by default and in English on request.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarApiTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theWorkingSaturdayBeforeSpringFestival2026IsAWorkingDay() {
		assertThat(mvc.get().uri("/api/v1/calendar/working-day?date=2026-02-14")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"date": "2026-02-14", "workingDay": true, "kind": "ADJUSTED_WORKING_DAY", "name": "春节调休上班"}""");
	}

	@Test
	void aSpringFestivalHolidayIsNotAWorkingDayAndIsNamedInTheReadersLanguage() {
		assertThat(mvc.get().uri("/api/v1/calendar/working-day?date=2026-02-17")).bodyJson().isLenientlyEqualTo("""
				{"date": "2026-02-17", "workingDay": false, "kind": "HOLIDAY", "name": "春节"}""");
		assertThat(mvc.get().uri("/api/v1/calendar/working-day?date=2026-02-17&lang=en")).bodyJson()
			.extractingPath("$.name")
			.isEqualTo("Spring Festival");
	}

	@Test
	void anOrdinaryTuesdayIsAWorkingDayWithoutName() {
		assertThat(mvc.get().uri("/api/v1/calendar/working-day?date=2026-03-10")).bodyJson().isLenientlyEqualTo("""
				{"date": "2026-03-10", "workingDay": true, "kind": "WORKING_DAY", "name": null}""");
	}

	@Test
	void twentyWorkingDaysFromTheFridayBeforeNationalDay2025EndOnOctober30() {
		assertThat(mvc.get().uri("/api/v1/calendar/add-working-days?from=2025-09-26&days=20")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"date": "2025-10-30"}""");
	}

	@Test
	void theClockOfAnApplicationReceivedOnTheWorkingSaturdayStartsAfterSpringFestival() {
		assertThat(mvc.get().uri("/api/v1/calendar/add-working-days?from=2026-02-14&days=1")).bodyJson()
			.extractingPath("$.date")
			.isEqualTo("2026-02-24");
	}

	@Test
	void listsTheLoadedYearsAndTheArrangementOfAYear() {
		assertThat(mvc.get().uri("/api/v1/calendar")).bodyJson().isLenientlyEqualTo("""
				{"loadedYears": [2025, 2026]}""");
		MvcTestResult year = mvc.get().uri("/api/v1/calendar/2026?lang=en").exchange();
		assertThat(year).hasStatusOk();
		assertThat(year).bodyJson().extractingPath("$.year").isEqualTo(2026);
		assertThat(year).bodyJson().extractingPath("$.publishedOn").isEqualTo("2025-11-04");
		assertThat(year).bodyJson().extractingPath("$.source").asString().contains("2026");
		// 33 days off and 6 adjusted working days
		assertThat(year).bodyJson().extractingPath("$.days").asArray().hasSize(39);
		assertThat(year).bodyJson()
			.extractingPath("$.days[0]")
			.isEqualTo(Map.of("date", "2026-01-01", "workingDay", false, "kind", "HOLIDAY", "name", "New Year's Day",
					"provisional", false));
	}

	@Test
	void nextYearIsAnsweredProvisionallyAndSaysSo() {
		assertThat(mvc.get().uri("/api/v1/calendar")).bodyJson()
			.extractingPath("$.provisionalYears")
			.asArray()
			.containsExactly(2027);
		assertThat(mvc.get().uri("/api/v1/calendar/working-day?date=2027-02-09&lang=en")).bodyJson()
			.extractingPath("$")
			.isEqualTo(Map.of("date", "2027-02-09", "workingDay", false, "kind", "HOLIDAY", "name",
					"Spring Festival (in lieu)", "provisional", true));
		assertThat(mvc.get().uri("/api/v1/calendar/add-working-days?from=2026-12-31&days=1")).bodyJson()
			.extractingPath("$")
			.isEqualTo(Map.of("date", "2027-01-04", "provisional", true));
		MvcTestResult year = mvc.get().uri("/api/v1/calendar/2027").exchange();
		assertThat(year).hasStatusOk();
		assertThat(year).bodyJson().extractingPath("$.provisional").isEqualTo(true);
		assertThat(year).bodyJson().extractingPath("$.publishedOn").isNull();
		assertThat(year).bodyJson().extractingPath("$.source").asString().contains("全国年节及纪念日放假办法", "暂定");
	}

	@Test
	void aYearThatIsNotLoadedIsNotFound() {
		MvcTestResult notLoaded = mvc.get().uri("/api/v1/calendar/2028").exchange();
		assertProblem(notLoaded, HttpStatus.NOT_FOUND);
		assertThat(notLoaded).bodyJson().extractingPath("$.detail").asString().contains("2028", "2025, 2026");
		assertBadParameter(mvc.get().uri("/api/v1/calendar/next").exchange(), "year");
	}

	@Test
	void aMissingOrMalformedDateIsABadRequestNamingTheParameter() {
		assertBadParameter(mvc.get().uri("/api/v1/calendar/working-day").exchange(), "date");
		assertBadParameter(mvc.get().uri("/api/v1/calendar/working-day?date=2026-02-30").exchange(), "date");
		assertBadParameter(mvc.get().uri("/api/v1/calendar/working-day?date=14/02/2026").exchange(), "date");
		assertBadParameter(mvc.get().uri("/api/v1/calendar/add-working-days?days=5").exchange(), "from");
		assertBadParameter(mvc.get().uri("/api/v1/calendar/add-working-days?from=tomorrow&days=5").exchange(), "from");
	}

	@Test
	void aCountOutsideOneTo1000IsABadRequestNamingDays() {
		for (String days : new String[] { "0", "-3", "1001", "twenty", "" }) {
			assertBadParameter(
					mvc.get().uri("/api/v1/calendar/add-working-days?from=2026-03-10&days=" + days).exchange(), "days");
		}
	}

	@Test
	void aDateOutsideTheLoadedYearsIsRefusedNamingTheLoadedYears() {
		MvcTestResult refused = mvc.get().uri("/api/v1/calendar/working-day?date=2028-01-04").exchange();
		assertBadParameter(refused, "date");
		assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains("2028", "2025, 2026");

		assertBadParameter(mvc.get().uri("/api/v1/calendar/add-working-days?from=2024-12-31&days=1").exchange(),
				"from");
	}

	@Test
	void aCountRunningPastTheLoadedYearsIsRefused() {
		MvcTestResult refused = mvc.get().uri("/api/v1/calendar/add-working-days?from=2027-12-20&days=10").exchange();
		assertBadParameter(refused, "days");
		assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains("2027年12月20日", "2025, 2026");
	}

	@Test
	void problemsAreExplainedInEnglishOnRequest() {
		MvcTestResult refused = mvc.get().uri("/api/v1/calendar/working-day?date=2024-12-31&lang=en").exchange();
		assertBadParameter(refused, "date");
		assertThat(refused).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The working-day calendar for 2024 is not loaded, so whether 31 December 2024 is a working day "
					+ "cannot be told. Loaded years: 2025, 2026.");

		MvcTestResult past = mvc.get()
			.uri("/api/v1/calendar/add-working-days?from=2027-12-31&days=1&lang=en")
			.exchange();
		assertThat(past).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Counting 1 working day from 31 December 2027 runs past the loaded working-day calendar. "
					+ "Loaded years: 2025, 2026.");

		assertThat(mvc.get().uri("/api/v1/calendar/add-working-days?from=2026-03-10&days=0&lang=en")).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The number of working days must be a whole number from 1 to 1000.");
	}

	@Test
	void problemsAreExplainedInChineseByDefault() {
		assertThat(mvc.get().uri("/api/v1/calendar/working-day?date=2024-12-31")).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("尚未载入 2024 年的工作日历，无法判断 2024年12月31日 是否为工作日。已载入的年份：2025, 2026。");
	}

	private static void assertBadParameter(MvcTestResult result, String parameter) {
		assertProblem(result, HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.parameter").isEqualTo(parameter);
	}

	private static void assertProblem(MvcTestResult result, HttpStatus status) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().isNotBlank();
	}

}
