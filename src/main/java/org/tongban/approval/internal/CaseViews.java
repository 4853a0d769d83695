package org.tongban.approval.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.flowable.engine.HistoryService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.Application;
import org.tongban.application.CaseFiles;
import org.tongban.application.CaseStep;
import org.tongban.application.CorrectionItem;
import org.tongban.application.CorrectionRequest;
import org.tongban.approval.CaseAction;
import org.tongban.approval.CaseView;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.supervision.CaseClock;
import org.tongban.supervision.CaseClocks;

/**
 * A case as a member of staff sees it ({@link CaseView}): its open tasks, and what the
 * viewer may do at the one they named or the only one there is for them, as its model
 * allows.
 */
@Component
@Transactional(readOnly = true)
class CaseViews {

	private final CaseTasks caseTasks;

	private final CaseFiles files;

	private final CaseClocks clocks;

	private final CaseStore store;

	private final ProcessRoutes routes;

	private final HistoryService processHistory;

	private final CaseNames names;

	private final GapCandidates gapCandidates;

	CaseViews(CaseTasks caseTasks, CaseFiles files, CaseClocks clocks, CaseStore store, ProcessRoutes routes,
			HistoryService processHistory, CaseNames names, GapCandidates gapCandidates) {
		this.gapCandidates = gapCandidates;
		this.caseTasks = caseTasks;
		this.files = files;
		this.clocks = clocks;
		this.store = store;
		this.routes = routes;
		this.processHistory = processHistory;
		this.names = names;
	}

	/**
	 * @param taskId the open task whose actions to show, or null for the only one there
	 * is for the viewer
	 */
	CaseView open(Actor staff, String number, String taskId) {
		CaseTasks.Work work = caseTasks.work(staff, number);
		CaseRecord record = work.record();
		Task task = caseTasks.shown(staff, work, taskId).orElse(null);
		Application application = files.get(record.id());
		CaseClock caseClock = clocks.of(record.id()).orElse(null);
		String assignee = task == null ? null : task.getAssignee();
		boolean mine = task != null && CaseTasks.isMine(staff, task);
		var actions = EnumSet.of(CaseAction.WRITE);
		List<String> sendBack = List.of();
		if (record.isOpen()) {
			if (staff.roles().contains(DepartmentRole.of(Role.APPROVER, record.departmentCode())) && caseClock != null
					&& !caseClock.isExtended()) {
				actions.add(CaseAction.EXTEND);
			}
			if (task != null && caseTasks.mayTake(staff, record, task)) {
				actions.add(mine ? CaseAction.RELEASE : CaseAction.CLAIM);
				sendBack = routes.sendBackTargets(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
				actions.addAll(stepActions(record, task, sendBack));
				if (actions.contains(CaseAction.ACCEPT) && CaseTasks.stepOf(task) == CaseStep.ACCEPTANCE
						&& !gapCandidates.of(application).isEmpty()) {
					actions.add(CaseAction.ACCEPT_WITH_GAPS);
				}
			}
		}
		List<CorrectionItem> correction = application.correction().map(CorrectionRequest::items).orElse(List.of());
		List<CaseView.OpenTask> open = work.tasks()
			.stream()
			.map(each -> new CaseView.OpenTask(each.getId(), CaseTasks.stepOf(each),
					each.getAssignee() == null ? null : names.person(each.getAssignee()), CaseTasks.isMine(staff, each),
					caseTasks.mayTake(staff, record, each)))
			.toList();
		return new CaseView(record.id(), record.number(), application, record.stateCode(),
				assignee == null ? null : names.person(assignee), mine, actions, sendBack, store.history(record.id()),
				caseClock, record.specialPeriod(), correction, files.unchangedAfterCorrection(record.id()),
				processDefinition(record), task == null ? null : task.getId(), open,
				files.automaticCheck(record.id()).orElse(null), files.gaps(record.id()));
	}

	/**
	 * A case as a supervisor reads it: its tasks and who holds them, the clock and the
	 * history, and no action (R8.5).
	 */
	CaseView inspect(Actor supervisor, String number) {
		CaseTasks.Work work = caseTasks.inspected(supervisor, number);
		CaseRecord record = work.record();
		Application application = files.get(record.id());
		List<CaseView.OpenTask> open = work.tasks()
			.stream()
			.map(each -> new CaseView.OpenTask(each.getId(), CaseTasks.stepOf(each),
					each.getAssignee() == null ? null : names.person(each.getAssignee()), false, false))
			.toList();
		List<CorrectionItem> correction = application.correction().map(CorrectionRequest::items).orElse(List.of());
		return new CaseView(record.id(), record.number(), application, record.stateCode(), null, false,
				EnumSet.noneOf(CaseAction.class), List.of(), store.history(record.id()),
				clocks.of(record.id()).orElse(null), record.specialPeriod(), correction,
				files.unchangedAfterCorrection(record.id()), processDefinition(record), null, open,
				files.automaticCheck(record.id()).orElse(null), files.gaps(record.id()));
	}

	/**
	 * What the model lets the task's holder do at its step; while a special period runs,
	 * only to end it.
	 */
	private Set<CaseAction> stepActions(CaseRecord record, Task task, List<String> sendBack) {
		Set<String> routed = routes.from(task.getProcessDefinitionId(), task.getTaskDefinitionKey()).keySet();
		var actions = EnumSet.noneOf(CaseAction.class);
		if (routed.contains(Route.ACCEPT.value())) {
			actions.add(CaseAction.ACCEPT);
		}
		if (routed.contains(Route.REFUSE.value())) {
			actions.add(CaseAction.REFUSE);
		}
		if (CaseTasks.stepOf(task) == CaseStep.ACCEPTANCE) {
			if (routed.contains(Route.REQUEST_CORRECTION.value())) {
				actions.add(CaseAction.REQUEST_CORRECTION);
			}
			return actions;
		}
		if (record.specialPeriod() != null) {
			actions.add(CaseAction.END_SPECIAL_PERIOD);
			return actions;
		}
		actions.add(CaseAction.START_SPECIAL_PERIOD);
		if (ExpertPanel.REVIEW_STEPS.contains(CaseTasks.stepOf(task))) {
			actions.add(CaseAction.EXPERT_REVIEW);
		}
		if (routed.contains(Route.REQUEST_CORRECTION.value())) {
			actions.add(CaseAction.REQUEST_CORRECTION);
		}
		if (routed.contains(Route.FORWARD.value())) {
			actions.add(CaseAction.REVIEW);
		}
		if (routed.contains(Route.GRANT.value()) || routed.contains(Route.DENY.value())) {
			actions.add(CaseAction.DECIDE);
		}
		if (!sendBack.isEmpty()) {
			actions.add(CaseAction.SEND_BACK);
		}
		return actions;
	}

	/**
	 * The process definition the case runs on, e.g. {@code approval-standard:1:...}, kept
	 * for ended cases too.
	 */
	private String processDefinition(CaseRecord record) {
		if (record.processInstanceId() == null) {
			return null;
		}
		var instance = processHistory.createHistoricProcessInstanceQuery()
			.processInstanceId(record.processInstanceId())
			.singleResult();
		return instance == null ? null : instance.getProcessDefinitionId();
	}

}
