package org.tongban.participation.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tongban.identity.Actor;
import org.tongban.identity.Role;
import org.tongban.participation.Satisfaction;
import org.tongban.shared.InvalidParameterException;

/**
 * The ratings of window visits per clerk in a period (好差评, R15.8, R16.3), this month's by
 * default: for the supervision office every clerk, for a department's administrator, who
 * answers for the department's service as a whole (as with its bad ratings at
 * {@code /admin/ratings}), the clerks of their departments. A clerk sees none.
 */
@Controller
class ClerkRatingsPage {

	static final String PATH = "/staff/visit-ratings";

	private final VisitRatings visits;

	private final Clock clock;

	ClerkRatingsPage(VisitRatings visits, Clock clock) {
		this.visits = visits;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String byClerk(@ModelAttribute("period") RankingForm form, BindingResult errors,
			@AuthenticationPrincipal Actor viewer, Model model) {
		LocalDate today = LocalDate.now(clock);
		LocalDate from = RankingPage.day(form.getFrom(), today.withDayOfMonth(1), "from", errors);
		LocalDate to = RankingPage.day(form.getTo(), today, "to", errors);
		model.addAttribute("levels", List.of(Satisfaction.values()));
		model.addAttribute("supervisor", viewer.has(Role.SUPERVISOR));
		if (!errors.hasErrors()) {
			try {
				model.addAttribute("visits", visits.byClerk(viewer, from, to));
				model.addAttribute("shownFrom", from);
				model.addAttribute("shownTo", to);
			}
			catch (InvalidParameterException ex) {
				errors.rejectValue(ex.parameter(), ex.messageCode(), ex.messageArgs(), null);
			}
		}
		return "rating/clerks";
	}

}
