package org.tongban.licence.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.identity.Actor;
import org.tongban.licence.internal.LicenceEvent;
import org.tongban.licence.internal.LicenceLifeCycle;
import org.tongban.licence.internal.PrintedValue;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.RefusedException;

/**
 * The department's licences (R15.5), {@code /staff/licences}, for its approvers: find one
 * by its id or case number; its page, with its history, offers what fits it now; each
 * action on a page of its own (revoke, suspend, lift, change), then its answers to check,
 * then confirmed. Another department's licence is not found. Without JavaScript.
 */
@Controller
@RequestMapping("/staff/licences")
class StaffLicencePages {

	/**
	 * Not {@code id}: a path variable is a variable of the page too, where {@code id}
	 * would name every field of the form.
	 */
	private static final String ID = "/{licenceId:DZZZ-[0-9A-Za-z]{26}}";

	private static final String ACTION = "/{action:revoke|suspend|lift|change}";

	/** The actions by their name in the address. */
	static final Map<String, LicenceEvent.Kind> ACTIONS = Map.of("revoke", LicenceEvent.Kind.REVOKED, "suspend",
			LicenceEvent.Kind.SUSPENDED, "lift", LicenceEvent.Kind.RESUMED, "change", LicenceEvent.Kind.CHANGED);

	private final LicenceLifeCycle lifeCycle;

	private final MessageSource messages;

	StaffLicencePages(LicenceLifeCycle lifeCycle, MessageSource messages) {
		this.lifeCycle = lifeCycle;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @AuthenticationPrincipal Actor staff, Model model,
			HttpServletResponse response, Locale locale) {
		model.addAttribute("q", q);
		try {
			model.addAttribute("licences", lifeCycle.search(staff, q));
		}
		catch (InvalidParameterException invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("queryError", message(invalid.messageCode(), invalid.messageArgs(), locale));
			model.addAttribute("licences", List.of());
		}
		return "staff/licences";
	}

	@GetMapping(ID)
	String open(@PathVariable("licenceId") String id, @AuthenticationPrincipal Actor staff, Model model) {
		return page(staff, id, model);
	}

	@GetMapping(ID + ACTION)
	String form(@PathVariable("licenceId") String id, @PathVariable String action,
			@ModelAttribute("lifeCycleForm") LifeCycleForm form, @AuthenticationPrincipal Actor staff, Model model) {
		LicenceLifeCycle.Licence licence = lifeCycle.get(staff, id);
		if (form.getPrinted() == null) {
			form.setPrinted(new ArrayList<>(licence.record().printed().stream().map(p -> p.value().zh()).toList()));
		}
		return actionPage(licence, action, model);
	}

	/** Back from the answers to check: the form with them, to change. */
	@PostMapping(ID + ACTION + "/edit")
	String edit(@PathVariable("licenceId") String id, @PathVariable String action,
			@ModelAttribute("lifeCycleForm") LifeCycleForm form, @AuthenticationPrincipal Actor staff, Model model) {
		return actionPage(lifeCycle.get(staff, id), action, model);
	}

	/** The answers given, checked, to confirm; or the form again with what is wrong. */
	@PostMapping(ID + ACTION)
	String check(@PathVariable("licenceId") String id, @PathVariable String action,
			@ModelAttribute("lifeCycleForm") LifeCycleForm form, BindingResult errors,
			@AuthenticationPrincipal Actor staff, Model model, HttpServletResponse response, Locale locale) {
		LicenceEvent.Kind kind = ACTIONS.get(action);
		try {
			LicenceLifeCycle.Action checked = lifeCycle.check(staff, id, kind, form.getReasons(), form.getLegalBasis(),
					form.getPrinted());
			LicenceLifeCycle.Licence licence = lifeCycle.get(staff, id);
			model.addAttribute("checked", checked);
			model.addAttribute("changes", changes(licence.record().printed(), checked.printed()));
			model.addAttribute("licence", licence);
			model.addAttribute("action", action);
			return "staff/licence-check";
		}
		catch (InvalidParameterException invalid) {
			return invalid(staff, id, action, invalid, errors, model, response, locale);
		}
		catch (RefusedException refused) {
			return refused(staff, id, refused, model, response, locale);
		}
	}

	@PostMapping(ID + ACTION + "/confirm")
	String confirm(@PathVariable("licenceId") String id, @PathVariable String action,
			@ModelAttribute("lifeCycleForm") LifeCycleForm form, BindingResult errors,
			@AuthenticationPrincipal Actor staff, Model model, HttpServletResponse response, Locale locale,
			RedirectAttributes redirect) {
		LicenceEvent.Kind kind = ACTIONS.get(action);
		LicenceLifeCycle.Licence done;
		try {
			done = lifeCycle.act(staff, id, kind, form.getReasons(), form.getLegalBasis(), form.getPrinted());
		}
		catch (InvalidParameterException invalid) {
			return invalid(staff, id, action, invalid, errors, model, response, locale);
		}
		catch (RefusedException refused) {
			return refused(staff, id, refused, model, response, locale);
		}
		redirect.addFlashAttribute("done", kind.name());
		return "redirect:/staff/licences/" + done.record().id();
	}

	/** A wrong value: the form again, the reason at its field (400). */
	private String invalid(Actor staff, String id, String action, InvalidParameterException invalid,
			BindingResult errors, Model model, HttpServletResponse response, Locale locale) {
		errors.rejectValue(invalid.parameter(), invalid.messageCode(), LocalizedText.in(locale, invalid.messageArgs()),
				invalid.messageCode());
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return actionPage(lifeCycle.get(staff, id), action, model);
	}

	/** A refusal: the licence, with why above it (409). */
	private String refused(Actor staff, String id, RefusedException refused, Model model, HttpServletResponse response,
			Locale locale) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("refused", message(refused.messageCode(), refused.messageArgs(), locale));
		return page(staff, id, model);
	}

	private String page(Actor staff, String id, Model model) {
		model.addAttribute("licence", lifeCycle.get(staff, id));
		model.addAttribute("actions", ACTIONS);
		return "staff/licence";
	}

	private static String actionPage(LicenceLifeCycle.Licence licence, String action, Model model) {
		model.addAttribute("licence", licence);
		model.addAttribute("action", action);
		model.addAttribute("kind", ACTIONS.get(action));
		return "staff/licence-action";
	}

	private String message(String code, Object[] args, Locale locale) {
		return messages.getMessage(code, LocalizedText.in(locale, args), code, locale);
	}

	/** A printed item of a change: its label, the value now and the value to be. */
	record Change(LocalizedText label, LocalizedText now, LocalizedText next) {

		public boolean changed() {
			return !now.zh().equals(next.zh());
		}

	}

	private static List<Change> changes(List<PrintedValue> now, List<PrintedValue> next) {
		var changes = new ArrayList<Change>();
		for (int i = 0; i < next.size(); i++) {
			changes.add(new Change(now.get(i).label(), now.get(i).value(), next.get(i).value()));
		}
		return changes;
	}

	/** What the pages of the actions post. */
	public static class LifeCycleForm {

		private String reasons;

		private String legalBasis;

		private List<String> printed;

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

		public List<String> getPrinted() {
			return printed;
		}

		public void setPrinted(List<String> printed) {
			this.printed = printed;
		}

	}

}
