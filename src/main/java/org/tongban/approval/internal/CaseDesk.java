package org.tongban.approval.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.Application;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.AttachedMaterial;
import org.tongban.application.CaseDocument;
import org.tongban.application.CaseFiles;
import org.tongban.application.CorrectionItem;
import org.tongban.application.CorrectionRequest;
import org.tongban.approval.CaseAction;
import org.tongban.approval.CaseView;
import org.tongban.approval.CaseWork;
import org.tongban.approval.Decision;
import org.tongban.approval.QueueFilter;
import org.tongban.approval.ReviewOutcome;
import org.tongban.approval.SpecialPeriodKind;
import org.tongban.approval.WorkItem;
import org.tongban.approval.documents.CaseDocuments;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterVersion;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.notification.CaseNotice;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.RefusedException;
import org.tongban.storage.AttachmentContent;
import org.tongban.storage.Attachments;
import org.tongban.supervision.CaseClock;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.PauseReason;
import org.tongban.shared.Paging;
import org.tongban.shared.ResultPage;

/**
 * {@link CaseWork} on Flowable: a case's open task is the one of its process instance; who may act on it is who holds
 * one of its candidate groups ({@code dept:<DEPT>:<role>}); what they may do is what the gateway after the task routes
 * to ({@link ProcessRoutes}). Each change takes the case row's next revision first, so that of two members of staff
 * acting on a case at once the second waits and is then refused with 409.
 */
@Service
@Transactional
class CaseDesk implements CaseWork {

	/**
	 * The roles that work on cases (R12.5): a department's administrator, an expert or a supervisor of the department
	 * is not shown its cases here.
	 */
	static final Set<Role> CASE_ROLES = EnumSet.of(Role.WINDOW_CLERK, Role.REVIEWER, Role.APPROVER);

	private final CaseStore store;

	private final CaseProgress progress;

	private final ProcessRoutes routes;

	private final TaskService tasks;

	private final HistoryService processHistory;

	private final CaseClocks clocks;

	private final CaseFiles files;

	private final CaseDocuments documents;

	private final Attachments attachments;

	private final MatterCatalog catalog;

	private final Accounts accounts;

	private final MessageSource messages;

	private final DutySeparation duties;

	CaseDesk(CaseStore store, CaseProgress progress, ProcessRoutes routes, TaskService tasks,
			HistoryService processHistory, CaseClocks clocks, CaseFiles files, CaseDocuments documents,
			Attachments attachments, MatterCatalog catalog, Accounts accounts, MessageSource messages,
			DutySeparation duties) {
		this.store = store;
		this.progress = progress;
		this.routes = routes;
		this.tasks = tasks;
		this.processHistory = processHistory;
		this.clocks = clocks;
		this.files = files;
		this.documents = documents;
		this.attachments = attachments;
		this.catalog = catalog;
		this.accounts = accounts;
		this.messages = messages;
		this.duties = duties;
	}

	@Override
	@Transactional(readOnly = true)
	public ResultPage<WorkItem> queue(Actor staff, QueueFilter filter, Paging paging) {
		List<String> groups = staff.roles()
			.stream()
			.filter(held -> CASE_ROLES.contains(held.role()))
			.map(DepartmentRole::authority)
			.toList();
		if (groups.isEmpty()) {
			return paging.of(List.of(), 0);
		}
		TaskQuery query = tasks.createTaskQuery().active().taskCandidateGroupIn(groups);
		QueueFilter.Claim claim = filter.claim() == null ? QueueFilter.Claim.ALL : filter.claim();
		if (claim == QueueFilter.Claim.MINE) {
			query.ignoreAssigneeValue().taskAssignee(staff.id().toString());
		}
		else if (claim == QueueFilter.Claim.ALL) {
			query.ignoreAssigneeValue();
		}
		if (filter.step() != null) {
			query.taskCategory(filter.step());
		}
		if (filter.matterCode() != null) {
			query.processVariableValueEquals("matterCode", filter.matterCode());
		}
		List<Task> found = query.orderByTaskCreateTime().asc().listPage(0, QUEUE_LIMIT);
		Map<String, CaseRecord> cases = store
			.findByProcessInstances(found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(CaseRecord::processInstanceId, Function.identity()));
		// R12.7: a step the member of staff may not take in a case is not theirs to see in the queue.
		Set<UUID> barred = duties.barred(staff, cases.values());
		cases.values().removeIf(record -> barred.contains(record.id()));
		Map<UUID, CaseClock> caseClocks = clocks.of(cases.values().stream().map(CaseRecord::id).toList());
		var names = new HashMap<String, String>();
		LocalDate today = progress.today();
		Comparator<WorkItem> order = filter.sort() == QueueFilter.Sort.RECEIVED
				? Comparator.comparing(WorkItem::receivedAt)
				: Comparator.comparing(WorkItem::caseDueOn, Comparator.nullsLast(Comparator.naturalOrder()))
					.thenComparing(WorkItem::receivedAt);
		List<WorkItem> sorted = found.stream()
			.filter(task -> cases.containsKey(task.getProcessInstanceId()))
			.map(task -> {
				CaseRecord record = cases.get(task.getProcessInstanceId());
				return item(staff, task, record, Optional.ofNullable(caseClocks.get(record.id())), names, today);
			})
			.sorted(order)
			.toList();
		return paging.of(sorted.stream().skip(paging.offset()).limit(paging.size()).toList(), sorted.size());
	}

