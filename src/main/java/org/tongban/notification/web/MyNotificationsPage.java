package org.tongban.notification.web;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.notification.EmailAddress;
import org.tongban.notification.outbox.Contacts;
import org.tongban.notification.outbox.Outbox;
import org.tongban.shared.identifiers.InvalidIdentifierException;

/**
 * The applicant's messages (R6.2), newest first, the unread ones marked and then read;
 * and the e-mail address they are also told at, to give, change or remove. Applicants
 * only (the identity module's access rules).
 */
@Controller
@RequestMapping("/my/notifications")
class MyNotificationsPage {

	private final Outbox outbox;

	private final Contacts contacts;

	MyNotificationsPage(Outbox outbox, Contacts contacts) {
		this.outbox = outbox;
		this.contacts = contacts;
	}

	@GetMapping
	String page(Authentication authentication, Model model) {
		UUID account = account(authentication);
		var form = new EmailForm();
		contacts.email(account).ifPresent(email -> form.setEmail(email.value()));
		model.addAttribute("contact", form);
		return show(account, model);
	}

	@PostMapping("/email")
	String setEmail(Authentication authentication, @ModelAttribute("contact") EmailForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		UUID account = account(authentication);
		EmailAddress email;
		try {
			email = EmailAddress.parse(form.getEmail());
		}
		catch (InvalidIdentifierException ex) {
			errors.rejectValue("email", ex.messageCode(), ex.messageArgs(), null);
			return show(account, model);
		}
		contacts.setEmail(account, email);
		redirect.addFlashAttribute("done", "notification.my.email.saved");
		return "redirect:/my/notifications";
	}

	@PostMapping("/email/remove")
	String removeEmail(Authentication authentication, RedirectAttributes redirect) {
		contacts.removeEmail(account(authentication));
		redirect.addFlashAttribute("done", "notification.my.email.removed");
		return "redirect:/my/notifications";
	}

	private String show(UUID account, Model model) {
		model.addAttribute("email", contacts.email(account).orElse(null));
		model.addAttribute("messages", outbox.read(account));
		return "notification/my";
	}

	static UUID account(Authentication authentication) {
		return UUID.fromString(authentication.getName());
	}

}
