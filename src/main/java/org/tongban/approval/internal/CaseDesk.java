package org.tongban.approval.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.tongban.application.CorrectionItem;
import org.tongban.approval.CaseView;
import org.tongban.approval.CaseWork;
import org.tongban.approval.Decision;
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
 * transaction there: a case's open tasks are those of its process instance; who may act
 * on one is who holds one of its candidate groups ({@code dept:<DEPT>:<role>}, see
 * {@link CaseTasks}); what they may do is what the gateway after it routes to
 * ({@link ProcessRoutes}).
 */
@Service
class CaseDesk implements CaseWork {

	private final WorkQueue queue;

	private final CaseViews views;

	private final Claims claims;

	private final Acceptance acceptance;

	private final Reviews reviews;

	private final SpecialPeriods specialPeriods;

	private final Correspondence correspondence;

	/** The task named, or null. */
	private final String taskId;

	@Autowired
	CaseDesk(WorkQueue queue, CaseViews views, Claims claims, Acceptance acceptance, Reviews reviews,
			SpecialPeriods specialPeriods, Correspondence correspondence) {
		this(queue, views, claims, acceptance, reviews, specialPeriods, correspondence, null);
	}

	private CaseDesk(WorkQueue queue, CaseViews views, Claims claims, Acceptance acceptance, Reviews reviews,
			SpecialPeriods specialPeriods, Correspondence correspondence, String taskId) {
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
		return new CaseDesk(queue, views, claims, acceptance, reviews, specialPeriods, correspondence, task);
	}

	@Override
	public ResultPage<WorkItem> queue(Actor staff, QueueFilter filter, Paging paging) {
		return queue.queue(staff, filter, paging);
	}

	@Override
	public CaseView open(Actor staff, String number) {
		return views.open(staff, number, taskId);
	}

	@Override
	public CaseView inspect(Actor supervisor, String number) {
		return views.inspect(supervisor, number);
	}

	@Override
	public CaseView claim(Actor staff, String number) {
		return claims.claim(staff, number, taskId);
	}

	@Override
	public CaseView release(Actor staff, String number) {
		return claims.release(staff, number, taskId);
	}

	@Override
	public CaseView accept(Actor staff, String number, String opinion) {
		return acceptance.accept(staff, number, taskId, opinion);
	}

	@Override
	public CaseView refuse(Actor staff, String number, String reason, String legalBasis) {
		return acceptance.refuse(staff, number, taskId, reason, legalBasis);
	}

	@Override
	public CaseView requestCorrection(Actor staff, String number, List<CorrectionItem> items, String note) {
		return acceptance.requestCorrection(staff, number, taskId, items, note);
	}

	@Override
	public CaseView review(Actor staff, String number, ReviewOutcome outcome, String opinion) {
		return reviews.review(staff, number, taskId, outcome, opinion);
	}

	@Override
	public CaseView sendBack(Actor staff, String number, String toStep, String opinion) {
		return reviews.sendBack(staff, number, taskId, toStep, opinion);
	}

	@Override
	public CaseView startSpecialPeriod(Actor staff, String number, SpecialPeriodKind kind, String reason,
			LocalDate expectedEnd) {
		return specialPeriods.start(staff, number, taskId, kind, reason, expectedEnd);
	}

	@Override
	public CaseView endSpecialPeriod(Actor staff, String number, String result) {
		return specialPeriods.end(staff, number, taskId, result);
	}

	@Override
	public CaseView extend(Actor staff, String number, String reason) {
		return specialPeriods.extend(staff, number, reason);
	}

	@Override
	public CaseView decide(Actor staff, String number, Decision decision, String reasons, String legalBasis) {
		return reviews.decide(staff, number, taskId, decision, reasons, legalBasis);
	}

	@Override
	public CaseView write(Actor staff, String number, String body) {
		return correspondence.write(staff, number, body);
	}

	@Override
	public AttachmentContent file(Actor staff, String number, UUID attachmentId) {
		return correspondence.file(staff, number, attachmentId);
	}

}
