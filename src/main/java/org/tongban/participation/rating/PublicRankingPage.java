package org.tongban.participation.rating;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tongban.catalog.Department;
import org.tongban.catalog.MatterCatalog;

/**
 * The public results of the satisfaction ratings (好差评 results are public, R10.2, R16.3):
 * the departments' and matters' rankings of one calendar month, computed as the
 * supervision office's, for anybody, no log-in, no script. Only whole months that have
 * ended are offered, so that no two views differ by a day's ratings; and a department or
 * matter with fewer than {@value #THRESHOLD} ratings in the month is not ranked (the open
 * data's k), so that nobody's rating can be told from its average.
 */
@Controller
class PublicRankingPage {

	/**
	 * The fewest ratings a line is published with: the open data's k
	 * ({@code statistics.opendata.OpenStatistics.THRESHOLD}), which this module cannot
	 * name, as the statistics hear of ratings from it.
	 */
	static final int THRESHOLD = 5;

	/** The months offered, the last that ended first. */
	static final int MONTHS = 12;

	private final Ratings ratings;

	private final MatterCatalog catalog;

	private final Clock clock;

	PublicRankingPage(Ratings ratings, MatterCatalog catalog, Clock clock) {
		this.ratings = ratings;
		this.catalog = catalog;
		this.clock = clock;
	}

	@GetMapping("/ratings")
	String rankings(@ModelAttribute("period") MonthForm form, BindingResult errors, Model model) {
		List<YearMonth> months = IntStream.rangeClosed(1, MONTHS).mapToObj(YearMonth.now(clock)::minusMonths).toList();
		model.addAttribute("months", months);
		model.addAttribute("threshold", THRESHOLD);
		YearMonth month = month(form.getMonth(), months, errors);
		if (month != null) {
			model.addAttribute("shownMonth", month);
			show("departments", ratings.departmentRanking(month.atDay(1), month.atEndOfMonth()), model);
			show("matters", ratings.matterRanking(month.atDay(1), month.atEndOfMonth()), model);
			model.addAttribute("departmentNames",
					catalog.departments().stream().collect(Collectors.toMap(Department::code, Department::name)));
		}
		return "rating/public";
	}

	/**
	 * The lines of a ranking with at least {@value #THRESHOLD} ratings, in its order, and
	 * how many are withheld.
	 */
	private static void show(String ranking, List<Ranking> lines, Model model) {
		List<Ranking> published = lines.stream().filter(line -> line.count() >= THRESHOLD).toList();
		model.addAttribute(ranking, published);
		model.addAttribute(ranking + "Withheld", lines.size() - published.size());
	}

	/** The month asked for, one of those offered; the last that ended when none is. */
	private static YearMonth month(String given, List<YearMonth> offered, BindingResult errors) {
		if (given == null || given.isBlank()) {
			return offered.get(0);
		}
		try {
			YearMonth month = YearMonth.parse(given.strip());
			if (offered.contains(month)) {
				return month;
			}
		}
		catch (DateTimeParseException ex) {
			// Told below as a month not offered.
		}
		errors.rejectValue("month", "rating.public.month",
				new Object[] { offered.get(offered.size() - 1), offered.get(0) }, null);
		return null;
	}

	/** The month of the public rankings, as chosen: yyyy-mm. */
	public static class MonthForm {

		private String month;

		public String getMonth() {
			return month;
		}

		public void setMonth(String month) {
			this.month = month;
		}

	}

}
