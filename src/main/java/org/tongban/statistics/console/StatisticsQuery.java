package org.tongban.statistics.console;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The statistics API's filters, the console's ({@link StatisticsForm}) as query
 * parameters, read by the same {@link Filter#of}.
 */
record StatisticsQuery(
		@Parameter(description = "The first day counted, YYYY-MM-DD; without both days, 1 January of this year",
				example = "2026-01-01") String from,
		@Parameter(description = "The last day counted, YYYY-MM-DD; the period at most " + Filter.MAX_DAYS
				+ " days; without both days, today", example = "2026-06-30") String to,
		@Parameter(description = "What the volume is shown by; by day at most " + Filter.MAX_DAYS_BY_DAY + " days",
				schema = @Schema(allowableValues = {
						"day", "week", "month", "year" }, defaultValue = "month")) String grain,
		@Parameter(description = "A department's code, such as SCJGJ; without it every department, "
				+ "or for a department leader their own") String department,
		@Parameter(description = "A matter's code, such as SCJGJ-SPJYXK; without it every matter") String matter){

	/** The console's form holding these filters, for {@link Filter#of} to read. */
	StatisticsForm form() {
		var form = new StatisticsForm();
		form.setFrom(from);
		form.setTo(to);
		form.setGrain(grain);
		form.setDepartment(department);
		form.setMatter(matter);
		return form;
	}

}