	private WorkItem item(Actor staff, Task task, CaseRecord record, Optional<CaseClock> caseClock,
			Map<String, String> names, LocalDate today) {
		LocalDate stepDue = caseClock.flatMap(CaseProgress::openStep).map(CaseClock.StepClock::dueOn).orElse(null);
		LocalDate caseDue = caseClock.map(CaseClock::dueOn).orElse(null);
		Integer remaining = caseClock.map(CaseClock::remainingDays).orElse(null);
		boolean paused = caseClock.map(CaseClock::isPaused).orElse(false);
		String assignee = task.getAssignee();
		return new WorkItem(record.number(), record.matterCode(), record.matterName(), record.applicantName(),
				task.getCategory(), record.departmentCode(), record.receivedAt(), task.getCreateTime().toInstant(),
				assignee == null ? null : names.computeIfAbsent(assignee, this::nameOf),
				staff.id().toString().equals(assignee), caseClock.map(CaseClock::startsOn).orElse(null),
				caseClock.map(CaseClock::countedFrom).orElse(null), stepDue, caseDue, remaining, paused,
				colour(caseDue, remaining, paused, today), caseClock.map(CaseClock::provisional).orElse(false));
	}

	/** R8.3: red once the due day has passed, yellow with two working days or fewer left. */
	static WorkItem.DeadlineColour colour(LocalDate dueOn, Integer remaining, boolean paused, LocalDate today) {
		if (paused || dueOn == null || remaining == null) {
			return WorkItem.DeadlineColour.GREY;
		}
		if (dueOn.isBefore(today)) {
			return WorkItem.DeadlineColour.RED;
		}
		return remaining <= 2 ? WorkItem.DeadlineColour.YELLOW : WorkItem.DeadlineColour.GREEN;
	}

	@Override
	@Transactional(readOnly = true)
	public CaseView open(Actor staff, String number) {
		return view(staff, work(staff, number));
	}

	@Override
	public CaseView claim(Actor staff, String number) {
		Work work = work(staff, number);
		Task task = requireTask(work);
		DepartmentRole role = requireRole(staff, work, task);
		requireSeparateDuties(staff, work);
		if (!staff.id().toString().equals(task.getAssignee())) {
			requireUnclaimedOrMine(staff, task);
			lock(work.record());
			claim(staff, task);
			progress.record(work.record(), staff, role, CaseAction.CLAIM.name(), null, null);
		}
		return open(staff, number);
	}

	@Override
	public CaseView release(Actor staff, String number) {
		Work work = work(staff, number);
		Task task = requireTask(work);
		DepartmentRole role = requireRole(staff, work, task);
		if (!staff.id().toString().equals(task.getAssignee())) {
			throw new RefusedException(409, "approval.task.notClaimedByYou", Map.of());
		}
		lock(work.record());
		tasks.unclaim(task.getId());
		progress.record(work.record(), staff, role, CaseAction.RELEASE.name(), null, null);
		return open(staff, number);
	}

