package org.tongban.participation.rating;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tongban.identity.Actor;
import org.tongban.participation.rating.Rating.Appeal;
import org.tongban.participation.rating.Rating.Verification;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.RefusedException;

/**
 * The staff's pages of the rating loop (R15.8, R16.3), on the same rules as the API: the
 * supervision office verifies bad ratings and decides appeals (another supervisor than
 * the verifier); the department's administrator replies on the rectification of a
 * justified one, or appeals one. Nobody acts on a rating of a case they handled or rated.
 */
@Controller
class RatingReviewPages {

	static final String SUPERVISION = "/supervision/ratings";

	static final String DEPARTMENT = "/admin/ratings";

	private static final List<Verification> FINDINGS = List.of(Verification.JUSTIFIED, Verification.NOT_JUSTIFIED,
			Verification.MALICIOUS);

	private static final List<Appeal> DECISIONS = List.of(Appeal.UPHELD, Appeal.DISMISSED);

	private final Ratings ratings;

	private final MessageSource messages;

	RatingReviewPages(Ratings ratings, MessageSource messages) {
		this.ratings = ratings;
		this.messages = messages;
	}

	@GetMapping(SUPERVISION + "/waiting")
	String waiting(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("toVerify", ratings.toVerify(actor));
		model.addAttribute("appeals", ratings.appealsToDecide(actor));
		return "rating/waiting";
	}

	@GetMapping(DEPARTMENT)
	String ofDepartments(@AuthenticationPrincipal Actor actor, Model model) {
		List<Rating> bad = ratings.ofDepartments(actor);
		model.addAttribute("rectifications", bad.stream().filter(RatingReviewPages::awaitsReply).toList());
		model.addAttribute("appealable", bad.stream().filter(rating -> rating.appeal() == null).toList());
		return "rating/department";
	}

	@GetMapping(SUPERVISION + "/{number}")
	String toReview(@PathVariable String number, @AuthenticationPrincipal Actor actor, Model model) {
		return page(ratings.read(actor, number), new RatingReviewForm(), model, SUPERVISION);
	}

	@GetMapping(DEPARTMENT + "/{number}")
	String ofDepartment(@PathVariable String number, @AuthenticationPrincipal Actor actor, Model model) {
		return page(ratings.read(actor, number), new RatingReviewForm(), model, DEPARTMENT);
	}

	@PostMapping(SUPERVISION + "/{number}/verification")
	String verify(@PathVariable String number, @ModelAttribute("review") RatingReviewForm form, BindingResult errors,
			@AuthenticationPrincipal Actor actor, Model model, Locale locale) {
		return change(number, form, errors, actor, model, locale, SUPERVISION, "verified",
				() -> ratings.verify(actor, number,
						choice(Verification.class, FINDINGS, form.getFinding(), "finding", "rating.finding.missing"),
						form.getReason()));
	}

	@PostMapping(SUPERVISION + "/{number}/appeal-decision")
	String decideAppeal(@PathVariable String number, @ModelAttribute("review") RatingReviewForm form,
			BindingResult errors, @AuthenticationPrincipal Actor actor, Model model, Locale locale) {
		return change(number, form, errors, actor, model, locale, SUPERVISION, "decided",
				() -> ratings.decideAppeal(actor, number, choice(Appeal.class, DECISIONS, form.getDecision(),
						"decision", "rating.decision.missing") == Appeal.UPHELD, form.getReason()));
	}

	@PostMapping(DEPARTMENT + "/{number}/reply")
	String reply(@PathVariable String number, @ModelAttribute("review") RatingReviewForm form, BindingResult errors,
			@AuthenticationPrincipal Actor actor, Model model, Locale locale) {
		return change(number, form, errors, actor, model, locale, DEPARTMENT, "replied",
				() -> ratings.reply(actor, number, form.getReply()));
	}

	@PostMapping(DEPARTMENT + "/{number}/appeal")
	String appeal(@PathVariable String number, @ModelAttribute("review") RatingReviewForm form, BindingResult errors,
			@AuthenticationPrincipal Actor actor, Model model, Locale locale) {
		return change(number, form, errors, actor, model, locale, DEPARTMENT, "appealed",
				() -> ratings.appeal(actor, number, form.getReason()));
	}

	private String change(String number, RatingReviewForm form, BindingResult errors, Actor actor, Model model,
			Locale locale, String base, String done, Runnable change) {
		try {
			change.run();
		}
		catch (InvalidParameterException ex) {
			errors.rejectValue(ex.parameter(), ex.messageCode(), ex.messageArgs(), null);
			return page(ratings.read(actor, number), form, model, base);
		}
		catch (RefusedException ex) {
			model.addAttribute("refused", messages.getMessage(ex.messageCode(), ex.messageArgs(), locale));
			return page(ratings.read(actor, number), form, model, base);
		}
		return "redirect:" + base + "/" + number + "?" + done;
	}

	/** One of the choices offered, by its name. */
	private static <E extends Enum<E>> E choice(Class<E> type, List<E> offered, String given, String parameter,
			String missing) {
		return Arrays.stream(type.getEnumConstants())
			.filter(offered::contains)
			.filter(value -> value.name().equals(given))
			.findFirst()
			.orElseThrow(() -> new InvalidParameterException(parameter, missing));
	}

	private static boolean awaitsReply(Rating rating) {
		return rating.verification() == Verification.JUSTIFIED && rating.reply() == null;
	}

	private String page(Rating rating, RatingReviewForm form, Model model, String base) {
		model.addAttribute("rating", rating);
		model.addAttribute("base", base);
		model.addAttribute("supervisor", SUPERVISION.equals(base));
		model.addAttribute("review", form);
		model.addAttribute("findings", FINDINGS);
		model.addAttribute("decisions", DECISIONS);
		model.addAttribute("awaitsReply", awaitsReply(rating));
		model.addAttribute("appealable",
				rating.satisfaction() != null && rating.satisfaction().isBad() && rating.appeal() == null);
		return "rating/review";
	}

}
