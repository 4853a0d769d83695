package org.tongban.licence.web;

import java.util.Locale;

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
import org.tongban.identity.Actor;
import org.tongban.licence.internal.LicenceIssues;
import org.tongban.licence.internal.LicenceRecord;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.RefusedException;

/**
 * The licences a department issues by hand (R6.3, R15.5), {@code /staff/licence-issues}:
 * those waiting, the one due first first; one of them with what it will say (check your
 * answers), issued on confirmation. Another department's is not found. Without
 * JavaScript.
 */
@Controller
@RequestMapping("/staff/licence-issues")
class LicenceIssuePages {

	private static final String PAGE = "staff/licence-issue";

	private final LicenceIssues issues;

	private final MessageSource messages;

	LicenceIssuePages(LicenceIssues issues, MessageSource messages) {
		this.issues = issues;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal Actor staff, Model model) {
		model.addAttribute("issues", issues.pending(staff));
		return "staff/licence-issues";
	}

	@GetMapping("/{number}")
	String open(@PathVariable String number, @ModelAttribute("issueForm") IssueForm form,
			@AuthenticationPrincipal Actor staff, Model model) {
		model.addAttribute("issue", issues.get(staff, number));
		return PAGE;
	}

	/**
	 * Issues it: unconfirmed, the page again with the reason at the box (400); refused
	 * (409), why above it; issued, the list with the licence's id.
	 */
	@PostMapping("/{number}")
	String issue(@PathVariable String number, @ModelAttribute("issueForm") IssueForm form, BindingResult errors,
			@AuthenticationPrincipal Actor staff, Model model, HttpServletResponse response, Locale locale,
			RedirectAttributes redirect) {
		LicenceRecord issued;
		try {
			issued = issues.issue(staff, number, Boolean.TRUE.equals(form.getConfirmed()));
		}
		catch (InvalidParameterException invalid) {
			errors.rejectValue(invalid.parameter(), invalid.messageCode(),
					LocalizedText.in(locale, invalid.messageArgs()), invalid.messageCode());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("issue", issues.get(staff, number));
			return PAGE;
		}
		catch (RefusedException refused) {
			redirect.addFlashAttribute("refused", messages.getMessage(refused.messageCode(),
					LocalizedText.in(locale, refused.messageArgs()), refused.messageCode(), locale));
			return "redirect:/staff/licence-issues";
		}
		redirect.addFlashAttribute("issuedNumber", number);
		redirect.addFlashAttribute("issuedId", issued.id());
		return "redirect:/staff/licence-issues";
	}

	/** What the issue form posts. */
	public static class IssueForm {

		private Boolean confirmed;

		public Boolean getConfirmed() {
			return confirmed;
		}

		public void setConfirmed(Boolean confirmed) {
			this.confirmed = confirmed;
		}

	}

}