	@Override
	public CaseView accept(Actor staff, String number, String opinion) {
		Act act = act(staff, number, Steps.ACCEPT);
		Instant now = act.at();
		progress.record(act.record(), staff, act.role(), CaseAction.ACCEPT.name(), optional(opinion), null);
		progress.accept(act.record(), now, progress.today(), false);
		complete(act, Steps.ACCEPT);
		return open(staff, number);
	}

	@Override
	public CaseView refuse(Actor staff, String number, String reason, String legalBasis) {
		String why = required("reason", reason);
		String basis = required("legalBasis", legalBasis);
		Act act = act(staff, number, Steps.REFUSE);
		progress.record(act.record(), staff, act.role(), CaseAction.REFUSE.name(), why + "\n" + basis,
				ApplicationStatus.REFUSED.name());
		progress.issue(act.record(),
				documents.refusalNotice(progress.facts(act.record()), new CaseDocuments.Refusal(why, basis)));
		complete(act, Steps.REFUSE);
		CaseRecord ended = progress.end(act.record(), ApplicationStatus.REFUSED, act.at());
		progress.tell(ended, CaseNotice.refused(number, ended.matterName(), why));
		return open(staff, number);
	}

	@Override
	public CaseView requestCorrection(Actor staff, String number, List<CorrectionItem> items, String note) {
		Work work = work(staff, number);
		requireRole(staff, work, requireTask(work));
		// The notice is given once (art. 32 一次性告知): acceptance after the correction accepts or refuses.
		if (CaseView.correctionNoticeGiven(work.record().step(), store.history(work.record().id()))) {
			throw new RefusedException(409, "approval.correction.onlyOnce", Map.of());
		}
		List<CorrectionItem> checked = correctionItems(work.record(), items);
		String remark = note == null || note.isBlank() ? "" : required("note", note, CaseClocks.MAX_TEXT);
		Act act = act(staff, work, Steps.REQUEST_CORRECTION);
		requireNoSpecialPeriod(act.record());
		var request = new CorrectionRequest(UUID.randomUUID(), act.record().step(), act.record().departmentCode(),
				checked, remark, act.at());
		String listed = checked.stream()
			.map(item -> item.code() + ": " + item.problem())
			.collect(Collectors.joining("\n"));
		progress.record(act.record(), staff, act.role(), CaseAction.REQUEST_CORRECTION.name(),
				request.note().isEmpty() ? listed : listed + "\n" + request.note(), null);
		clocks.pause(act.record().id(), PauseReason.CORRECTION, request.note(), act.at());
		files.requestCorrection(act.record().id(), request);
		progress.issue(act.record(), documents.correctionNotice(progress.facts(act.record()), request));
		complete(act, Steps.REQUEST_CORRECTION);
		CaseRecord waiting = store.update(progress.get(act.record().id()).inStep(Steps.CORRECTION, act.at()));
		progress.tell(waiting, CaseNotice.correctionRequested(number, waiting.matterName(), checked.size()));
		return open(staff, number);
	}

	/** Every item names a field of the form or a material of the version the application was made under. */
	private List<CorrectionItem> correctionItems(CaseRecord record, List<CorrectionItem> items) {
		if (items == null || items.isEmpty()) {
			throw new InvalidParameterException("items", "approval.correction.noItems");
		}
		MatterVersion version = catalog.guide(record.matterCode(), record.matterVersion()).version();
		for (int i = 0; i < items.size(); i++) {
			CorrectionItem item = items.get(i);
			if (item == null || item.kind() == null) {
				throw new InvalidParameterException("items[" + i + "].kind", "approval.correction.kind");
			}
			boolean exists = item.kind() == CorrectionItem.Kind.FIELD
					? item.code() != null && version.form().field(item.code()).isPresent()
					: version.materials().stream().anyMatch(material -> material.code().equals(item.code()));
			if (!exists) {
				throw new InvalidParameterException("items[" + i + "].code", "approval.correction.unknownItem",
						String.valueOf(item.code()));
			}
			required("items[" + i + "].problem", item.problem());
		}
		return items.stream()
			.map(item -> new CorrectionItem(item.kind(), item.code(), item.problem().strip()))
			.toList();
	}

