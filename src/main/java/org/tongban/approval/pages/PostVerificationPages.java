package org.tongban.approval.pages;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.approval.PostVerification;
import org.tongban.approval.PostVerifications;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.RefusedException;

/**
 * Post-verification (事后核查, R5.5, R15.7) for the department's reviewers,
 * {@code /staff/post-verifications}: the open verifications, the soonest due first; one
 * verification with the commitment the applicant signed, and its outcome, confirmed or a
 * false commitment that revokes the grant. Another department's verification is not
 * found. Without JavaScript.
 */
@Controller
@RequestMapping("/staff/post-verifications")
class PostVerificationPages {

	private final PostVerifications verifications;

	private final MessageSource messages;

	PostVerificationPages(PostVerifications verifications, MessageSource messages) {
		this.verifications = verifications;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal Actor staff, Model model) {
		model.addAttribute("verifications", verifications.open(staff));
		return "staff/post-verifications";
	}

	@GetMapping("/{id}")
	String open(@PathVariable UUID id, @ModelAttribute("outcomeForm") OutcomeForm form,
			@AuthenticationPrincipal Actor staff, Model model) {
		return page(verifications.get(staff, id), model);
	}

	@PostMapping("/{id}")
	String record(@PathVariable UUID id, @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult errors,
			@AuthenticationPrincipal Actor staff, Model model, HttpServletResponse response, Locale locale,
			RedirectAttributes redirect) {
		try {
			verifications.record(staff, id, outcome(form.getOutcome()), form.getReasons(), form.getLegalBasis());
		}
		catch (InvalidParameterException invalid) {
			errors.rejectValue(invalid.parameter(), invalid.messageCode(),
					LocalizedText.in(locale, invalid.messageArgs()), invalid.messageCode());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(verifications.get(staff, id), model);
		}
		catch (RefusedException refused) {
			redirect.addFlashAttribute("refused", messages.getMessage(refused.messageCode(),
					LocalizedText.in(locale, refused.messageArgs()), refused.messageCode(), locale));
			return "redirect:/staff/post-verifications/" + id;
		}
		redirect.addFlashAttribute("recorded", true);
		return "redirect:/staff/post-verifications/" + id;
	}

	/** The outcome chosen, or null for none or one the form does not offer. */
	private static PostVerification.Outcome outcome(String given) {
		return List.of(PostVerification.Outcome.values())
			.stream()
			.filter(outcome -> outcome.name().equals(given))
			.findFirst()
			.orElse(null);
	}

	private String page(PostVerification verification, Model model) {
		model.addAttribute("verification", verification);
		model.addAttribute("outcomes", PostVerification.Outcome.values());
		model.addAttribute("maxText", PostVerifications.MAX_TEXT);
		return "staff/post-verification";
	}

	/** What the page posts. */
	public static class OutcomeForm {

		private String outcome;

		private String reasons;

		private String legalBasis;

		public String getOutcome() {
			return outcome;
		}

		public void setOutcome(String outcome) {
			this.outcome = outcome;
		}

		public String getReasons() {
			return reasons;
		}

		public void setReasons(String reasons) {
			this.reasons = reasons;
		}

		public String getLegalBasis() {
			return legalBasis;
		}

		public void setLegalBasis(String legalBasis) {
			this.legalBasis = legalBasis;
		}

	}

}
