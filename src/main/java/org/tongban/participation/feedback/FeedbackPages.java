package org.tongban.participation.feedback;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.catalog.Department;
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.Actor;
import org.tongban.identity.CurrentActor;
import org.tongban.participation.feedback.Feedback.Channel;
import org.tongban.participation.feedback.Feedback.Kind;
import org.tongban.participation.feedback.Feedback.Subject;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.RefusedException;

/**
 * The public pages of feedback (R10.1), GOV.UK style: {@code /feedback} says what may be
 * filed, {@code /feedback/new} asks for it in a short form, {@code /feedback/check} shows
 * the answers before they are filed, the confirmation gives the tracking number and query
 * code, and {@code /feedback/follow} shows, for the number and code (posted, so that the
 * code stays out of addresses), the deadline and the answer, and takes the filer's
 * verdict. An applicant who is logged in files under their verified account and finds
 * their feedback under {@code /my/feedback}.
 */
@Controller
class FeedbackPages {

	static final String START = "/feedback";

	static final String NEW = "/feedback/new";

	static final String CHECK = "/feedback/check";

	static final String FOLLOW = "/feedback/follow";

	private static final String SESSION_FORM = FeedbackPages.class.getName() + ".form";

	private final Feedbacks feedbacks;

	private final MatterCatalog catalog;

	private final CurrentActor currentActor;

	private final MessageSource messages;

	FeedbackPages(Feedbacks feedbacks, MatterCatalog catalog, CurrentActor currentActor, MessageSource messages) {
		this.feedbacks = feedbacks;
		this.catalog = catalog;
		this.currentActor = currentActor;
		this.messages = messages;
	}

	@GetMapping(START)
	String start() {
		return "participation/feedback/start";
	}

	@GetMapping(NEW)
	String form(HttpSession session, Model model) {
		FeedbackForm kept = (FeedbackForm) session.getAttribute(SESSION_FORM);
		return showForm(kept != null ? kept : new FeedbackForm(), model);
	}

	@PostMapping(NEW)
	String checkForm(@ModelAttribute("entry") FeedbackForm form, BindingResult errors, HttpSession session, Model model,
			HttpServletResponse response) {
		try {
			feedbacks.check(currentActor.get(), form.filing());
		}
		catch (InvalidParameterException refused) {
			errors.rejectValue(refused.parameter(), refused.messageCode(), refused.messageArgs(), null);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return showForm(form, model);
		}
		session.setAttribute(SESSION_FORM, form);
		return "redirect:" + CHECK;
	}

	@GetMapping(CHECK)
	String checkAnswers(HttpSession session, Model model) {
		FeedbackForm form = (FeedbackForm) session.getAttribute(SESSION_FORM);
		if (form == null) {
			return "redirect:" + NEW;
		}
		model.addAttribute("entry", form);
		model.addAttribute("filer", currentActor.get().orElse(null));
		model.addAttribute("departments", departmentNames());
		return "participation/feedback/check";
	}

