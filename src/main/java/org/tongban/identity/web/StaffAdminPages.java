package org.tongban.identity.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.tongban.catalog.Department;
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.identity.SensitiveField;
import org.tongban.identity.Unmasking;
import org.tongban.identity.admin.AdminScope;
import org.tongban.identity.admin.StaffAdministration;
import org.tongban.identity.admin.StaffAdministration.NewStaff;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.identifiers.InvalidIdentifierException;
import org.tongban.shared.identifiers.MobileNumber;

/**
 * The admin console (R1.5, R12.5): its home, the departments with their staff, and the
 * staff of the administrator's scope — list, create, grant and revoke roles, disable and
 * enable, reset the password, and see the full mobile on request (logged, R12.1). Every
 * change is a CSRF-protected POST that comes back to the staff member's page with a
 * confirmation banner; a refused change shows its reason next to the field. No page here
 * shows applicants' data.
 */
@Controller
@RequestMapping("/admin")
class StaffAdminPages {

	private final StaffAdministration administration;

	private final Unmasking unmasking;

	private final MatterCatalog catalog;

	StaffAdminPages(StaffAdministration administration, Unmasking unmasking, MatterCatalog catalog) {
		this.administration = administration;
		this.unmasking = unmasking;
		this.catalog = catalog;
	}

	@ModelAttribute("departments")
	List<Department> departments(@AuthenticationPrincipal Actor admin) {
		AdminScope scope = AdminScope.of(admin);
		return catalog.departments().stream().filter(department -> scope.covers(department.code())).toList();
	}

	/**
	 * Every department by code, to name those of roles, which may lie outside the scope.
	 */
	@ModelAttribute("departmentsByCode")
	Map<String, Department> departmentsByCode() {
		return catalog.departments().stream().collect(Collectors.toMap(Department::code, Function.identity()));
	}

	@GetMapping
	String home(@AuthenticationPrincipal Actor admin, Model model) {
		model.addAttribute("systemAdmin", admin.has(Role.SYSTEM_ADMIN));
		model.addAttribute("accountAdmin", admin.has(Role.SECURITY_ADMIN) || admin.has(Role.DEPARTMENT_ADMIN));
		model.addAttribute("exchangeAdmin", admin.has(Role.SYSTEM_ADMIN) || admin.has(Role.DEPARTMENT_ADMIN));
		model.addAttribute("departmentAdmin", admin.has(Role.DEPARTMENT_ADMIN));
		return "admin/home";
	}

	@GetMapping("/departments")
	String departmentList(@AuthenticationPrincipal Actor admin, Model model) {
		model.addAttribute("counts", administration.counts(admin));
		return "admin/departments";
	}

	@GetMapping("/staff")
	String staffList(@AuthenticationPrincipal Actor admin, @RequestParam(required = false) String department,
			Model model) {
		String filter = department == null || department.isBlank() ? null : department;
		model.addAttribute("department", filter);
		model.addAttribute("staff", administration.list(admin, filter));
		return "admin/staff-list";
	}

	@GetMapping("/staff/new")
	String newStaff(@AuthenticationPrincipal Actor admin, @ModelAttribute("staffForm") StaffForm form, Model model) {
		model.addAttribute("roles", AdminScope.of(admin).grantableRoles());
		return "admin/staff-new";
	}

	@PostMapping("/staff")
	String create(@AuthenticationPrincipal Actor admin, @ModelAttribute("staffForm") StaffForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		try {
			NewStaff answers = new NewStaff(form.getAccountName(), form.getName(), form.getDepartment(),
					mobile(form.getMobile()), form.getPassword(), role(form.getRole(), form.getDepartment()));
			UUID id = administration.create(admin, answers).id();
			redirect.addFlashAttribute("done", "admin.staff.created");
			return "redirect:/admin/staff/" + id;
		}
		catch (InvalidParameterException refused) {
			reject(errors, refused, "role");
			form.setPassword(null);
			return newStaff(admin, form, model);
		}
	}

	@GetMapping("/staff/{id}")
	String member(@AuthenticationPrincipal Actor admin, @PathVariable UUID id, Model model) {
		return show(admin, id, model, "admin/staff");
	}

	/** The full mobile, in this response only, and logged (R12.1). */
	@PostMapping("/staff/{id}/mobile")
	String revealMobile(@AuthenticationPrincipal Actor admin, @PathVariable UUID id, Model model) {
		model.addAttribute("fullMobile", unmasking.reveal(admin, id, SensitiveField.MOBILE, "/admin/staff/" + id));
		return member(admin, id, model);
	}

