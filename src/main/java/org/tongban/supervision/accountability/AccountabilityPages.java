package org.tongban.supervision.accountability;

import java.util.Arrays;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.supervision.accountability.AccountabilityRecord.Finding;

/**
 * The pages of accountability records (R8.3): the supervisor's list and record with the
 * finding form under {@code /supervision/accountability} (the supervisor role only, by
 * the access rules), and the department's list and answer form under
 * {@code /staff/accountability} (its approvers and administrators, checked by
 * {@link Accountabilities}).
 */
@Controller
class AccountabilityPages {

	static final String SUPERVISION = "/supervision/accountability";

	static final String DEPARTMENT = "/staff/accountability";

	private final Accountabilities accountabilities;

	AccountabilityPages(Accountabilities accountabilities) {
		this.accountabilities = accountabilities;
	}

	@GetMapping(SUPERVISION)
	String supervisorList(@AuthenticationPrincipal Actor supervisor, Model model) {
		model.addAttribute("records", accountabilities.all(supervisor));
		model.addAttribute("base", SUPERVISION);
		model.addAttribute("supervisor", true);
		return "supervision/accountability-list";
	}

	@GetMapping(SUPERVISION + "/{id}")
	String supervisorRecord(@AuthenticationPrincipal Actor supervisor, @PathVariable UUID id,
			@ModelAttribute("entry") AccountabilityForm form, Model model) {
		return show(accountabilities.get(supervisor, id), true, model);
	}

	@PostMapping(SUPERVISION + "/{id}/finding")
	String finding(@AuthenticationPrincipal Actor supervisor, @PathVariable UUID id,
			@ModelAttribute("entry") AccountabilityForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Finding finding = Arrays.stream(Finding.values())
			.filter(each -> each.name().equals(form.getFinding()))
			.findFirst()
			.orElse(null);
		try {
			accountabilities.finding(supervisor, id, finding, form.getActionTaken());
		}
		catch (InvalidParameterException refused) {
			errors.rejectValue(refused.parameter(), refused.messageCode(), refused.messageArgs(), null);
			return show(accountabilities.get(supervisor, id), true, model);
		}
		redirect.addFlashAttribute("done", "supervision.accountability.found");
		return "redirect:" + SUPERVISION + "/" + id;
	}

	@PostMapping(SUPERVISION + "/{id}/close")
	String close(@AuthenticationPrincipal Actor supervisor, @PathVariable UUID id, RedirectAttributes redirect) {
		accountabilities.close(supervisor, id);
		redirect.addFlashAttribute("done", "supervision.accountability.closed");
		return "redirect:" + SUPERVISION + "/" + id;
	}

	@GetMapping(DEPARTMENT)
	String departmentList(@AuthenticationPrincipal Actor staff, Model model) {
		model.addAttribute("records", accountabilities.ofDepartments(staff));
		model.addAttribute("base", DEPARTMENT);
		model.addAttribute("supervisor", false);
		return "supervision/accountability-list";
	}

	@GetMapping(DEPARTMENT + "/{id}")
	String departmentRecord(@AuthenticationPrincipal Actor staff, @PathVariable UUID id,
			@ModelAttribute("entry") AccountabilityForm form, Model model) {
		return show(accountabilities.ofDepartment(staff, id), false, model);
	}

	@PostMapping(DEPARTMENT + "/{id}/answer")
	String answer(@AuthenticationPrincipal Actor staff, @PathVariable UUID id,
			@ModelAttribute("entry") AccountabilityForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		try {
			accountabilities.answer(staff, id, form.getReason());
		}
		catch (InvalidParameterException refused) {
			errors.rejectValue(refused.parameter(), refused.messageCode(), refused.messageArgs(), null);
			return show(accountabilities.ofDepartment(staff, id), false, model);
		}
		redirect.addFlashAttribute("done", "supervision.accountability.answered");
		return "redirect:" + DEPARTMENT + "/" + id;
	}

	private String show(AccountabilityRecord record, boolean supervisor, Model model) {
		model.addAttribute("record", record);
		model.addAttribute("supervisor", supervisor);
		model.addAttribute("base", supervisor ? SUPERVISION : DEPARTMENT);
		model.addAttribute("findings", Finding.values());
		model.addAttribute("maxText", Accountabilities.MAX_TEXT);
		return "supervision/accountability";
	}

}
