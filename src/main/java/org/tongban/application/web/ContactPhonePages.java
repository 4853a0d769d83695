package org.tongban.application.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
import org.tongban.application.Application;
import org.tongban.application.ContactPhones;
import org.tongban.application.MyApplications;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.RefusedException;
import org.tongban.shared.web.RefusalStatus;

/**
 * Proving the contact phone of an application with an SMS code (R6.2), one thing per
 * page: send the code, type it; then the notices of the case go there too. Without
 * JavaScript.
 */
@Controller
@RequestMapping("/my/applications/{number}/contact-phone")
class ContactPhonePages {

	private static final String PAGE = "application/contact-phone";

	private final MyApplications myApplications;

	private final ContactPhones contactPhones;

	ContactPhonePages(MyApplications myApplications, ContactPhones contactPhones) {
		this.myApplications = myApplications;
		this.contactPhones = contactPhones;
	}

	@GetMapping
	String page(@PathVariable String number, @ModelAttribute("codeForm") CodeForm form,
			@AuthenticationPrincipal Actor actor, Model model) {
		return page(myApplications.byNumber(actor, number), model);
	}

	@PostMapping(params = "send")
	String send(@PathVariable String number, @ModelAttribute("codeForm") CodeForm form, BindingResult errors,
			@AuthenticationPrincipal Actor actor, Model model, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		try {
			contactPhones.sendCode(actor, number, request.getRemoteAddr(), locale);
			model.addAttribute("sent", true);
		}
		catch (RefusedException ex) {
			refused(ex, errors, response);
		}
		return page(myApplications.byNumber(actor, number), model);
	}

	@PostMapping
	String confirm(@PathVariable String number, @ModelAttribute("codeForm") CodeForm form, BindingResult errors,
			@AuthenticationPrincipal Actor actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			contactPhones.confirm(actor, number, form.getCode());
		}
		catch (InvalidParameterException ex) {
			errors.rejectValue("code", ex.messageCode(), ex.messageArgs(), null);
			model.addAttribute("sent", true);
			return page(myApplications.byNumber(actor, number), model);
		}
		catch (RefusedException ex) {
			refused(ex, errors, response);
			return page(myApplications.byNumber(actor, number), model);
		}
		redirect.addFlashAttribute("contactPhoneVerified", true);
		return "redirect:/my/applications/" + number + "#contact-phone";
	}

	/**
	 * Too many codes (429, with when to try again) or nothing to prove (409): said at the
	 * code's box.
	 */
	private static void refused(RefusedException ex, BindingResult errors, HttpServletResponse response) {
		RefusalStatus.write(ex, response);
		errors.rejectValue("code", ex.messageCode(), ex.messageArgs(), null);
	}

	private String page(Application application, Model model) {
		model.addAttribute("submission", application);
		model.addAttribute("receipt", application.receipt().orElseThrow());
		model.addAttribute("contactPhone", contactPhones.of(application));
		return PAGE;
	}

}
