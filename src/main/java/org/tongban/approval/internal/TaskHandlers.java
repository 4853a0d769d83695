package org.tongban.approval.internal;

import java.util.Optional;
import java.util.UUID;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import org.tongban.supervision.CaseHandlers;

/**
 * Who holds the open task of a case, for supervision's accountability records (R8.3): the
 * assignee of the oldest open task at the step.
 */
@Component
class TaskHandlers implements CaseHandlers {

	private final CaseStore store;

	private final TaskService tasks;

	private final CaseNames names;

	TaskHandlers(CaseStore store, TaskService tasks, CaseNames names) {
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

}
