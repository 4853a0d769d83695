package org.tongban.application.datause;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongban.identity.Actor;

/**
 * The applicant's data-use page {@code /my/data-use} (R16.1): who read their data, when,
 * why and for which case. Only ever the logged-in applicant's own: no parameter names
 * anybody else. DESIGN.md's {@code /my/data-access} leads here.
 */
@Controller
class DataUsePages {

	private final DataUseLog log;

	DataUsePages(DataUseLog log) {
		this.log = log;
	}

	@GetMapping("/my/data-use")
	String dataUse(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("uses", log.of(actor, page));
		return "application/data-use";
	}

	@GetMapping("/my/data-access")
	String dataAccess() {
		return "redirect:/my/data-use";
	}

}
