package org.tongban.approval.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.tongban.application.CorrectionItem;
import org.tongban.approval.CaseView;
import org.tongban.approval.CaseWork;
import org.tongban.approval.Decision;
import org.tongban.approval.Expert;
import org.tongban.approval.ExpertAssignment;
import org.tongban.approval.ExpertDue;
import org.tongban.approval.QueueFilter;
import org.tongban.approval.ReviewOutcome;
import org.tongban.approval.SpecialPeriodKind;
import org.tongban.approval.WorkItem;
import org.tongban.identity.Actor;
import org.tongban.shared.Paging;
import org.tongban.shared.ResultPage;
import org.tongban.storage.AttachmentContent;

/**
 * {@link CaseWork} on Flowable, each use case in a class of its own, each action one
 * transaction: a case's open tasks are those of its process instance; who may act on one
 * is who holds one of its candidate groups ({@code dept:<DEPT>:<role>}, see
 * {@link CaseTasks}); what they may do is what the gateway after it routes to
 * ({@link ProcessRoutes}).
 * <p>
 * Here, in one place, every action and every opening of a case (a read of personal data)
 * leaves one record in the audit trail (R8.4), {@code case.<verb>} on the case by its
 * number ({@link CaseAudit}); a refusal (another department's case, a step of another
 * role, the separation of duties, a claim of another) as a failure.
 */
@Service
class CaseDesk implements CaseWork {

	/** The audited object of case actions: the case, by its number. */
	static final String CASE = "case";

	private final WorkQueue queue;

	private final CaseViews views;

	private final Claims claims;

	private final Acceptance acceptance;

	private final Reviews reviews;

	private final SpecialPeriods specialPeriods;

	private final Correspondence correspondence;

	private final ExpertPanel experts;

	private final CaseAudit audit;

	private final GapAcceptance gaps;

	/** The task named, or null. */
	private final String taskId;

	@Autowired
	CaseDesk(WorkQueue queue, CaseViews views, Claims claims, Acceptance acceptance, Reviews reviews,
			SpecialPeriods specialPeriods, Correspondence correspondence, ExpertPanel experts, CaseAudit audit,
			GapAcceptance gaps) {
		this(queue, views, claims, acceptance, reviews, specialPeriods, correspondence, experts, audit, gaps, null);
	}

	private CaseDesk(WorkQueue queue, CaseViews views, Claims claims, Acceptance acceptance, Reviews reviews,
			SpecialPeriods specialPeriods, Correspondence correspondence, ExpertPanel experts, CaseAudit audit,
			GapAcceptance gaps, String taskId) {
		this.gaps = gaps;
		this.experts = experts;
		this.audit = audit;
		this.queue = queue;
		this.views = views;
		this.claims = claims;
		this.acceptance = acceptance;
		this.reviews = reviews;
		this.specialPeriods = specialPeriods;
		this.correspondence = correspondence;
		this.taskId = taskId;
	}

	@Override
	public CaseWork onTask(String task) {
		return new CaseDesk(queue, views, claims, acceptance, reviews, specialPeriods, correspondence, experts, audit,
				gaps, task);
	}

	@Override
	public ResultPage<WorkItem> queue(Actor staff, QueueFilter filter, Paging paging) {
		return queue.queue(staff, filter, paging);
	}

	@Override
	public CaseView open(Actor staff, String number) {
		return audited(staff, "case.view", number, null, () -> views.open(staff, number, taskId));
	}

	@Override
	public CaseView inspect(Actor supervisor, String number) {
		return audited(supervisor, "case.view", number, "supervision", () -> views.inspect(supervisor, number));
	}

	@Override
	public CaseView claim(Actor staff, String number) {
		return audited(staff, "case.claim", number, null, () -> claims.claim(staff, number, taskId));
	}

	@Override
	public CaseView release(Actor staff, String number) {
		return audited(staff, "case.release", number, null, () -> claims.release(staff, number, taskId));
	}

