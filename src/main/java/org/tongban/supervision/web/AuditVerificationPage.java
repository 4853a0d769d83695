package org.tongban.supervision.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tongban.identity.Actor;
import org.tongban.shared.audit.Audit;
import org.tongban.supervision.audit.AuditVerification;
import org.tongban.supervision.audit.AuditVerifier;

/**
 * The auditor's verification of the audit trail (R8.4): the button walks every chain
 * ({@link AuditVerifier}) and the page tells whether the trail is intact or names, for
 * each broken chain, its first broken record and how it is broken. The verification is a
 * POST because it reads the whole trail, which a prefetching browser should not start; it
 * is recorded in the trail with its outcome.
 */
@Controller
@RequestMapping("/audit/verification")
class AuditVerificationPage {

	private final AuditVerifier verifier;

	private final Audit audit;

	AuditVerificationPage(AuditVerifier verifier, Audit audit) {
		this.verifier = verifier;
		this.audit = audit;
	}

	@GetMapping
	String page() {
		return "audit/verification";
	}

	@PostMapping
	String verify(@AuthenticationPrincipal Actor auditor, Model model) {
		AuditVerification verification = verifier.verify();
		model.addAttribute("verification", verification);
		String detail = verification.intact() ? "intact records=" + verification.records()
				: "broken chains=" + verification.breaks().size() + " anchor=" + verification.anchor();
		audit.succeeded(auditor.audited(), "audit.verify", "audit", "verification", detail);
		return "audit/verification";
	}

}