	@Override
	public CaseView review(Actor staff, String number, ReviewOutcome outcome, String opinion) {
		if (outcome == null) {
			throw new InvalidParameterException("outcome", "approval.review.outcome");
		}
		String text = required("opinion", opinion);
		Act act = act(staff, number, Steps.FORWARD);
		requireNoSpecialPeriod(act.record());
		progress.record(act.record(), staff, act.role(), CaseAction.REVIEW.name(), text, outcome.name());
		complete(act, Steps.FORWARD);
		return open(staff, number);
	}

	@Override
	public CaseView sendBack(Actor staff, String number, String toStep, String opinion) {
		String text = required("opinion", opinion);
		Work work = work(staff, number);
		Task task = requireTask(work);
		List<String> targets = routes.sendBackTargets(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
		if (targets.isEmpty()) {
			throw new RefusedException(409, "approval.sendBack.notAtStep", Map.of());
		}
		if (toStep == null || !targets.contains(toStep)) {
			throw new InvalidParameterException("toStep", "approval.sendBack.target", String.join(", ", targets));
		}
		Act act = act(staff, work, toStep);
		requireNoSpecialPeriod(act.record());
		progress.record(act.record(), staff, act.role(), CaseAction.SEND_BACK.name(), text, toStep);
		complete(act, toStep);
		return open(staff, number);
	}

	@Override
	public CaseView startSpecialPeriod(Actor staff, String number, SpecialPeriodKind kind, String reason,
			LocalDate expectedEnd) {
		if (kind == null) {
			throw new InvalidParameterException("kind", "approval.specialPeriod.kind");
		}
		String why = required("reason", reason, CaseClocks.MAX_TEXT);
		if (expectedEnd == null || expectedEnd.isBefore(progress.today())) {
			throw new InvalidParameterException("expectedEnd", "approval.specialPeriod.expectedEnd");
		}
		Act act = act(staff, number, null);
		if (Steps.ACCEPTANCE.equals(act.record().step())) {
			throw new RefusedException(409, "approval.specialPeriod.notAtAcceptance", Map.of());
		}
		if (act.record().specialPeriod() != null) {
			throw new RefusedException(409, "approval.specialPeriod.alreadyOpen", Map.of());
		}
		progress.record(act.record(), staff, act.role(), CaseAction.START_SPECIAL_PERIOD.name(), why, kind.name());
		clocks.pause(act.record().id(), PauseReason.SPECIAL_PERIOD, why, act.at());
		CaseRecord paused = store.update(
				act.record().withSpecialPeriod(new CaseView.SpecialPeriod(kind, why, act.at(), expectedEnd)));
		progress.issue(paused, documents.specialPeriodNotice(progress.facts(paused),
				new CaseDocuments.SpecialPeriod(kind, why, progress.today(), expectedEnd, null)));
		progress.tell(paused,
				CaseNotice.specialPeriodStarted(number, paused.matterName(), kindName(kind), expectedEnd));
		return open(staff, number);
	}

	@Override
	public CaseView endSpecialPeriod(Actor staff, String number, String result) {
		String text = required("result", result);
		Act act = act(staff, number, null);
		CaseView.SpecialPeriod period = act.record().specialPeriod();
		if (period == null) {
			throw new RefusedException(409, "approval.specialPeriod.none", Map.of());
		}
		progress.record(act.record(), staff, act.role(), CaseAction.END_SPECIAL_PERIOD.name(), text,
				period.kind().name());
		clocks.resume(act.record().id(), act.at());
		CaseRecord running = store.update(act.record().withSpecialPeriod(null));
		LocalDate startedOn = LocalDate.ofInstant(period.startedAt(), progress.zone());
		progress.issue(running, documents.specialPeriodNotice(progress.facts(running), new CaseDocuments.SpecialPeriod(
				period.kind(), period.reason(), startedOn, period.expectedEnd(), progress.today())));
		progress.tell(running, CaseNotice.specialPeriodEnded(number, running.matterName(), kindName(period.kind())));
		return open(staff, number);
	}

	@Override
	public CaseView extend(Actor staff, String number, String reason) {
		String why = required("reason", reason, CaseClocks.MAX_TEXT);
		Work work = work(staff, number);
		CaseRecord record = requireOpen(work.record());
		DepartmentRole approver = DepartmentRole.of(Role.APPROVER, record.departmentCode());
		if (!staff.roles().contains(approver)) {
			throw new RefusedException(409, "approval.extend.approverOnly", Map.of());
		}
		if (clocks.of(record.id()).map(CaseClock::isExtended).orElse(false)) {
			throw new RefusedException(409, "approval.extend.once", Map.of());
		}
		record = lock(record);
		Instant now = progress.now();
		progress.record(record, staff, approver, CaseAction.EXTEND.name(), why, null);
		CaseClock extended = clocks.extend(record.id(), staff.id(), why, now);
		int days = extended.extension().days();
		progress.issue(record, documents.extensionNotice(progress.facts(record),
				new CaseDocuments.Extension(days, extended.dueOn(), why, staff.name())));
		progress.tell(record, CaseNotice.extended(number, record.matterName(), days, extended.dueOn(), why));
		return open(staff, number);
	}

	@Override
	public CaseView decide(Actor staff, String number, Decision decision, String reasons, String legalBasis) {
		if (decision == null) {
			throw new InvalidParameterException("decision", "approval.decide.decision");
		}
		String why = required("reasons", reasons);
		String basis = required("legalBasis", legalBasis);
		Act act = act(staff, number, decision.name());
		if (act.role().role() != Role.APPROVER) {
			throw new RefusedException(409, "approval.decide.approverOnly", Map.of());
		}
		requireNoSpecialPeriod(act.record());
		progress.record(act.record(), staff, act.role(), CaseAction.DECIDE.name(), why + "\n" + basis,
				decision.name());
		progress.issue(act.record(), documents.decision(progress.facts(act.record()),
				new CaseDocuments.Ruling(decision, act.record().acceptedOn(), why, basis)));
		complete(act, decision.name());
		ApplicationStatus outcome = decision == Decision.GRANT ? ApplicationStatus.GRANTED : ApplicationStatus.DENIED;
		CaseRecord ended = progress.end(act.record(), outcome, act.at());
		progress.tell(ended, decision == Decision.GRANT ? CaseNotice.granted(number, ended.matterName())
				: CaseNotice.denied(number, ended.matterName()));
		return open(staff, number);
	}

	@Override
	public CaseView write(Actor staff, String number, String body) {
		String text = required("body", body);
		Work work = work(staff, number);
		CaseRecord record = lock(work.record());
		DepartmentRole role = staff.roles()
			.stream()
			.filter(held -> CASE_ROLES.contains(held.role()) && held.department().equals(record.departmentCode()))
			.findFirst()
			.orElseThrow();
		progress.record(record, staff, role, CaseAction.WRITE.name(), text, null);
		files.writeAsDepartment(record.id(), record.departmentCode(), text, progress.now());
		progress.tell(record, CaseNotice.message(number, record.matterName()));
		return open(staff, number);
	}

	@Override
	@Transactional(readOnly = true)
	public AttachmentContent file(Actor staff, String number, UUID attachmentId) {
		Work work = work(staff, number);
		Application application = files.get(work.record().id());
		boolean ofThisCase = application.materials()
			.stream()
			.map(AttachedMaterial::attachmentId)
			.anyMatch(attachmentId::equals)
				|| application.documents().stream().map(CaseDocument::attachmentId).anyMatch(attachmentId::equals);
		if (!ofThisCase) {
			throw new NotFoundException("approval.file.notFound");
		}
		return attachments.open(attachmentId);
	}

	/**
	 * A case and its open task, if the actor works on cases of its department; else it is not theirs to know of.
	 */
	private Work work(Actor staff, String number) {
		CaseRecord record = Optional.ofNullable(number)
			.flatMap(store::findByNumber)
			.filter(found -> staff.roles()
				.stream()
				.anyMatch(held -> CASE_ROLES.contains(held.role()) && held.department().equals(found.departmentCode())))
			.orElseThrow(() -> new NotFoundException("approval.case.notFound", number));
		Task task = record.isOpen() && record.processInstanceId() != null ? tasks.createTaskQuery()
			.processInstanceId(record.processInstanceId())
			.active()
			.singleResult() : null;
		return new Work(record, task);
	}

	/** The case's open task for an action that routes it (or, with a null route, keeps it at its step). */
	private Act act(Actor staff, String number, String route) {
		return act(staff, work(staff, number), route);
	}

	private Act act(Actor staff, Work work, String route) {
		Task task = requireTask(work);
		DepartmentRole role = requireRole(staff, work, task);
		requireSeparateDuties(staff, work);
		requireUnclaimedOrMine(staff, task);
		if (route != null && !routes.from(task.getProcessDefinitionId(), task.getTaskDefinitionKey())
			.containsKey(route)) {
			throw new RefusedException(409, "approval.action.notAtStep", Map.of(), stepName(work.record().step()));
		}
		CaseRecord record = lock(work.record());
		if (task.getAssignee() == null) {
			claim(staff, task);
			progress.record(record, staff, role, CaseAction.CLAIM.name(), null, null);
		}
		return new Act(record, task, role, progress.now());
	}

	private Task requireTask(Work work) {
		requireOpen(work.record());
		if (work.task() == null) {
			throw new RefusedException(409, "approval.case.withApplicant", Map.of());
		}
		return work.task();
	}

	private static CaseRecord requireOpen(CaseRecord record) {
		if (!record.isOpen()) {
			throw new RefusedException(409, "approval.case.ended", Map.of());
		}
		return record;
	}

	/** The actor's role that the task is offered to; the step is another role's otherwise. */
	private DepartmentRole requireRole(Actor staff, Work work, Task task) {
		return roleFor(staff, task).orElseThrow(
				() -> new RefusedException(409, "approval.step.notYourRole", Map.of(), stepName(work.record().step())));
	}

	/** R12.7: nobody decides a case they accepted or reviewed, nor reviews it twice where the matter says so. */
	private void requireSeparateDuties(Actor staff, Work work) {
		if (duties.bars(staff, work.record())) {
			throw new RefusedException(409, "approval.step.separationOfDuties", Map.of(),
					stepName(work.record().step()));
		}
	}

	private Optional<DepartmentRole> roleFor(Actor staff, Task task) {
		Set<String> groups = tasks.getIdentityLinksForTask(task.getId())
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.collect(Collectors.toSet());
		return staff.roles().stream().filter(held -> groups.contains(held.authority())).findFirst();
	}

	private void requireUnclaimedOrMine(Actor staff, Task task) {
		if (task.getAssignee() != null && !staff.id().toString().equals(task.getAssignee())) {
			throw new RefusedException(409, "approval.task.claimedByOther", Map.of(), nameOf(task.getAssignee()));
		}
	}

	private static void requireNoSpecialPeriod(CaseRecord record) {
		if (record.specialPeriod() != null) {
			throw new RefusedException(409, "approval.specialPeriod.open", Map.of());
		}
	}

	private void claim(Actor staff, Task task) {
		try {
			tasks.claim(task.getId(), staff.id().toString());
		}
		catch (FlowableTaskAlreadyClaimedException | FlowableOptimisticLockingException ex) {
			throw new RefusedException(409, "approval.case.changedMeanwhile", Map.of());
		}
	}

	/**
	 * Takes the case's next revision: a second member of staff acting at the same moment waits for the first and is
	 * then refused.
	 */
	private CaseRecord lock(CaseRecord record) {
		try {
			return store.update(record);
		}
		catch (OptimisticLockingFailureException | PessimisticLockingFailureException ex) {
			throw new RefusedException(409, "approval.case.changedMeanwhile", Map.of());
		}
	}

	/** Completes the task along a route; the next task's step is entered by {@link StepEntry}. */
	private void complete(Act act, String route) {
		try {
			tasks.complete(act.task().getId(), Map.of("route", route));
		}
		catch (FlowableOptimisticLockingException ex) {
			throw new RefusedException(409, "approval.case.changedMeanwhile", Map.of());
		}
	}

	private CaseView view(Actor staff, Work work) {
		CaseRecord record = work.record();
		Task task = work.task();
		Application application = files.get(record.id());
		CaseClock caseClock = clocks.of(record.id()).orElse(null);
		Optional<DepartmentRole> role = task == null || duties.bars(staff, record) ? Optional.empty()
				: roleFor(staff, task);
		String assignee = task == null ? null : task.getAssignee();
		boolean mine = staff.id().toString().equals(assignee);
		var actions = EnumSet.of(CaseAction.WRITE);
		List<String> sendBack = List.of();
		if (record.isOpen()) {
			if (staff.roles().contains(DepartmentRole.of(Role.APPROVER, record.departmentCode()))
					&& caseClock != null && !caseClock.isExtended()) {
				actions.add(CaseAction.EXTEND);
			}
			if (role.isPresent() && (assignee == null || mine)) {
				actions.add(mine ? CaseAction.RELEASE : CaseAction.CLAIM);
				sendBack = routes.sendBackTargets(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
				actions.addAll(stepActions(record, task, sendBack));
			}
		}
		List<CorrectionItem> correction = application.correction()
			.map(CorrectionRequest::items)
			.orElse(List.of());
		return new CaseView(record.id(), record.number(), application, record.step(),
				assignee == null ? null : nameOf(assignee), mine, actions, sendBack, store.history(record.id()),
				caseClock, record.specialPeriod(), correction, files.unchangedAfterCorrection(record.id()),
				processDefinition(record));
	}

	/** What the model lets the task's holder do at its step; while a special period runs, only to end it. */
	private Set<CaseAction> stepActions(CaseRecord record, Task task, List<String> sendBack) {
		Set<String> routed = routes.from(task.getProcessDefinitionId(), task.getTaskDefinitionKey()).keySet();
		var actions = EnumSet.noneOf(CaseAction.class);
		if (routed.contains(Steps.ACCEPT)) {
			actions.add(CaseAction.ACCEPT);
		}
		if (routed.contains(Steps.REFUSE)) {
			actions.add(CaseAction.REFUSE);
		}
		if (Steps.ACCEPTANCE.equals(record.step())) {
			if (routed.contains(Steps.REQUEST_CORRECTION)) {
				actions.add(CaseAction.REQUEST_CORRECTION);
			}
			return actions;
		}
		if (record.specialPeriod() != null) {
			actions.add(CaseAction.END_SPECIAL_PERIOD);
			return actions;
		}
		actions.add(CaseAction.START_SPECIAL_PERIOD);
		if (routed.contains(Steps.REQUEST_CORRECTION)) {
			actions.add(CaseAction.REQUEST_CORRECTION);
		}
		if (routed.contains(Steps.FORWARD)) {
			actions.add(CaseAction.REVIEW);
		}
		if (routed.contains(Decision.GRANT.name()) || routed.contains(Decision.DENY.name())) {
			actions.add(CaseAction.DECIDE);
		}
		if (!sendBack.isEmpty()) {
			actions.add(CaseAction.SEND_BACK);
		}
		return actions;
	}

	/** The process definition the case runs on, e.g. {@code approval-standard:1:...}, kept for ended cases too. */
	private String processDefinition(CaseRecord record) {
		if (record.processInstanceId() == null) {
			return null;
		}
		var instance = processHistory.createHistoricProcessInstanceQuery()
			.processInstanceId(record.processInstanceId())
			.singleResult();
		return instance == null ? null : instance.getProcessDefinitionId();
	}

	private String nameOf(String accountId) {
		return accounts.actor(UUID.fromString(accountId)).map(Actor::name).orElse(accountId);
	}

	private String kindName(SpecialPeriodKind kind) {
		return messages.getMessage("approval.specialPeriod." + kind, null, Locale.CHINA);
	}

	/** The step's name as a message argument, put in the reader's language with the message. */
	private LocalizedText stepName(String step) {
		String key = "approval.step." + step;
		return LocalizedText.of(messages.getMessage(key, null, step, Locale.CHINA),
				messages.getMessage(key, null, step, Locale.ENGLISH));
	}

	private static String required(String parameter, String text) {
		return required(parameter, text, CaseWork.MAX_TEXT);
	}

	private static String required(String parameter, String text, int maxLength) {
		if (text == null || text.isBlank()) {
			throw new InvalidParameterException(parameter, "approval.required");
		}
		if (text.strip().length() > maxLength) {
			throw new InvalidParameterException(parameter, "approval.tooLong", maxLength);
		}
		return text.strip();
	}

	private static String optional(String text) {
		return text == null || text.isBlank() ? null : required("opinion", text);
	}

	private record Work(CaseRecord record, Task task) {
	}

	private record Act(CaseRecord record, Task task, DepartmentRole role, Instant at) {
	}

}
