package org.tongban.statistics.opendata;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.statistics.opendata.OpenStatistics.Cell;
import org.tongban.statistics.opendata.OpenStatistics.Count;
import org.tongban.statistics.opendata.OpenStatistics.Sum;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Open data (R9.6): anonymized statistics of applications, for anyone without logging in.
 * Months are {@code YYYY-MM} in the city's time zone.
 */
@RestController
@RequestMapping(path = "/api/v1/open-data", produces = "application/json")
@Tag(name = "Open data", description = OpenDataApi.RULE)
class OpenDataApi {

	static final String RULE = "Anonymized statistics of applications (R9.6), no log-in. A cell is one department's "
			+ "matter in one calendar month. Small counts are suppressed so that nobody can be singled out: a count "
			+ "from 1 to " + (OpenStatistics.THRESHOLD - 1) + " is returned as {\"value\": null, \"suppressed\": true} "
			+ "(0 is shown); so is granted when the denied (decided minus granted) are 1 to "
			+ (OpenStatistics.THRESHOLD - 1) + ", on time when the late ones are, and both when decided is "
			+ "suppressed. Every sum (a month's total, a department's month) adds up the published counts only and "
			+ "gives the number of suppressed counts it leaves out, so that no subtraction recovers one. Ranges: "
			+ "YYYY-MM, at most " + Months.MAX_MONTHS + " months; without them, the last " + Months.DEFAULT_MONTHS
			+ " months.";

	private final OpenStatistics statistics;

	private final Clock clock;

	OpenDataApi(OpenStatistics statistics, Clock clock) {
		this.statistics = statistics;
		this.clock = clock;
	}

	@GetMapping("/applications")
	@Operation(summary = "Applications by month, department and matter: received, decided, granted, on time and "
			+ "the on-time rate, with each month's total of the published counts", description = RULE)
	Applications applications(
			@Parameter(description = "The first month, YYYY-MM") @RequestParam(required = false) String from,
			@Parameter(description = "The last month, YYYY-MM") @RequestParam(required = false) String to,
			Locale locale) {
		Months months = Months.of(from, to, YearMonth.now(clock));
		List<Cell> cells = statistics.byMatter(months.from(), months.to());
		return new Applications(months.from().toString(), months.to().toString(), OpenStatistics.THRESHOLD,
				cells.stream().map(cell -> MatterMonth.of(cell, locale)).toList(),
				OpenStatistics.totals(cells).stream().map(MonthSum::of).toList());
	}

	@GetMapping("/on-time")
	@Operation(summary = "Decisions and the on-time rate by month and department: the published counts of the "
			+ "department's matters added up", description = RULE)
	Departments onTime(@Parameter(description = "The first month, YYYY-MM") @RequestParam(required = false) String from,
			@Parameter(description = "The last month, YYYY-MM") @RequestParam(required = false) String to) {
		Months months = Months.of(from, to, YearMonth.now(clock));
		return new Departments(months.from().toString(), months.to().toString(), OpenStatistics.THRESHOLD,
				statistics.byDepartment(months.from(), months.to()).stream().map(MonthSum::of).toList());
	}

	record Applications(String from, String to, int threshold, List<MatterMonth> cells, List<MonthSum> totals) {
	}

	record Departments(String from, String to, int threshold, List<MonthSum> departments) {
	}

	record MatterMonth(String month, String departmentCode, String matterCode, String matterName, Count received,
			Count decided, Count granted, Count onTime, Integer onTimePercent) {

		static MatterMonth of(Cell cell, Locale locale) {
			return new MatterMonth(cell.month().toString(), cell.departmentCode(), cell.matterCode(),
					cell.matterName() == null ? null : cell.matterName().in(locale), cell.received(), cell.decided(),
					cell.granted(), cell.onTime(), cell.onTimePercent());
		}

	}

	/**
	 * @param departmentCode null in a month's total
	 * @param suppressedCounts the counts suppressed in the cells added up, left out of
	 * the sums
	 */
	record MonthSum(String month, String departmentCode, int received, int decided, int granted, int onTime,
			Integer onTimePercent, int suppressedCounts) {

		static MonthSum of(Sum sum) {
			return new MonthSum(sum.month().toString(), sum.departmentCode(), sum.received(), sum.decided(),
					sum.granted(), sum.onTime(), sum.onTimePercent(), sum.suppressedCounts());
		}

	}

}
