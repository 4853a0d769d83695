package org.tongban.identity.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tongban.identity.Actor;
import org.tongban.identity.registration.AuthorizationForm;
import org.tongban.identity.registration.AuthorizationScope;
import org.tongban.identity.registration.EnterpriseAuthorizations;

/**
 * Authorizations (授权委托, R1.6) on a plain page: the legal representative, logged in with
 * their own account, authorizes a person to register their enterprise or to act for it,
 * and revokes it; the agent sees what they were granted, with a link to register the
 * enterprise.
 */
@Controller
@RequestMapping("/my/authorizations")
class AuthorizationPages {

	private static final String PAGE = "identity/authorizations";

	private final EnterpriseAuthorizations authorizations;

	AuthorizationPages(EnterpriseAuthorizations authorizations) {
		this.authorizations = authorizations;
	}

	@GetMapping
	String list(@ModelAttribute("authorization") AuthorizationForm form, @AuthenticationPrincipal Actor actor,
			Model model) {
		return page(actor, model);
	}

	@PostMapping
	String grant(@ModelAttribute("authorization") AuthorizationForm form, BindingResult errors,
			@AuthenticationPrincipal Actor actor, Model model) {
		if (authorizations.grant(form, actor, errors).isEmpty()) {
			return page(actor, model);
		}
		return "redirect:/my/authorizations?granted";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		authorizations.revoke(id, actor);
		return "redirect:/my/authorizations?revoked";
	}

	private String page(Actor actor, Model model) {
		model.addAttribute("grantedBy", authorizations.grantedBy(actor));
		model.addAttribute("grantedTo", authorizations.grantedTo(actor));
		model.addAttribute("scopes", AuthorizationScope.values());
		return PAGE;
	}

}
