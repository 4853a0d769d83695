package org.tongban.application.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.application.Application;
import org.tongban.application.Commitments;
import org.tongban.application.Drafts;
import org.tongban.application.MyApplications;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.web.RefusalStatus;

/**
 * Applying on informed commitment (告知承诺, R5.5, R15.7), one thing per page from the
 * draft's task list: read the commitment, send the code to one's own mobile, type it (or,
 * having logged in with a CA certificate, paste the certificate and its signature of the
 * commitment's digest); the commitment is then signed and the draft is submitted on it.
 * Offered only where the version offers it and the applicant has no false commitment in
 * force; otherwise the page is 409 with the reason. Without JavaScript.
 */
@Controller
@RequestMapping("/apply/drafts/{id}/commitment")
class CommitmentPages {

	private static final String PAGE = "application/commitment";

	private final Drafts drafts;

	private final MyApplications myApplications;

	private final Commitments commitments;

	CommitmentPages(Drafts drafts, MyApplications myApplications, Commitments commitments) {
		this.drafts = drafts;
		this.myApplications = myApplications;
		this.commitments = commitments;
	}

	@GetMapping
	String page(@PathVariable UUID id, @ModelAttribute("commitmentForm") CommitmentForm form,
			@AuthenticationPrincipal Actor actor, Model model, Locale locale) {
		return page(actor, id, model, locale);
	}

	@PostMapping(params = "send")
	String send(@PathVariable UUID id, @ModelAttribute("commitmentForm") CommitmentForm form, BindingResult errors,
			@AuthenticationPrincipal Actor actor, Model model, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		try {
			commitments.sendCode(actor, id, request.getRemoteAddr(), locale);
			model.addAttribute("sent", true);
		}
		catch (RefusedException ex) {
			refused(ex, errors, response);
		}
		return page(actor, id, model, locale);
	}

	@PostMapping
	String sign(@PathVariable UUID id, @ModelAttribute("commitmentForm") CommitmentForm form, BindingResult errors,
			@AuthenticationPrincipal Actor actor, Model model, HttpServletResponse response, Locale locale,
			RedirectAttributes redirect) {
		try {
			commitments.sign(actor, id, form.getCode(), locale);
		}
		catch (InvalidParameterException ex) {
			errors.rejectValue("code", ex.messageCode(), ex.messageArgs(), null);
			model.addAttribute("sent", true);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(actor, id, model, locale);
		}
		catch (RefusedException ex) {
			refused(ex, errors, response);
			return page(actor, id, model, locale);
		}
		redirect.addFlashAttribute("commitmentSigned", true);
		return "redirect:/apply/drafts/" + id;
	}

	/**
	 * Signs with the certificate the applicant logged in with: the certificate and the
	 * signature of the digest the page shows, pasted; a refusal says why at the field.
	 */
	@PostMapping("/certificate")
	String signWithCertificate(@PathVariable UUID id, @ModelAttribute("commitmentForm") CommitmentForm form,
			BindingResult errors, @AuthenticationPrincipal Actor actor, Model model, HttpServletResponse response,
			Locale locale, RedirectAttributes redirect) {
		try {
			commitments.signWithCertificate(actor, id, form.getCertificate(), form.getSignature(), locale);
		}
		catch (InvalidParameterException ex) {
			errors.rejectValue(ex.parameter(), ex.messageCode(), ex.messageArgs(), null);
			form.setSignature(null);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(actor, id, model, locale);
		}
		catch (RefusedException ex) {
			RefusalStatus.write(ex, response);
			errors.rejectValue("certificate", ex.messageCode(), ex.messageArgs(), null);
			return page(actor, id, model, locale);
		}
		redirect.addFlashAttribute("commitmentSigned", true);
		return "redirect:/apply/drafts/" + id;
	}

	/** Takes the signed commitment back: the draft goes to the usual review. */
	@PostMapping("/withdraw")
	@ResponseStatus(HttpStatus.SEE_OTHER)
	String withdraw(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		DraftPages.requireDraft(drafts.get(actor, id));
		commitments.withdraw(actor, id);
		return "redirect:/apply/drafts/" + id;
	}

	/**
	 * Too many codes (429, with when to try again) or signed already (409): said at the
	 * code's box.
	 */
	private static void refused(RefusedException ex, BindingResult errors, HttpServletResponse response) {
		RefusalStatus.write(ex, response);
		errors.rejectValue("code", ex.messageCode(), ex.messageArgs(), null);
	}

	/** The page, or 409 with the reason where the commitment is not offered. */
	private String page(Actor actor, UUID id, Model model, Locale locale) {
		Application draft = drafts.get(actor, id);
		DraftPages.requireDraft(draft);
		Optional<Commitments.Offer> offer = commitments.offer(actor, id, locale);
		if (offer.isEmpty()) {
			throw new RefusedException(Refusal.CONFLICT, "application.commitment.notOffered");
		}
		model.addAttribute("draft", draft);
		model.addAttribute("guide", myApplications.guideOf(draft));
		model.addAttribute("offer", offer.get());
		return PAGE;
	}

}
