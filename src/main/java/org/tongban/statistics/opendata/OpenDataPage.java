package org.tongban.statistics.opendata;

import java.time.Clock;
import java.time.YearMonth;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public page of the open data (R9.6): what the API publishes and how small counts
 * are suppressed, with the last twelve months by department. No script.
 */
@Controller
class OpenDataPage {

	private final OpenStatistics statistics;

	private final Clock clock;

	OpenDataPage(OpenStatistics statistics, Clock clock) {
		this.statistics = statistics;
		this.clock = clock;
	}

	@GetMapping("/open-data")
	String page(Model model) {
		Months months = Months.lastYear(YearMonth.now(clock));
		model.addAttribute("months", months);
		model.addAttribute("threshold", OpenStatistics.THRESHOLD);
		model.addAttribute("maxMonths", Months.MAX_MONTHS);
		model.addAttribute("departments", statistics.byDepartment(months.from(), months.to()));
		return "statistics/open-data";
	}

}
