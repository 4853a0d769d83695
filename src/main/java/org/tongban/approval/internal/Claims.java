package org.tongban.approval.internal;

import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.approval.CaseAction;
import org.tongban.approval.CaseView;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;

/**
 * Claiming an open task, so that others see who works on it, and giving it back to the
 * queue.
 */
@Component
@Transactional
class Claims {

	private final CaseTasks caseTasks;

	private final CaseProgress progress;

	private final CaseViews views;

	Claims(CaseTasks caseTasks, CaseProgress progress, CaseViews views) {
		this.caseTasks = caseTasks;
		this.progress = progress;
		this.views = views;
	}

	CaseView claim(Actor staff, String number, String taskId) {
		CaseTasks.Work work = caseTasks.work(staff, number);
		Task task = caseTasks.task(staff, work, taskId);
		DepartmentRole role = caseTasks.requireRole(staff, task);
		caseTasks.requireSeparateDuties(staff, work.record(), task);
		if (!CaseTasks.isMine(staff, task)) {
			caseTasks.requireUnclaimedOrMine(staff, task);
			CaseRecord record = caseTasks.lock(work.record());
			caseTasks.claim(staff, task);
			progress.record(record, CaseTasks.stepOf(task), staff, role, CaseAction.CLAIM.name(), null, null);
		}
		return views.open(staff, number, task.getId());
	}

	CaseView release(Actor staff, String number, String taskId) {
		CaseTasks.Work work = caseTasks.work(staff, number);
		Task task = caseTasks.task(staff, work, taskId);
		DepartmentRole role = caseTasks.requireRole(staff, task);
		if (!CaseTasks.isMine(staff, task)) {
			throw new RefusedException(Refusal.CONFLICT, "approval.task.notClaimedByYou");
		}
		CaseRecord record = caseTasks.lock(work.record());
		caseTasks.unclaim(task);
		progress.record(record, CaseTasks.stepOf(task), staff, role, CaseAction.RELEASE.name(), null, null);
		return views.open(staff, number, task.getId());
	}

}
