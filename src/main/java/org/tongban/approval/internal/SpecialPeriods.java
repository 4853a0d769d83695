package org.tongban.approval.internal;

import static org.tongban.approval.internal.StaffTexts.required;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.CaseStep;
import org.tongban.approval.CaseAction;
import org.tongban.approval.CaseView;
import org.tongban.approval.SpecialPeriodKind;
import org.tongban.approval.documents.CaseDocuments;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.notification.CaseNotice;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.supervision.CaseClock;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.PauseReason;

/**
 * What stops or stretches the case's clock (R15.4, art. 42, art. 45): a special period
 * (hearing, inspection, testing, appraisal, expert review) that the applicant is told of
 * when it starts and ends, and the one extension.
 */
@Component
@Transactional
class SpecialPeriods {

	private final CaseTasks caseTasks;

	private final CaseProgress progress;

	private final CaseClocks clocks;

	private final CaseDocuments documents;

	private final CaseNames names;

	private final CaseViews views;

	private final ExpertStore experts;

	SpecialPeriods(CaseTasks caseTasks, CaseProgress progress, CaseClocks clocks, CaseDocuments documents,
			CaseNames names, CaseViews views, ExpertStore experts) {
		this.experts = experts;
		this.caseTasks = caseTasks;
		this.progress = progress;
		this.clocks = clocks;
		this.documents = documents;
		this.names = names;
		this.views = views;
	}

	CaseView start(Actor staff, String number, String taskId, SpecialPeriodKind kind, String reason,
			LocalDate expectedEnd) {
		if (kind == null) {
			throw new InvalidParameterException("kind", "approval.specialPeriod.kind");
		}
		String why = required("reason", reason, CaseClocks.MAX_TEXT);
		if (expectedEnd == null || expectedEnd.isBefore(progress.today())) {
			throw new InvalidParameterException("expectedEnd", "approval.specialPeriod.expectedEnd");
		}
		CaseTasks.Act act = caseTasks.act(staff, number, taskId, null);
		if (act.step() == CaseStep.ACCEPTANCE) {
			throw new RefusedException(Refusal.CONFLICT, "approval.specialPeriod.notAtAcceptance");
		}
		begin(staff, act, kind, why, expectedEnd);
		return views.open(staff, number, act.task().getId());
	}

	/**
	 * A special period starts on the task acted on: the history, the clock's pause, the
	 * notice and what the applicant is told.
	 */
	CaseRecord begin(Actor staff, CaseTasks.Act act, SpecialPeriodKind kind, String why, LocalDate expectedEnd) {
		if (act.record().specialPeriod() != null) {
			throw new RefusedException(Refusal.CONFLICT, "approval.specialPeriod.alreadyOpen");
		}
		progress.record(act.record(), act.step(), staff, act.role(), CaseAction.START_SPECIAL_PERIOD.name(), why,
				kind.name());
		clocks.pause(act.record().id(), PauseReason.SPECIAL_PERIOD, why, act.at());
		CaseRecord paused = caseTasks
			.lock(act.record().specialPeriodStarted(new CaseView.SpecialPeriod(kind, why, act.at(), expectedEnd)));
		progress.issue(paused, documents.specialPeriodNotice(progress.facts(paused),
				new CaseDocuments.SpecialPeriod(kind, why, progress.today(), expectedEnd, null)));
		progress.tell(paused,
				CaseNotice.specialPeriodStarted(paused.number(), paused.matterName(), names.kind(kind), expectedEnd));
		return paused;
	}

	CaseView end(Actor staff, String number, String taskId, String result) {
		String text = required("result", result);
		CaseTasks.Act act = caseTasks.act(staff, number, taskId, null);
		CaseView.SpecialPeriod period = act.record().specialPeriod();
		if (period == null) {
			throw new RefusedException(Refusal.CONFLICT, "approval.specialPeriod.none");
		}
		progress.record(act.record(), act.step(), staff, act.role(), CaseAction.END_SPECIAL_PERIOD.name(), text,
				period.kind().name());
		finish(act.record(), act.at());
		return views.open(staff, number, act.task().getId());
	}

	/**
	 * The special period under way ends, its end recorded in the history already: the
	 * clock runs again, an expert review under way ends with it, and the applicant gets
	 * the notice and is told.
	 */
	void finish(CaseRecord record, Instant at) {
		CaseView.SpecialPeriod period = record.specialPeriod();
		clocks.resume(record.id(), at);
		experts.endReview(record.id(), at);
		CaseRecord running = caseTasks.lock(record.specialPeriodEnded());
		LocalDate startedOn = LocalDate.ofInstant(period.startedAt(), progress.zone());
		progress.issue(running,
				documents.specialPeriodNotice(progress.facts(running), new CaseDocuments.SpecialPeriod(period.kind(),
						period.reason(), startedOn, period.expectedEnd(), progress.today())));
		progress.tell(running,
				CaseNotice.specialPeriodEnded(running.number(), running.matterName(), names.kind(period.kind())));
	}

	/**
	 * The one extension (art. 42), by an approver of the case's department whatever step
	 * it is at.
	 */
	CaseView extend(Actor staff, String number, String reason) {
		String why = required("reason", reason, CaseClocks.MAX_TEXT);
		CaseRecord record = CaseTasks.requireOpen(caseTasks.work(staff, number).record());
		DepartmentRole approver = DepartmentRole.of(Role.APPROVER, record.departmentCode());
		if (!staff.roles().contains(approver)) {
			throw new RefusedException(Refusal.CONFLICT, "approval.extend.approverOnly");
		}
		if (clocks.of(record.id()).map(CaseClock::isExtended).orElse(false)) {
			throw new RefusedException(Refusal.CONFLICT, "approval.extend.once");
		}
		record = caseTasks.lock(record);
		Instant now = progress.now();
		progress.record(record, staff, approver, CaseAction.EXTEND.name(), why, null);
		CaseClock extended = clocks.extend(record.id(), staff.id(), why, now);
		int days = extended.extension().days();
		progress.issue(record, documents.extensionNotice(progress.facts(record),
				new CaseDocuments.Extension(days, extended.dueOn(), why, staff.name())));
		progress.tell(record, CaseNotice.extended(number, record.matterName(), days, extended.dueOn(), why));
		return views.open(staff, number, null);
	}

}
