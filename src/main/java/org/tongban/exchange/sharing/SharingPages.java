package org.tongban.exchange.sharing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.core.Authentication;
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
import org.tongban.exchange.DataElements;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;

/**
 * The sharing catalogue's pages for department admins (R9.5): the requests of their
 * departments and those to them, a form to request an element, and the decision on a
 * request to their department, checked on a page of its own before it is confirmed.
 */
@Controller
@RequestMapping("/admin/sharing")
class SharingPages {

	static final String GRANT = "GRANT";

	static final String REFUSE = "REFUSE";

	private final SharingCatalogue catalogue;

	private final DataElements dictionary;

	private final Audit audit;

	SharingPages(SharingCatalogue catalogue, DataElements dictionary, Audit audit) {
		this.catalogue = catalogue;
		this.dictionary = dictionary;
		this.audit = audit;
	}

	@GetMapping
	String list(Authentication authentication, @ModelAttribute("requestForm") RequestForm form, Model model,
			Locale locale) {
		DepartmentAdmin admin = admin(authentication);
		if (form.getClientDepartment() == null && admin.departments().size() == 1) {
			form.setClientDepartment(admin.departments().iterator().next());
		}
		List<SharingRequest> visible = catalogue.visibleTo(admin);
		model.addAttribute("admin", admin);
		model.addAttribute("mine", visible.stream().filter(r -> admin.administers(r.clientDepartment())).toList());
		model.addAttribute("toMe", visible.stream().filter(r -> admin.administers(r.ownerDepartment())).toList());
		model.addAttribute("requestable",
				dictionary.all()
					.stream()
					.filter(element -> element.sharing().requestable())
					.map(element -> new ElementOption(element.code(),
							element.code() + " " + element.name(locale) + " (" + element.sourceDepartment() + ")"))
					.toList());
		model.addAttribute("today", catalogue.today());
		return "exchange/sharing";
	}

	@PostMapping
	String request(Authentication authentication, @ModelAttribute("requestForm") RequestForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, Locale locale) {
		// Every blank answer at once, as the GOV.UK error summary lists them; the service
		// checks the rest.
		if (form.getElement() == null || form.getElement().isBlank()) {
			errors.rejectValue("element", "exchange.sharing.element.missing");
		}
		if (form.getPurpose() == null || form.getPurpose().isBlank()) {
			errors.rejectValue("purpose", "exchange.sharing.purpose", new Object[] { SharingCatalogue.PURPOSE_MAX },
					null);
		}
		if (form.getPurposeText() == null || form.getPurposeText().isBlank()) {
			errors.rejectValue("purposeText", "exchange.sharing.purposeText",
					new Object[] { SharingCatalogue.PURPOSE_TEXT_MAX }, null);
		}
		if (errors.hasErrors()) {
			return list(authentication, form, model, locale);
		}
		try {
			SharingRequest created = catalogue.request(admin(authentication), form.getClientDepartment(),
					form.getElement(), form.getPurpose(), form.getPurposeText());
			redirect.addFlashAttribute("done", "exchange.sharing.requested");
			return "redirect:/admin/sharing/" + created.id();
		}
		catch (InvalidParameterException refused) {
			errors.rejectValue(refused.parameter(), refused.messageCode(), refused.messageArgs(), null);
			return list(authentication, form, model, locale);
		}
		catch (RefusedException refused) {
			errors.reject(refused.messageCode(), refused.messageArgs(), null);
			return list(authentication, form, model, locale);
		}
	}

	@GetMapping("/{id}")
	String show(Authentication authentication, @PathVariable UUID id, @ModelAttribute("decisionForm") DecisionForm form,
			Model model) {
		DepartmentAdmin admin = admin(authentication);
		SharingRequest request = catalogue.find(admin, id);
		model.addAttribute("request", request);
		model.addAttribute("element", dictionary.find(request.elementCode()).orElse(null));
		model.addAttribute("mayDecide",
				admin.administers(request.ownerDepartment()) && request.status() == SharingRequest.Status.REQUESTED);
		model.addAttribute("mayWithdraw",
				admin.administers(request.clientDepartment()) && (request.status() == SharingRequest.Status.REQUESTED
						|| request.status() == SharingRequest.Status.GRANTED));
		model.addAttribute("decisions", List.of(GRANT, REFUSE));
		return "exchange/sharing-request";
	}

