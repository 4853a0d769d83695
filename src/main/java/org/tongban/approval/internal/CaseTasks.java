package org.tongban.approval.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.tongban.application.CaseStep;
import org.tongban.approval.CaseAction;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;

/**
 * What every action on a case checks first: the case, if the actor works on cases of its
 * department; its open tasks (several where a model runs branches in parallel); the one
 * the actor acts on, named or the only one open to them; that it is offered to one of
 * their roles, that the separation of duties lets them take it and that nobody else
 * claimed it. Each change takes the case row's next revision first, so that of two
 * members of staff acting on a case at once the second waits and is then refused with
 * 409.
 */
@Component
class CaseTasks {

	/**
	 * The roles that work on cases (R12.5): a department's administrator, an expert or a
	 * supervisor of the department is not shown its cases here.
	 */
	static final Set<Role> CASE_ROLES = EnumSet.of(Role.WINDOW_CLERK, Role.REVIEWER, Role.APPROVER);

	private final CaseStore store;

	private final CaseProgress progress;

	private final ProcessRoutes routes;

	private final TaskService tasks;

	private final DutySeparation duties;

	private final CaseNames names;

	CaseTasks(CaseStore store, CaseProgress progress, ProcessRoutes routes, TaskService tasks, DutySeparation duties,
			CaseNames names) {
		this.store = store;
		this.progress = progress;
		this.routes = routes;
		this.tasks = tasks;
		this.duties = duties;
		this.names = names;
	}

	/**
	 * A case and its open tasks, if the actor works on cases of its department; else it
	 * is not theirs to know of.
	 */
	Work work(Actor staff, String number) {
		CaseRecord record = Optional.ofNullable(number)
			.flatMap(store::findByNumber)
			.filter(found -> staff.roles()
				.stream()
				.anyMatch(held -> CASE_ROLES.contains(held.role()) && held.department().equals(found.departmentCode())))
			.orElseThrow(() -> new NotFoundException("approval.case.notFound", number));
		return work(record);
	}

	/**
	 * A case of any department and its open tasks, for a supervisor, who reads and does
	 * not act (R8.5); not found for anyone else.
	 */
	Work inspected(Actor supervisor, String number) {
		return work(Optional.ofNullable(number)
			.filter(any -> supervisor.has(Role.SUPERVISOR))
			.flatMap(store::findByNumber)
			.orElseThrow(() -> new NotFoundException("approval.case.notFound", number)));
	}

	private Work work(CaseRecord record) {
		List<Task> open = record.isOpen() && record.processInstanceId() != null ? tasks.createTaskQuery()
			.processInstanceId(record.processInstanceId())
			.active()
			.orderByTaskCreateTime()
			.asc()
			.list() : List.of();
		return new Work(record, open);
	}

	/**
	 * The task the actor acts on with an action that routes it (or, with a null route,
	 * keeps it at its step), claimed for them if nobody had, and the case at its next
	 * revision.
	 * @param taskId the task named, or null for the only one open to the actor
	 */
	Act act(Actor staff, Work work, String taskId, String route) {
		Task task = task(staff, work, taskId);
		DepartmentRole role = requireRole(staff, task);
		requireSeparateDuties(staff, work.record(), task);
		requireUnclaimedOrMine(staff, task);
		if (route != null
				&& !routes.from(task.getProcessDefinitionId(), task.getTaskDefinitionKey()).containsKey(route)) {
			throw new RefusedException(Refusal.CONFLICT, "approval.action.notAtStep", names.step(stepOf(task)));
		}
		CaseRecord record = lock(work.record());
		if (task.getAssignee() == null) {
			claim(staff, task);
			progress.record(record, stepOf(task), staff, role, CaseAction.CLAIM.name(), null, null);
		}
		return new Act(record, task, role, progress.now());
	}

	Act act(Actor staff, String number, String taskId, String route) {
		return act(staff, work(staff, number), taskId, route);
	}

	/**
	 * The open task an action is for: the one named, else the case's only one, else the
	 * only one the actor may take now. Where several are open to them, the action must
	 * name one.
	 */
	Task task(Actor staff, Work work, String taskId) {
		requireOpen(work.record());
		if (work.tasks().isEmpty()) {
			throw new RefusedException(Refusal.CONFLICT, "approval.case.withApplicant");
		}
		if (taskId != null) {
			return work.named(taskId)
				.orElseThrow(() -> new RefusedException(Refusal.CONFLICT, "approval.task.notOpen"));
		}
		if (work.tasks().size() == 1) {
			return work.tasks().get(0);
		}
		List<Task> takeable = takeable(staff, work);
		if (takeable.size() > 1) {
			throw new RefusedException(Refusal.CONFLICT, "approval.task.ambiguous");
		}
		// None to take: the checks that follow say why with the task of one of the
		// actor's roles, if any.
		return takeable.isEmpty() ? work.tasks()
			.stream()
			.filter(task -> roleFor(staff, task).isPresent())
			.findFirst()
			.orElse(work.tasks().get(0)) : takeable.get(0);
	}

