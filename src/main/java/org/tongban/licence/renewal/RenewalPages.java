package org.tongban.licence.renewal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tongban.application.Application;
import org.tongban.identity.Actor;

/**
 * The holder's renewal of their licence (R15.5), {@code /my/licences/{id}/renewal}: the
 * page the reminder links to names the licence and its expiry, and its button (the
 * "renew" action of the licence library too) starts, or continues, the renewal
 * application, which the applicant then completes and submits as any other. Somebody
 * else's licence is not found; a revoked one, or one without expiry, is refused with the
 * reason (409). Without JavaScript.
 */
@Controller
@RequestMapping("/my/licences/{id}/renewal")
class RenewalPages {

	private final LicenceRenewals renewals;

	RenewalPages(LicenceRenewals renewals) {
		this.renewals = renewals;
	}

	@GetMapping
	String page(@PathVariable String id, @AuthenticationPrincipal Actor holder, Model model) {
		model.addAttribute("licence", renewals.licence(holder, id));
		return "licence/renewal";
	}

	@PostMapping
	String start(@PathVariable String id, @AuthenticationPrincipal Actor holder) {
		Application draft = renewals.start(holder, id);
		return "redirect:/apply/drafts/" + draft.id();
	}

}
