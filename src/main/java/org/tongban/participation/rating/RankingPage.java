package org.tongban.participation.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tongban.shared.InvalidParameterException;

/**
 * The supervision office's rankings of departments and matters by their satisfaction
 * ratings in a period (R16.3), this month's by default: average score, number of ratings,
 * share of bad ones, malicious ratings and upheld appeals left out.
 */
@Controller
class RankingPage {

	private final Ratings ratings;

	private final Clock clock;

	RankingPage(Ratings ratings, Clock clock) {
		this.ratings = ratings;
		this.clock = clock;
	}

	@GetMapping("/supervision/ratings")
	String rankings(@ModelAttribute("period") RankingForm form, BindingResult errors, Model model) {
		LocalDate today = LocalDate.now(clock);
		LocalDate from = day(form.getFrom(), today.withDayOfMonth(1), "from", errors);
		LocalDate to = day(form.getTo(), today, "to", errors);
		if (!errors.hasErrors()) {
			try {
				model.addAttribute("departments", ratings.departmentRanking(from, to));
				model.addAttribute("matters", ratings.matterRanking(from, to));
				model.addAttribute("shownFrom", from);
				model.addAttribute("shownTo", to);
			}
			catch (InvalidParameterException ex) {
				errors.rejectValue(ex.parameter(), ex.messageCode(), ex.messageArgs(), null);
			}
		}
		return "rating/rankings";
	}

	/**
	 * A day as typed, the default when blank; null, rejected on the field, when not a
	 * day.
	 */
	static LocalDate day(String given, LocalDate otherwise, String field, BindingResult errors) {
		if (given == null || given.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(given.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "rating.period.day");
			return null;
		}
	}

}
