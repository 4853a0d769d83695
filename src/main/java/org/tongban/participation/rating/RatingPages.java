package org.tongban.participation.rating;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tongban.identity.Actor;
import org.tongban.participation.Satisfaction;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.RefusedException;

/**
 * The applicant's rating of their finished case (好差评, R15.8), from the case's page: one
 * level of five, the reasons to tick and a comment, once; then the department's reply to
 * a bad rating, and the rating of its rectification, once.
 */
@Controller
@RequestMapping("/my/applications/{number}/rating")
class RatingPages {

	private static final String PAGE = "rating/rate";

	private final Ratings ratings;

	private final MessageSource messages;

	RatingPages(Ratings ratings, MessageSource messages) {
		this.ratings = ratings;
		this.messages = messages;
	}

	@GetMapping
	String rating(@PathVariable String number, @AuthenticationPrincipal Actor actor, Model model) {
		return page(ratings.mine(actor, number), new RatingForm(), model);
	}

	@PostMapping
	String rate(@PathVariable String number, @ModelAttribute("ratingForm") RatingForm form, BindingResult errors,
			@AuthenticationPrincipal Actor actor, Model model, Locale locale) {
		return change(number, form, errors, actor, model, locale, false);
	}

	@PostMapping("/rectification")
	String rateRectification(@PathVariable String number, @ModelAttribute("ratingForm") RatingForm form,
			BindingResult errors, @AuthenticationPrincipal Actor actor, Model model, Locale locale) {
		return change(number, form, errors, actor, model, locale, true);
	}

	private String change(String number, RatingForm form, BindingResult errors, Actor actor, Model model, Locale locale,
			boolean rectification) {
		try {
			Satisfaction level = level(form.getSatisfaction());
			if (rectification) {
				ratings.rateRectification(actor, number, level, form.getComment());
			}
			else {
				ratings.rate(actor, number, level, reasons(form.getReasons()), form.getComment());
			}
		}
		catch (InvalidParameterException ex) {
			errors.rejectValue(ex.parameter(), ex.messageCode(), ex.messageArgs(), null);
			return page(ratings.mine(actor, number), form, model);
		}
		catch (RefusedException ex) {
			model.addAttribute("refused", messages.getMessage(ex.messageCode(), ex.messageArgs(), locale));
			return page(ratings.mine(actor, number), form, model);
		}
		return "redirect:/my/applications/" + number + "/rating?rated";
	}

	static Satisfaction level(String given) {
		return Arrays.stream(Satisfaction.values())
			.filter(level -> level.name().equals(given))
			.findFirst()
			.orElseThrow(() -> new InvalidParameterException("satisfaction", "rating.satisfaction.missing"));
	}

	static Set<RatingReason> reasons(List<String> given) {
		Set<RatingReason> reasons = EnumSet.noneOf(RatingReason.class);
		for (String name : given) {
			reasons.add(Arrays.stream(RatingReason.values())
				.filter(reason -> reason.name().equals(name))
				.findFirst()
				.orElseThrow(() -> new InvalidParameterException("reasons", "rating.reasons.notOfLevel")));
		}
		return reasons;
	}

	private String page(Rating rating, RatingForm form, Model model) {
		model.addAttribute("rating", rating);
		model.addAttribute("ratingForm", form);
		model.addAttribute("levels", List.of(Satisfaction.values()));
		model.addAttribute("goodReasons", RatingReason.of(Satisfaction.VERY_SATISFIED));
		model.addAttribute("badReasons", RatingReason.of(Satisfaction.VERY_DISSATISFIED));
		model.addAttribute("ticked", form.getReasons());
		return PAGE;
	}

}