	/**
	 * The task a view of the case shows the actions of: the one named, the only one, or
	 * the only one to take.
	 */
	Optional<Task> shown(Actor staff, Work work, String taskId) {
		Optional<Task> named = taskId == null ? Optional.empty() : work.named(taskId);
		if (named.isPresent() || work.tasks().size() == 1) {
			return named.or(() -> Optional.of(work.tasks().get(0)));
		}
		List<Task> takeable = takeable(staff, work);
		return takeable.size() == 1 ? Optional.of(takeable.get(0)) : Optional.empty();
	}

	/**
	 * The open tasks the actor may act on now: of one of their roles, theirs to take,
	 * unclaimed or claimed by them.
	 */
	private List<Task> takeable(Actor staff, Work work) {
		return work.tasks().stream().filter(task -> mayTake(staff, work.record(), task)).toList();
	}

	boolean mayTake(Actor staff, CaseRecord record, Task task) {
		return (task.getAssignee() == null || isMine(staff, task)) && roleFor(staff, task).isPresent()
				&& !duties.bars(staff, record, stepOf(task));
	}

	/**
	 * The step of a task, its category, which {@link StepEntry} checked when the task was
	 * created.
	 */
	static CaseStep stepOf(Task task) {
		return CaseStep.valueOf(task.getCategory());
	}

	static boolean isMine(Actor staff, Task task) {
		return staff.id().toString().equals(task.getAssignee());
	}

	static CaseRecord requireOpen(CaseRecord record) {
		if (!record.isOpen()) {
			throw new RefusedException(Refusal.CONFLICT, "approval.case.ended");
		}
		return record;
	}

	/**
	 * The actor's role that the task is offered to; the step is another role's otherwise.
	 */
	DepartmentRole requireRole(Actor staff, Task task) {
		return roleFor(staff, task).orElseThrow(
				() -> new RefusedException(Refusal.CONFLICT, "approval.step.notYourRole", names.step(stepOf(task))));
	}

	/**
	 * R12.7: nobody decides a case they accepted or reviewed, nor reviews it twice where
	 * the matter says so.
	 */
	void requireSeparateDuties(Actor staff, CaseRecord record, Task task) {
		if (duties.bars(staff, record, stepOf(task))) {
			throw new RefusedException(Refusal.CONFLICT, "approval.step.separationOfDuties", names.step(stepOf(task)));
		}
	}

	Optional<DepartmentRole> roleFor(Actor staff, Task task) {
		Set<String> groups = tasks.getIdentityLinksForTask(task.getId())
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.collect(Collectors.toSet());
		return staff.roles().stream().filter(held -> groups.contains(held.authority())).findFirst();
	}

	void requireUnclaimedOrMine(Actor staff, Task task) {
		if (task.getAssignee() != null && !isMine(staff, task)) {
			throw new RefusedException(Refusal.CONFLICT, "approval.task.claimedByOther",
					names.person(task.getAssignee()));
		}
	}

	static void requireNoSpecialPeriod(CaseRecord record) {
		if (record.specialPeriod() != null) {
			throw new RefusedException(Refusal.CONFLICT, "approval.specialPeriod.open");
		}
	}

	void claim(Actor staff, Task task) {
		try {
			tasks.claim(task.getId(), staff.id().toString());
		}
		catch (FlowableTaskAlreadyClaimedException | FlowableOptimisticLockingException ex) {
			throw new RefusedException(Refusal.CONFLICT, "approval.case.changedMeanwhile");
		}
	}

	void unclaim(Task task) {
		tasks.unclaim(task.getId());
	}

	/**
	 * Takes the case's next revision: a second member of staff acting at the same moment
	 * waits for the first and is then refused.
	 */
	CaseRecord lock(CaseRecord record) {
		try {
			return store.update(record);
		}
		catch (OptimisticLockingFailureException | PessimisticLockingFailureException ex) {
			throw new RefusedException(Refusal.CONFLICT, "approval.case.changedMeanwhile");
		}
	}

	/**
	 * Completes the task along a route; the next task's step is entered by
	 * {@link StepEntry}.
	 */
	void complete(Act act, String route) {
		try {
			tasks.complete(act.task().getId(), Map.of("route", route));
		}
		catch (FlowableOptimisticLockingException ex) {
			throw new RefusedException(Refusal.CONFLICT, "approval.case.changedMeanwhile");
		}
	}

	/**
	 * A case and its open tasks, oldest first; none while it waits for the applicant or
	 * has ended.
	 */
	record Work(CaseRecord record, List<Task> tasks) {

		Optional<Task> named(String taskId) {
			return tasks.stream().filter(task -> task.getId().equals(taskId)).findFirst();
		}

	}

	/**
	 * The task acted on, by the actor in one of their roles, and the case at its next
	 * revision.
	 */
	record Act(CaseRecord record, Task task, DepartmentRole role, Instant at) {

		CaseStep step() {
			return stepOf(task);
		}

	}

}
