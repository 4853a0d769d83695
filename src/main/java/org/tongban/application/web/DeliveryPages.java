package org.tongban.application.web;

import java.util.Arrays;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.tongban.application.Application;
import org.tongban.application.DeliveryChoices;
import org.tongban.application.DeliveryMethod;
import org.tongban.application.Drafts;
import org.tongban.application.MyApplications;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;

/**
 * Choosing how the result of a draft reaches the applicant (R6.4), a task of its task
 * list: electronically, at the department's hall, or by post to the address they give.
 * Without JavaScript.
 */
@Controller
@RequestMapping("/apply/drafts/{id}/delivery")
class DeliveryPages {

	private static final String PAGE = "application/delivery";

	private final Drafts drafts;

	private final MyApplications myApplications;

	private final DeliveryChoices choices;

	DeliveryPages(Drafts drafts, MyApplications myApplications, DeliveryChoices choices) {
		this.drafts = drafts;
		this.myApplications = myApplications;
		this.choices = choices;
	}

	@GetMapping
	String page(@PathVariable UUID id, @RequestParam(required = false) String returnTo,
			@AuthenticationPrincipal Actor actor, Model model) {
		Application draft = drafts.get(actor, id);
		DraftPages.requireDraft(draft);
		model.addAttribute("deliveryForm", DeliveryForm.of(choices.of(draft)));
		return page(draft, returnTo, model);
	}

	/**
	 * Saves the choice, then back to the task list, or to "check your answers" when the
	 * applicant came from there; a refused one shows the page again with the reason at
	 * its field (400).
	 */
	@PostMapping
	String choose(@PathVariable UUID id, @ModelAttribute("deliveryForm") DeliveryForm form, BindingResult errors,
			@RequestParam(required = false) String returnTo, @AuthenticationPrincipal Actor actor, Model model,
			HttpServletResponse response) {
		Application draft = drafts.get(actor, id);
		DraftPages.requireDraft(draft);
		try {
			choices.choose(actor, id, method(form.getMethod()), form.getAddress(), form.getPostcode());
		}
		catch (InvalidParameterException ex) {
			errors.rejectValue(ex.parameter(), ex.messageCode(), ex.messageArgs(), null);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(draft, returnTo, model);
		}
		return "redirect:" + ReturnTo.of(returnTo).map(page -> page.path(id)).orElse("/apply/drafts/" + id);
	}

	/** The method named, or null for none or one that is not a method. */
	static DeliveryMethod method(String name) {
		return Arrays.stream(DeliveryMethod.values())
			.filter(method -> method.name().equals(name))
			.findFirst()
			.orElse(null);
	}

	private String page(Application draft, String returnTo, Model model) {
		ReturnTo.of(returnTo).ifPresent(page -> model.addAttribute("returnTo", page.parameter()));
		model.addAttribute("draft", draft);
		model.addAttribute("guide", myApplications.guideOf(draft));
		model.addAttribute("methods", DeliveryMethod.values());
		return PAGE;
	}

}
