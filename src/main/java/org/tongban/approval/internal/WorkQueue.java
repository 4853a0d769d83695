package org.tongban.approval.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.CaseFiles;
import org.tongban.application.CaseStep;
import org.tongban.application.Gap;
import org.tongban.approval.CaseWork;
import org.tongban.approval.QueueFilter;
import org.tongban.approval.WorkItem;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.shared.Paging;
import org.tongban.shared.ResultPage;
import org.tongban.supervision.CaseClock;
import org.tongban.supervision.CaseClocks;

/**
 * The work queue (R4, R5, R8.3): one item per open task offered to the member of staff's
 * department roles, so that a case with branches under way in parallel is there once per
 * task, each with the case's clock and, for a case accepted with gaps, where they stand.
 */
@Component
@Transactional(readOnly = true)
class WorkQueue {

	private final TaskService tasks;

	private final CaseStore store;

	private final DutySeparation duties;

	private final CaseClocks clocks;

	private final CaseProgress progress;

	private final CaseNames names;

	private final CaseFiles files;

	WorkQueue(TaskService tasks, CaseStore store, DutySeparation duties, CaseClocks clocks, CaseProgress progress,
			CaseNames names, CaseFiles files) {
		this.tasks = tasks;
		this.store = store;
		this.duties = duties;
		this.clocks = clocks;
		this.progress = progress;
		this.names = names;
		this.files = files;
	}

	ResultPage<WorkItem> queue(Actor staff, QueueFilter filter, Paging paging) {
		List<String> groups = staff.roles()
			.stream()
			.filter(held -> CaseTasks.CASE_ROLES.contains(held.role()))
			.map(DepartmentRole::authority)
			.toList();
		if (groups.isEmpty()) {
			return paging.of(List.of(), 0);
		}
		List<Task> found = query(staff, filter, groups).orderByTaskCreateTime().asc().listPage(0, CaseWork.QUEUE_LIMIT);
		Map<String, CaseRecord> cases = store
			.findByProcessInstances(found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(CaseRecord::processInstanceId, Function.identity()));
		// R12.7: a step the member of staff may not take in a case is not theirs to see
		// in the queue.
		BiPredicate<CaseRecord, CaseStep> barred = duties.barring(staff, cases.values());
		List<UUID> caseIds = cases.values().stream().map(CaseRecord::id).toList();
		Map<UUID, CaseClock> caseClocks = clocks.of(caseIds);
		Map<UUID, LocalDate> yellowOn = clocks.yellowOn(caseIds);
		Map<UUID, Gap.State> gaps = files.gapStates(caseIds);
		var assignees = new HashMap<String, String>();
		LocalDate today = progress.today();
		Comparator<WorkItem> order = filter.sort() == QueueFilter.Sort.RECEIVED
				? Comparator.comparing(WorkItem::receivedAt)
				: Comparator.comparing(WorkItem::caseDueOn, Comparator.nullsLast(Comparator.naturalOrder()))
					.thenComparing(WorkItem::receivedAt);
		List<WorkItem> sorted = found.stream()
			.filter(task -> cases.containsKey(task.getProcessInstanceId()))
			.filter(task -> !barred.test(cases.get(task.getProcessInstanceId()), CaseTasks.stepOf(task)))
			.map(task -> {
				CaseRecord record = cases.get(task.getProcessInstanceId());
				return item(staff, task, record, Optional.ofNullable(caseClocks.get(record.id())),
						yellowOn.get(record.id()), gaps.get(record.id()), assignees, today);
			})
			.sorted(order)
			.toList();
		return paging.of(sorted.stream().skip(paging.offset()).limit(paging.size()).toList(), sorted.size());
	}

	private TaskQuery query(Actor staff, QueueFilter filter, List<String> groups) {
		TaskQuery query = tasks.createTaskQuery().active().taskCandidateGroupIn(groups);
		QueueFilter.Claim claim = filter.claim() == null ? QueueFilter.Claim.ALL : filter.claim();
		if (claim == QueueFilter.Claim.MINE) {
			query.ignoreAssigneeValue().taskAssignee(staff.id().toString());
		}
		else if (claim == QueueFilter.Claim.ALL) {
			query.ignoreAssigneeValue();
		}
		if (filter.step() != null) {
			query.taskCategory(filter.step().name());
		}
		if (filter.matterCode() != null) {
			query.processVariableValueEquals("matterCode", filter.matterCode());
		}
		return query;
	}

	private WorkItem item(Actor staff, Task task, CaseRecord record, Optional<CaseClock> caseClock, LocalDate yellowOn,
			Gap.State gaps, Map<String, String> assignees, LocalDate today) {
		LocalDate stepDue = caseClock.flatMap(CaseProgress::openStep).map(CaseClock.StepClock::dueOn).orElse(null);
		LocalDate caseDue = caseClock.map(CaseClock::dueOn).orElse(null);
		Integer remaining = caseClock.map(CaseClock::remainingDays).orElse(null);
		boolean paused = caseClock.map(CaseClock::isPaused).orElse(false);
		String assignee = task.getAssignee();
		return new WorkItem(record.number(), record.matterCode(), record.matterName(), record.applicantName(),
				CaseStep.valueOf(task.getCategory()), record.departmentCode(), record.receivedAt(),
				task.getCreateTime().toInstant(),
				assignee == null ? null : assignees.computeIfAbsent(assignee, names::person),
				CaseTasks.isMine(staff, task), caseClock.map(CaseClock::startsOn).orElse(null),
				caseClock.map(CaseClock::countedFrom).orElse(null), stepDue, caseDue, remaining, paused,
				colour(caseDue, yellowOn, remaining, paused, today),
				caseClock.map(CaseClock::provisional).orElse(false), task.getId(), gaps);
	}

	/**
	 * R8.3: red once the due day has passed, yellow from the first yellow day the clock
	 * keeps by its matter version's thresholds, as the warnings are raised; with two
	 * working days or fewer left (the platform's default) for a clock not dated yet.
	 */
	static WorkItem.DeadlineColour colour(LocalDate dueOn, LocalDate yellowOn, Integer remaining, boolean paused,
			LocalDate today) {
		if (paused || dueOn == null || remaining == null) {
			return WorkItem.DeadlineColour.GREY;
		}
		if (dueOn.isBefore(today)) {
			return WorkItem.DeadlineColour.RED;
		}
		boolean yellow = yellowOn != null ? !today.isBefore(yellowOn) : remaining <= 2;
		return yellow ? WorkItem.DeadlineColour.YELLOW : WorkItem.DeadlineColour.GREEN;
	}

}
