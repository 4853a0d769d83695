package org.tongban.supervision.web;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.NotFoundException;
import org.tongban.supervision.CalendarDay;
import org.tongban.supervision.DayKind;
import org.tongban.supervision.WorkingDayCalendar;
import org.tongban.supervision.calendar.CalendarArrangements;
import org.tongban.supervision.calendar.YearArrangement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The official working-day calendar for the mobile app, department systems and the public
 * (R8.1, R15.1, R14.3). Dates are ISO dates (YYYY-MM-DD); names follow the request's
 * language ({@code ?lang=en} for English). A date outside the loaded years is refused
 * with a problem detail that names the parameter and the loaded years.
 */
@RestController
@RequestMapping(path = "/api/v1/calendar", produces = "application/json")
@Tag(name = "Working-day calendar",
		description = "Working days, public holidays and adjusted working days (R8.1, R15.1)")
class CalendarApi {

	private final WorkingDayCalendar calendar;

	private final CalendarArrangements arrangements;

	CalendarApi(WorkingDayCalendar calendar, CalendarArrangements arrangements) {
		this.calendar = calendar;
		this.arrangements = arrangements;
	}

	@GetMapping
	@Operation(summary = "The years whose arrangement is loaded, and those counted provisionally until it is")
	Years years() {
		return new Years(calendar.loadedYears().stream().map(Year::getValue).toList(),
				calendar.provisionalYears().stream().map(Year::getValue).toList());
	}

	@GetMapping("/working-day")
	@Operation(summary = "Whether a date is a working day, and what it is")
	Day workingDay(@Parameter(description = "The date, YYYY-MM-DD") @RequestParam @DateTimeFormat(
			iso = ISO.DATE) LocalDate date, Locale locale) {
		return Day.of(calendar.day(date), calendar.isProvisional(date), locale);
	}

	@GetMapping("/add-working-days")
	@Operation(summary = "The N-th working day after a date, e.g. the last day of a time limit")
	Result addWorkingDays(
			@Parameter(description = "The date counting starts after, YYYY-MM-DD") @RequestParam @DateTimeFormat(
					iso = ISO.DATE) LocalDate from,
			@Parameter(description = "The number of working days, 1 to "
					+ WorkingDayCalendar.MAX_DAYS) @RequestParam int days) {
		LocalDate result = calendar.addWorkingDays(from, days);
		return new Result(result, calendar.isProvisional(result));
	}

	@GetMapping("/{year}")
	@Operation(summary = "The arrangement of a year: its holidays and adjusted working days, and the notice they come "
			+ "from; for a year counted provisionally, its statutory holidays")
	Arrangement year(@Parameter(description = "The year, e.g. 2026") @PathVariable Year year, Locale locale) {
		boolean provisional = calendar.provisionalYears().contains(year);
		YearArrangement found = (provisional ? Optional.of(arrangements.provisional(year)) : arrangements.year(year))
			.orElseThrow(() -> new NotFoundException("supervision.calendar.yearNotFound", year.toString(),
					calendar.loadedYears().stream().map(Year::toString).collect(Collectors.joining(", "))));
		return new Arrangement(year.getValue(), provisional, found.source().in(locale), found.publishedOn(),
				found.days().stream().map(day -> Day.of(day, provisional, locale)).toList());
	}

	record Years(List<Integer> loadedYears, List<Integer> provisionalYears) {
	}

	/**
	 * @param provisional counted from the statutory holidays, the year's arrangement not
	 * being published yet
	 */
	record Day(LocalDate date, boolean workingDay, DayKind kind, String name, boolean provisional) {

		static Day of(CalendarDay day, boolean provisional, Locale locale) {
			LocalizedText name = day.name();
			return new Day(day.date(), day.isWorkingDay(), day.kind(), name == null ? null : name.in(locale),
					provisional);
		}

	}

	/**
	 * @param provisional the date lies in a year counted provisionally, so it may move
	 */
	record Result(LocalDate date, boolean provisional) {
	}

	record Arrangement(int year, boolean provisional, String source, LocalDate publishedOn, List<Day> days) {
	}

}
