package org.tongban.approval.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.StaffContact;
import org.tongban.supervision.CaseHandlers;

/**
 * Who holds the open task of a case, for supervision's accountability records (R8.3): the
 * assignee of the oldest open task at the step; and who handles a step, for the notices
 * staff are given (R8.3, R16.4).
 */
@Component
class TaskHandlers implements CaseHandlers {

	private final CaseStore store;

	private final TaskService tasks;

	private final CaseNames names;

	private final Accounts accounts;

	TaskHandlers(CaseStore store, TaskService tasks, CaseNames names, Accounts accounts) {
		this.accounts = accounts;
		this.store = store;
		this.tasks = tasks;
		this.names = names;
	}

	@Override
	public Optional<Handler> of(UUID caseId, String step) {
		return store.find(caseId)
			.filter(record -> record.processInstanceId() != null)
			.flatMap(record -> tasks.createTaskQuery()
				.processInstanceId(record.processInstanceId())
				.active()
				.orderByTaskCreateTime()
				.asc()
				.list()
				.stream()
				.filter(task -> step == null || step.equals(task.getCategory()))
				.map(Task::getAssignee)
				.filter(assignee -> assignee != null)
				.findFirst())
			.map(assignee -> new Handler(UUID.fromString(assignee), names.person(assignee)));
	}

	/**
	 * Who handles the step (every open task for the case clock): each task's assignee,
	 * else the members of its candidate groups.
	 */
	List<StaffContact> handling(CaseRecord record, String step) {
		if (record.processInstanceId() == null) {
			return List.of();
		}
		List<StaffContact> handlers = new ArrayList<>();
		for (Task task : tasks.createTaskQuery().processInstanceId(record.processInstanceId()).active().list()) {
			if (step != null && !step.equals(task.getCategory())) {
				continue;
			}
			if (task.getAssignee() != null) {
				accounts.staffContact(UUID.fromString(task.getAssignee())).ifPresent(handlers::add);
			}
			else {
				handlers.addAll(accounts.staffHolding(tasks.getIdentityLinksForTask(task.getId())
					.stream()
					.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
					.map(IdentityLink::getGroupId)
					.flatMap(group -> DepartmentRole.ofAuthority(group).stream())
					.toList()));
			}
		}
		return handlers;
	}

}
