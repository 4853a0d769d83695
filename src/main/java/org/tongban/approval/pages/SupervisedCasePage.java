package org.tongban.approval.pages;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tongban.approval.CaseView;
import org.tongban.approval.CaseWork;
import org.tongban.identity.Actor;
import org.tongban.shared.audit.Audit;

/**
 * A case as the supervision office reads it, {@code /supervision/cases/{number}} (R8.5):
 * the drill-down of the supervisor console, of any department, read only: the step, who
 * holds its tasks, the clock and the history, without the applicant's answers, materials
 * or messages, which a supervisor does not need, and without anything to do. Each read is
 * audited as a case view (R8.4). Supervisors only, by the access rules.
 */
@Controller
class SupervisedCasePage {

	private final CaseWork work;

	private final Audit audit;

	SupervisedCasePage(CaseWork work, Audit audit) {
		this.work = work;
		this.audit = audit;
	}

	@GetMapping("/supervision/cases/{number}")
	String show(@PathVariable String number, @AuthenticationPrincipal Actor supervisor, Model model) {
		CaseView view = work.inspect(supervisor, number);
		audit.succeeded(supervisor.audited(), "case.view", "case", view.number(), "supervision");
		model.addAttribute("view", view);
		return "staff/supervised-case";
	}

}