	/**
	 * The decision: first checked, then shown for confirmation; it is taken only when
	 * confirmed.
	 */
	@PostMapping("/{id}/decision")
	String decide(Authentication authentication, @PathVariable UUID id,
			@ModelAttribute("decisionForm") DecisionForm form, BindingResult errors,
			@RequestParam(required = false) String confirm, Model model, RedirectAttributes redirect) {
		DepartmentAdmin admin = admin(authentication);
		SharingRequest request = catalogue.find(admin, id);
		LocalDate until = null;
		if (!GRANT.equals(form.getDecision()) && !REFUSE.equals(form.getDecision())) {
			errors.rejectValue("decision", "exchange.sharing.decision");
		}
		else if (GRANT.equals(form.getDecision())) {
			until = date(form.getValidUntil(), errors);
			if (until != null && !until.isAfter(catalogue.today())) {
				errors.rejectValue("validUntil", "exchange.sharing.validUntil.past", new Object[] { catalogue.today() },
						null);
			}
		}
		else if (form.getReason() == null || form.getReason().isBlank()
				|| form.getReason().strip().length() > SharingCatalogue.REASON_MAX) {
			errors.rejectValue("reason", "exchange.sharing.reason", new Object[] { SharingCatalogue.REASON_MAX }, null);
		}
		if (errors.hasErrors()) {
			return show(authentication, id, form, model);
		}
		if (confirm == null) {
			model.addAttribute("request", request);
			model.addAttribute("element", dictionary.find(request.elementCode()).orElse(null));
			return "exchange/sharing-check";
		}
		try {
			if (GRANT.equals(form.getDecision())) {
				catalogue.grant(admin, id, until);
				redirect.addFlashAttribute("done", "exchange.sharing.granted");
			}
			else {
				catalogue.refuse(admin, id, form.getReason());
				redirect.addFlashAttribute("done", "exchange.sharing.refused");
			}
		}
		catch (InvalidParameterException refused) {
			errors.rejectValue(refused.parameter(), refused.messageCode(), refused.messageArgs(), null);
			return show(authentication, id, form, model);
		}
		return "redirect:/admin/sharing/" + id;
	}

	@PostMapping("/{id}/withdrawal")
	String withdraw(Authentication authentication, @PathVariable UUID id, RedirectAttributes redirect) {
		catalogue.withdraw(admin(authentication), id);
		redirect.addFlashAttribute("done", "exchange.sharing.withdrawn");
		return "redirect:/admin/sharing/" + id;
	}

	private static LocalDate date(String value, BindingResult errors) {
		if (value == null || value.isBlank()) {
			errors.rejectValue("validUntil", "exchange.sharing.validUntil.missing");
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue("validUntil", "exchange.sharing.validUntil.format");
			return null;
		}
	}

	private DepartmentAdmin admin(Authentication authentication) {
		return DepartmentAdmin.of(audit.currentActor().id(), authentication);
	}

	/** An element that can be requested, as the request form offers it. */
	record ElementOption(String code, String label) {
	}

	/** The request form. */
	static class RequestForm {

		private String clientDepartment;

		private String element;

		private String purpose;

		private String purposeText;

		public String getClientDepartment() {
			return clientDepartment;
		}

		public void setClientDepartment(String clientDepartment) {
			this.clientDepartment = clientDepartment;
		}

		public String getElement() {
			return element;
		}

		public void setElement(String element) {
			this.element = element;
		}

		public String getPurpose() {
			return purpose;
		}

		public void setPurpose(String purpose) {
			this.purpose = purpose;
		}

		public String getPurposeText() {
			return purposeText;
		}

		public void setPurposeText(String purposeText) {
			this.purposeText = purposeText;
		}

	}

	/** The decision form: grant until a day, or refuse with a reason. */
	static class DecisionForm {

		private String decision;

		private String validUntil;

		private String reason;

		public String getDecision() {
			return decision;
		}

		public void setDecision(String decision) {
			this.decision = decision;
		}

		public String getValidUntil() {
			return validUntil;
		}

		public void setValidUntil(String validUntil) {
			this.validUntil = validUntil;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