	@PostMapping(CHECK)
	String file(HttpSession session, Model model, RedirectAttributes redirect) {
		FeedbackForm form = (FeedbackForm) session.getAttribute(SESSION_FORM);
		if (form == null) {
			return "redirect:" + NEW;
		}
		Feedbacks.Filed filed;
		try {
			filed = feedbacks.file(currentActor.get(), form.filing(), Channel.WEB);
		}
		catch (InvalidParameterException refused) {
			// The case or matter changed since the check: the form says what is wrong.
			var errors = new BeanPropertyBindingResult(form, "entry");
			errors.rejectValue(refused.parameter(), refused.messageCode(), refused.messageArgs(), null);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "entry", errors);
			return showForm(form, model);
		}
		session.removeAttribute(SESSION_FORM);
		redirect.addFlashAttribute("filed", filed);
		return "redirect:/feedback/confirmation";
	}

	@GetMapping("/feedback/confirmation")
	String confirmation(Model model) {
		if (!model.containsAttribute("filed")) {
			return "redirect:" + START;
		}
		Feedbacks.Filed filed = (Feedbacks.Filed) model.getAttribute("filed");
		model.addAttribute("department", catalog.department(filed.departmentCode()));
		return "participation/feedback/confirmation";
	}

	@GetMapping(FOLLOW)
	String followForm() {
		return "participation/feedback/follow";
	}

	@PostMapping(FOLLOW)
	String follow(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
			Model model, Locale locale, HttpServletResponse response) {
		return followed(number, code, model, locale, response, () -> feedbacks.follow(number, code));
	}

	@PostMapping(FOLLOW + "/verdict")
	String verdict(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
			@RequestParam(required = false) Boolean resolved, Model model, Locale locale,
			HttpServletResponse response) {
		if (resolved == null) {
			return followed(number, code, model, locale, response, () -> {
				Feedback feedback = feedbacks.follow(number, code);
				model.addAttribute("verdictMissing", true);
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				return feedback;
			});
		}
		model.addAttribute("done", resolved ? "feedback.verdict.resolved" : "feedback.verdict.reopened");
		return followed(number, code, model, locale, response, () -> feedbacks.verdict(number, code, resolved));
	}

	@GetMapping("/my/feedback")
	String mine(@AuthenticationPrincipal Actor applicant, Model model) {
		model.addAttribute("feedbacks", feedbacks.mine(applicant));
		return "participation/feedback/mine";
	}

	@GetMapping("/my/feedback/{number}")
	String myFeedback(@AuthenticationPrincipal Actor applicant, @PathVariable String number, Model model) {
		return show(feedbacks.mine(applicant, number), true, model);
	}

	@PostMapping("/my/feedback/{number}/verdict")
	String myVerdict(@AuthenticationPrincipal Actor applicant, @PathVariable String number,
			@RequestParam(required = false) Boolean resolved, Model model, RedirectAttributes redirect) {
		if (resolved == null) {
			model.addAttribute("verdictMissing", true);
			return show(feedbacks.mine(applicant, number), true, model);
		}
		feedbacks.verdict(applicant, number, resolved);
		redirect.addFlashAttribute("done", resolved ? "feedback.verdict.resolved" : "feedback.verdict.reopened");
		return "redirect:/my/feedback/" + number;
	}

	private String followed(String number, String code, Model model, Locale locale, HttpServletResponse response,
			Supplier<Feedback> lookUp) {
		String givenNumber = number == null ? "" : number.strip();
		String givenCode = code == null ? "" : code.strip();
		model.addAttribute("number", givenNumber);
		model.addAttribute("code", givenCode);
		if (givenNumber.isEmpty() || givenCode.isEmpty()) {
			model.addAttribute("missing", givenNumber.isEmpty() ? "number" : "code");
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "participation/feedback/follow";
		}
		try {
			return show(lookUp.get(), false, model);
		}
		catch (NotFoundException ex) {
			model.asMap().remove("done");
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("notFound", messages.getMessage(ex.messageCode(), ex.messageArgs(), locale));
			return "participation/feedback/follow";
		}
		catch (RefusedException ex) {
			model.asMap().remove("done");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("refused", messages.getMessage(ex.messageCode(), ex.messageArgs(), locale));
			return show(feedbacks.follow(number, code), false, model);
		}
	}

	private String show(Feedback feedback, boolean own, Model model) {
		model.addAttribute("feedback", feedback);
		model.addAttribute("own", own);
		model.addAttribute("department", catalog.department(feedback.departmentCode()));
		return "participation/feedback/feedback";
	}

	private String showForm(FeedbackForm form, Model model) {
		model.addAttribute("entry", form);
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("subjects", Subject.values());
		model.addAttribute("departments", catalog.departments());
		model.addAttribute("filer", currentActor.get().orElse(null));
		model.addAttribute("maxText", Feedbacks.MAX_TEXT);
		model.addAttribute("maxName", Feedbacks.MAX_NAME);
		return "participation/feedback/form";
	}

	private Map<String, LocalizedText> departmentNames() {
		return catalog.departments().stream().collect(Collectors.toMap(Department::code, Department::name));
	}

}