	@Override
	public CaseView accept(Actor staff, String number, String opinion) {
		return audited(staff, "case.accept", number, null, () -> acceptance.accept(staff, number, taskId, opinion));
	}

	@Override
	public CaseView acceptWithGaps(Actor staff, String number, List<String> materialCodes, LocalDate supplyBy,
			String opinion) {
		return audited(staff, "case.accept-with-gaps", number,
				(materialCodes == null ? 0 : materialCodes.size()) + " gaps",
				() -> gaps.accept(staff, number, taskId, materialCodes, supplyBy, opinion));
	}

	@Override
	public CaseView refuse(Actor staff, String number, String reason, String legalBasis) {
		return audited(staff, "case.refuse", number, null,
				() -> acceptance.refuse(staff, number, taskId, reason, legalBasis));
	}

	@Override
	public CaseView requestCorrection(Actor staff, String number, List<CorrectionItem> items, String note) {
		return audited(staff, "case.correction-request", number, (items == null ? 0 : items.size()) + " items",
				() -> acceptance.requestCorrection(staff, number, taskId, items, note));
	}

	@Override
	public CaseView review(Actor staff, String number, ReviewOutcome outcome, String opinion) {
		return audited(staff, "case.review", number, String.valueOf(outcome),
				() -> reviews.review(staff, number, taskId, outcome, opinion));
	}

	@Override
	public CaseView sendBack(Actor staff, String number, String toStep, String opinion) {
		return audited(staff, "case.send-back", number, "to " + toStep,
				() -> reviews.sendBack(staff, number, taskId, toStep, opinion));
	}

	@Override
	public CaseView startSpecialPeriod(Actor staff, String number, SpecialPeriodKind kind, String reason,
			LocalDate expectedEnd) {
		return audited(staff, "case.special-period", number, "start " + kind,
				() -> specialPeriods.start(staff, number, taskId, kind, reason, expectedEnd));
	}

	@Override
	public CaseView endSpecialPeriod(Actor staff, String number, String result) {
		return audited(staff, "case.special-period", number, "end",
				() -> specialPeriods.end(staff, number, taskId, result));
	}

	@Override
	public CaseView assignExperts(Actor staff, String number, List<ExpertDue> assigned, List<UUID> materials,
			String question) {
		return audited(staff, "case.expert-review", number,
				"start " + (assigned == null ? 0 : assigned.size()) + " experts",
				() -> experts.assign(staff, number, taskId, assigned, materials, question));
	}

	@Override
	public List<Expert> expertCandidates(Actor staff, String number) {
		return experts.candidates(staff, number);
	}

	@Override
	public List<ExpertAssignment> expertReviews(Actor staff, String number) {
		return experts.ofCase(staff, number);
	}

	@Override
	public CaseView extend(Actor staff, String number, String reason) {
		return audited(staff, "case.extend", number, null, () -> specialPeriods.extend(staff, number, reason));
	}

	@Override
	public CaseView decide(Actor staff, String number, Decision decision, String reasons, String legalBasis) {
		return audited(staff, "case.decide", number, String.valueOf(decision),
				() -> reviews.decide(staff, number, taskId, decision, reasons, legalBasis));
	}

	@Override
	public CaseView write(Actor staff, String number, String body) {
		return audited(staff, "case.message", number, null, () -> correspondence.write(staff, number, body));
	}

	@Override
	public AttachmentContent file(Actor staff, String number, UUID attachmentId) {
		return audited(staff, "case.file", number, "attachment " + attachmentId,
				() -> correspondence.file(staff, number, attachmentId));
	}

	/**
	 * Does the action in a transaction with its record, or records its refusal, naming
	 * the task acted on.
	 * @param detail a note without personal data (an outcome, a step), or null
	 */
	private <T> T audited(Actor staff, String action, String number, String detail, Supplier<T> work) {
		return audit.audited(staff, action, number,
				taskId == null ? detail : (detail == null ? "" : detail + " ") + "task " + taskId, work);
	}

}
