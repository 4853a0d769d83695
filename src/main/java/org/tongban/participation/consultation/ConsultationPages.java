package org.tongban.participation.consultation;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.Actor;
import org.tongban.identity.CurrentActor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.NotFoundException;

/**
 * The asker's pages (R10.3): the question on a matter's guide
 * ({@code /matters/{code}/ask}, one thing per page), its confirmation with the number and
 * the query code, the follow page ({@code /questions}, the code posted so that it stays
 * out of addresses) and a logged-in applicant's questions ({@code /my/questions}).
 * Without JavaScript.
 */
@Controller
class ConsultationPages {

	/** The session's FAQ entries already found helpful: one vote each. */
	private static final String VOTED = ConsultationPages.class.getName() + ".voted";

	private final Consultations consultations;

	private final MatterCatalog catalog;

	private final CurrentActor currentActor;

	ConsultationPages(Consultations consultations, MatterCatalog catalog, CurrentActor currentActor) {
		this.consultations = consultations;
		this.catalog = catalog;
		this.currentActor = currentActor;
	}

	@GetMapping("/matters/{code}/ask")
	String ask(@PathVariable String code, @ModelAttribute("askForm") AskForm form, Model model) {
		model.addAttribute("guide", catalog.guide(code));
		model.addAttribute("answerDays", consultations.answerDays());
		return "participation/ask";
	}

	/**
	 * Asked, the confirmation; refused, the page again with the reasons at the fields
	 * (400).
	 */
	@PostMapping("/matters/{code}/ask")
	String asked(@PathVariable String code, @ModelAttribute("askForm") AskForm form, BindingResult errors, Model model,
			HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("asked", consultations.ask(currentActor.get(), code, form.getQuestion(),
					form.getMobile(), form.getEmail(), locale));
		}
		catch (InvalidParameterException invalid) {
			errors.rejectValue(invalid.parameter(), invalid.messageCode(),
					LocalizedText.in(locale, invalid.messageArgs()), invalid.messageCode());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return ask(code, form, model);
		}
		redirect.addFlashAttribute("matterCode", code);
		return "redirect:/questions/asked";
	}

	@GetMapping("/questions/asked")
	String confirmation(Model model) {
		return model.containsAttribute("asked") ? "participation/asked" : "redirect:/questions";
	}

	@GetMapping("/questions")
	String follow(@ModelAttribute("followForm") FollowForm form) {
		return "participation/follow";
	}

	/** A wrong number and a wrong code alike: the form again, with one message (404). */
	@PostMapping("/questions")
	String followed(@ModelAttribute("followForm") FollowForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		try {
			model.addAttribute("question", consultations.follow(form.getNumber(), form.getCode()));
			model.addAttribute("today", consultations.today());
			return "participation/question";
		}
		catch (NotFoundException notFound) {
			errors.rejectValue("number", notFound.messageCode());
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "participation/follow";
		}
	}

	@GetMapping("/my/questions")
	String mine(@AuthenticationPrincipal Actor applicant, Model model) {
		model.addAttribute("questions", consultations.mine(applicant));
		model.addAttribute("today", consultations.today());
		return "participation/my-questions";
	}

	/** The answer a reader found helpful, with the button that says so. */
	@GetMapping("/matters/{code}/faq/{id}/helpful")
	String helpfulPage(@PathVariable String code, @PathVariable UUID id, Model model) {
		model.addAttribute("guide", catalog.guide(code));
		model.addAttribute("entry",
				consultations.faq(code)
					.stream()
					.filter(entry -> entry.id().equals(id))
					.findFirst()
					.orElseThrow(() -> new NotFoundException("consultation.faq.notFound")));
		return "participation/helpful";
	}

	/**
	 * Counted once a browser session, so that one reader cannot make an answer popular.
	 */
	@PostMapping("/matters/{code}/faq/{id}/helpful")
	String helpful(@PathVariable String code, @PathVariable UUID id, HttpSession session, RedirectAttributes redirect) {
		@SuppressWarnings("unchecked")
		Set<UUID> voted = (Set<UUID>) session.getAttribute(VOTED);
		if (voted == null) {
			voted = new HashSet<>();
		}
		if (!voted.contains(id)) {
			consultations.helpful(code, id);
			voted.add(id);
			session.setAttribute(VOTED, voted);
		}
		redirect.addFlashAttribute("thanked", true);
		return "redirect:/matters/" + code + "/faq/" + id + "/helpful";
	}

	/** What the question form posts. */
	public static class AskForm {

		private String question;

		private String mobile;

		private String email;

		public String getQuestion() {
			return question;
		}

		public void setQuestion(String question) {
			this.question = question;
		}

		public String getMobile() {
			return mobile;
		}

		public void setMobile(String mobile) {
			this.mobile = mobile;
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

	}

	/** What the follow form posts. */
	public static class FollowForm {

		private String number;

		private String code;

		public String getNumber() {
			return number;
		}

		public void setNumber(String number) {
			this.number = number;
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

	}

}
