package org.tongban.application.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongban.application.Applications;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.shared.Paging;

/**
 * The applicant's home {@code /my}: their account (numbers masked), their drafts to resume or delete and their
 * applications to follow (R7.1); and "my materials", the files they gave, to reuse (R3.2).
 */
@Controller
class MyPages {

	/** Applications a page: an enterprise may have thousands. */
	static final int PAGE_SIZE = 20;

	private final Accounts accounts;

	private final Applications applications;

	MyPages(Accounts accounts, Applications applications) {
		this.accounts = accounts;
		this.applications = applications;
	}

	@GetMapping("/my")
	String home(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("profile", accounts.profile(actor.id()));
		model.addAttribute("applications", applications.of(actor, Paging.of(page, PAGE_SIZE, PAGE_SIZE)));
		return "application/my";
	}

	@GetMapping("/my/materials")
	String materials(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("materials", applications.myMaterials(actor));
		return "application/my-materials";
	}

}
