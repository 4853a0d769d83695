package org.tongban.approval.bundles;

import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.tongban.catalog.Department;
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.RefusedException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bundles a department leads (牵头部门, R5.2, R15.3), {@code /staff/bundles}: each
 * member's matter, department, stage, state and deadline and the bundle's clock, with the
 * actions on the bundle as a whole, one per page: the extension of its clock and a
 * message to the applicant. Another department's bundle is not found.
 */
@Controller
@RequestMapping("/staff/bundles")
class LeadBundlePages {

	/**
	 * The actions on a bundle, by the last part of their path, and the field each reads.
	 */
	public enum Action {

		EXTEND("extend", "reason"), MESSAGE("message", "body");

		final String path;

		final String field;

		Action(String path, String field) {
			this.path = path;
			this.field = field;
		}

		public String path() {
			return path;
		}

		public String field() {
			return field;
		}

		static Action of(String path) {
			for (Action action : values()) {
				if (action.path.equals(path)) {
					return action;
				}
			}
			throw new NotFoundException("approval.action.unknown", path);
		}

	}

	/** What a bundle action's form sends. */
	public static class ActionForm {

		private String reason;

		private String body;

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public String getBody() {
			return body;
		}

		public void setBody(String body) {
			this.body = body;
		}

	}

	private final BundleDesk desk;

	private final MatterCatalog catalog;

	private final MessageSource messages;

	LeadBundlePages(BundleDesk desk, MatterCatalog catalog, MessageSource messages) {
		this.desk = desk;
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal Actor staff, Model model) {
		model.addAttribute("bundles", desk.led(staff));
		departments(model);
		return "staff/bundles";
	}

	@GetMapping("/{number}")
	String bundle(@PathVariable String number, @AuthenticationPrincipal Actor staff, Model model) {
		model.addAttribute("view", desk.open(staff, number));
		departments(model);
		return "staff/bundle";
	}

	@GetMapping("/{number}/{action:extend|message}")
	String form(@PathVariable String number, @PathVariable String action, @AuthenticationPrincipal Actor staff,
			Model model) {
		model.addAttribute("view", desk.open(staff, number));
		model.addAttribute("action", Action.of(action));
		model.addAttribute("actionForm", new ActionForm());
		return "staff/bundle-action";
	}

	@PostMapping("/{number}/{action:extend|message}")
	String act(@PathVariable String number, @PathVariable String action, @AuthenticationPrincipal Actor staff,
			@ModelAttribute("actionForm") ActionForm form, BindingResult errors, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Action doing = Action.of(action);
		try {
			switch (doing) {
				case EXTEND -> desk.extend(staff, number, form.getReason());
				case MESSAGE -> desk.write(staff, number, form.getBody());
			}
			redirect.addFlashAttribute("done", doing.name());
		}
		catch (InvalidParameterException invalid) {
			errors.rejectValue(doing.field(), invalid.messageCode(), LocalizedText.in(locale, invalid.messageArgs()),
					invalid.messageCode());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("view", desk.open(staff, number));
			model.addAttribute("action", doing);
			return "staff/bundle-action";
		}
		catch (RefusedException refused) {
			redirect.addFlashAttribute("refused", messages.getMessage(refused.messageCode(),
					LocalizedText.in(locale, refused.messageArgs()), refused.messageCode(), locale));
		}
		return "redirect:/staff/bundles/" + number;
	}

	private void departments(Model model) {
		model.addAttribute("departments",
				catalog.departments().stream().collect(Collectors.toMap(Department::code, Function.identity())));
	}

}