	@GetMapping("/staff/{id}/grant")
	String grantForm(@AuthenticationPrincipal Actor admin, @PathVariable UUID id,
			@ModelAttribute("grantForm") GrantForm form, Model model) {
		model.addAttribute("roles", AdminScope.of(admin).grantableRoles());
		return show(admin, id, model, "admin/staff-grant");
	}

	@PostMapping("/staff/{id}/grant")
	String grant(@AuthenticationPrincipal Actor admin, @PathVariable UUID id,
			@ModelAttribute("grantForm") GrantForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		try {
			administration.grant(admin, id, role(form.getRole(), form.getDepartment()));
		}
		catch (InvalidParameterException refused) {
			reject(errors, refused, "role");
			return grantForm(admin, id, form, model);
		}
		redirect.addFlashAttribute("done", "admin.staff.granted");
		return "redirect:/admin/staff/" + id;
	}

	@PostMapping("/staff/{id}/revoke")
	String revoke(@AuthenticationPrincipal Actor admin, @PathVariable UUID id, @RequestParam Role role,
			@RequestParam String department, RedirectAttributes redirect) {
		administration.revoke(admin, id, DepartmentRole.of(role, department));
		redirect.addFlashAttribute("done", "admin.staff.revoked");
		return "redirect:/admin/staff/" + id;
	}

	/** Asks before disabling, since the member of staff is logged out at once. */
	@GetMapping("/staff/{id}/disable")
	String confirmDisable(@AuthenticationPrincipal Actor admin, @PathVariable UUID id, Model model) {
		return show(admin, id, model, "admin/staff-disable");
	}

	@PostMapping("/staff/{id}/disable")
	String disable(@AuthenticationPrincipal Actor admin, @PathVariable UUID id, RedirectAttributes redirect) {
		administration.disable(admin, id);
		redirect.addFlashAttribute("done", "admin.staff.disabled");
		return "redirect:/admin/staff/" + id;
	}

	@PostMapping("/staff/{id}/enable")
	String enable(@AuthenticationPrincipal Actor admin, @PathVariable UUID id, RedirectAttributes redirect) {
		administration.enable(admin, id);
		redirect.addFlashAttribute("done", "admin.staff.enabled");
		return "redirect:/admin/staff/" + id;
	}

	@GetMapping("/staff/{id}/password")
	String passwordForm(@AuthenticationPrincipal Actor admin, @PathVariable UUID id,
			@ModelAttribute("passwordForm") PasswordForm form, Model model) {
		return show(admin, id, model, "admin/staff-password");
	}

	@PostMapping("/staff/{id}/password")
	String resetPassword(@AuthenticationPrincipal Actor admin, @PathVariable UUID id,
			@ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		try {
			administration.resetPassword(admin, id, form.getPassword());
		}
		catch (InvalidParameterException refused) {
			reject(errors, refused, "password");
			form.setPassword(null);
			return passwordForm(admin, id, form, model);
		}
		redirect.addFlashAttribute("done", "admin.staff.passwordReset");
		return "redirect:/admin/staff/" + id;
	}

	/**
	 * A page about one member of staff in the administrator's scope; others are not found
	 * (404).
	 */
	private String show(Actor admin, UUID id, Model model, String view) {
		model.addAttribute("member", administration.member(admin, id));
		model.addAttribute("self", admin.id().equals(id));
		return view;
	}

	private static MobileNumber mobile(String value) {
		try {
			return MobileNumber.parse(value);
		}
		catch (InvalidIdentifierException ex) {
			throw new InvalidParameterException("mobile", "admin.staff.mobile.invalid");
		}
	}

	private static DepartmentRole role(String role, String department) {
		Role parsed;
		try {
			parsed = Role.valueOf(role == null ? "" : role);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException("role", "admin.staff.role.missing");
		}
		if (!parsed.isStaff()) {
			throw new InvalidParameterException("role", "admin.staff.role.missing");
		}
		try {
			return DepartmentRole.of(parsed, department);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException("department", "admin.staff.department.missing");
		}
	}

	/**
	 * The refusal next to its field; the service names the roles of an account
	 * {@code roles}, the forms one role.
	 */
	private static void reject(BindingResult errors, InvalidParameterException refused, String roleField) {
		String field = "roles".equals(refused.parameter()) ? roleField : refused.parameter();
		errors.rejectValue(field, refused.messageCode(), refused.messageArgs(), null);
	}

}
