package org.tongban.approval.pages;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tongban.approval.CaseView;
import org.tongban.approval.CaseWork;
import org.tongban.identity.Actor;

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

	SupervisedCasePage(CaseWork work) {
		this.work = work;
	}

	@GetMapping("/supervision/cases/{number}")
	String show(@PathVariable String number, @AuthenticationPrincipal Actor supervisor, Model model) {
		CaseView view = work.inspect(supervisor, number);
		model.addAttribute("view", view);
		return "staff/supervised-case";
	}

}
