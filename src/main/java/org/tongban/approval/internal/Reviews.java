package org.tongban.approval.internal;

import static org.tongban.approval.internal.StaffTexts.required;

import java.util.List;

import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.ApplicationStatus;
import org.tongban.approval.CaseAction;
import org.tongban.approval.CaseView;
import org.tongban.approval.Decision;
import org.tongban.approval.ReviewOutcome;
import org.tongban.approval.documents.CaseDocuments;
import org.tongban.identity.Actor;
import org.tongban.identity.Role;
import org.tongban.notification.CaseNotice;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;

/**
 * The steps after acceptance (R5.4): a review's opinion forwards the case, a later step
 * may send it back to an earlier one, and the approver decides, which ends it.
 */
@Component
@Transactional
class Reviews {

	private final CaseTasks caseTasks;

	private final ProcessRoutes routes;

	private final CaseProgress progress;

	private final CaseDocuments documents;

	private final CaseViews views;

	Reviews(CaseTasks caseTasks, ProcessRoutes routes, CaseProgress progress, CaseDocuments documents,
			CaseViews views) {
		this.caseTasks = caseTasks;
		this.routes = routes;
		this.progress = progress;
		this.documents = documents;
		this.views = views;
	}

	CaseView review(Actor staff, String number, String taskId, ReviewOutcome outcome, String opinion) {
		if (outcome == null) {
			throw new InvalidParameterException("outcome", "approval.review.outcome");
		}
		String text = required("opinion", opinion);
		CaseTasks.Act act = caseTasks.act(staff, number, taskId, Route.FORWARD.value());
		CaseTasks.requireNoSpecialPeriod(act.record());
		progress.record(act.record(), act.step(), staff, act.role(), CaseAction.REVIEW.name(), text, outcome.name());
		caseTasks.complete(act, Route.FORWARD.value());
		return views.open(staff, number, null);
	}

	CaseView sendBack(Actor staff, String number, String taskId, String toStep, String opinion) {
		String text = required("opinion", opinion);
		CaseTasks.Work work = caseTasks.work(staff, number);
		Task task = caseTasks.task(staff, work, taskId);
		List<String> targets = routes.sendBackTargets(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
		if (targets.isEmpty()) {
			throw new RefusedException(Refusal.CONFLICT, "approval.sendBack.notAtStep");
		}
		if (toStep == null || !targets.contains(toStep)) {
			throw new InvalidParameterException("toStep", "approval.sendBack.target", String.join(", ", targets));
		}
		CaseTasks.Act act = caseTasks.act(staff, work, task.getId(), toStep);
		CaseTasks.requireNoSpecialPeriod(act.record());
		progress.record(act.record(), act.step(), staff, act.role(), CaseAction.SEND_BACK.name(), text, toStep);
		caseTasks.complete(act, toStep);
		return views.open(staff, number, null);
	}

	CaseView decide(Actor staff, String number, String taskId, Decision decision, String reasons, String legalBasis) {
		if (decision == null) {
			throw new InvalidParameterException("decision", "approval.decide.decision");
		}
		String why = required("reasons", reasons);
		String basis = required("legalBasis", legalBasis);
		CaseTasks.Act act = caseTasks.act(staff, number, taskId, Route.of(decision).value());
		if (act.role().role() != Role.APPROVER) {
			throw new RefusedException(Refusal.CONFLICT, "approval.decide.approverOnly");
		}
		CaseTasks.requireNoSpecialPeriod(act.record());
		progress.record(act.record(), act.step(), staff, act.role(), CaseAction.DECIDE.name(), why + "\n" + basis,
				decision.name());
		progress.issue(act.record(), documents.decision(progress.facts(act.record()),
				new CaseDocuments.Ruling(decision, act.record().acceptedOn(), why, basis)));
		caseTasks.complete(act, Route.of(decision).value());
		ApplicationStatus outcome = decision == Decision.GRANT ? ApplicationStatus.GRANTED : ApplicationStatus.DENIED;
		CaseRecord ended = progress.end(act.record(), outcome, act.at());
		progress.tell(ended, decision == Decision.GRANT ? CaseNotice.granted(number, ended.matterName())
				: CaseNotice.denied(number, ended.matterName()));
		return views.open(staff, number, null);
	}

}
