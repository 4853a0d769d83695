package org.tongban.approval.internal;

import static org.tongban.approval.internal.StaffTexts.optional;
import static org.tongban.approval.internal.StaffTexts.required;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CorrectionItem;
import org.tongban.application.CorrectionRequest;
import org.tongban.approval.CaseAction;
import org.tongban.approval.CaseView;
import org.tongban.approval.documents.CaseDocuments;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterVersion;
import org.tongban.identity.Actor;
import org.tongban.notification.CaseNotice;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.supervision.CaseClocks;

/**
 * What a step may answer to the application itself (R4.1, R4.2, art. 32): acceptance,
 * refusal to accept, and the one correction notice that lists everything the applicant
 * has to fix.
 */
@Component
@Transactional
class Acceptance {

	private final CaseTasks caseTasks;

	private final CaseProgress progress;

	private final CaseDocuments documents;

	private final MatterCatalog catalog;

	private final CaseViews views;

	Acceptance(CaseTasks caseTasks, CaseProgress progress, CaseDocuments documents, MatterCatalog catalog,
			CaseViews views) {
		this.caseTasks = caseTasks;
		this.progress = progress;
		this.documents = documents;
		this.catalog = catalog;
		this.views = views;
	}

	CaseView accept(Actor staff, String number, String taskId, String opinion) {
		CaseTasks.Act act = caseTasks.act(staff, number, taskId, Route.ACCEPT.value());
		progress.record(act.record(), act.step(), staff, act.role(), CaseAction.ACCEPT.name(),
				optional("opinion", opinion), null);
		progress.accept(act.record(), act.at(), progress.today(), false);
		caseTasks.complete(act, Route.ACCEPT.value());
		return views.open(staff, number, null);
	}

	CaseView refuse(Actor staff, String number, String taskId, String reason, String legalBasis) {
		String why = required("reason", reason);
		String basis = required("legalBasis", legalBasis);
		CaseTasks.Act act = caseTasks.act(staff, number, taskId, Route.REFUSE.value());
		progress.record(act.record(), act.step(), staff, act.role(), CaseAction.REFUSE.name(), why + "\n" + basis,
				ApplicationStatus.REFUSED.name());
		progress.issue(act.record(),
				documents.refusalNotice(progress.facts(act.record()), new CaseDocuments.Refusal(why, basis)));
		caseTasks.complete(act, Route.REFUSE.value());
		CaseRecord ended = progress.end(act.record(), ApplicationStatus.REFUSED, act.at());
		progress.tell(ended, CaseNotice.refused(number, ended.matterName(), why));
		return views.open(staff, number, null);
	}

	CaseView requestCorrection(Actor staff, String number, String taskId, List<CorrectionItem> items, String note) {
		CaseTasks.Work work = caseTasks.work(staff, number);
		var task = caseTasks.task(staff, work, taskId);
		caseTasks.requireRole(staff, task);
		// The notice is given once (art. 32 一次性告知): acceptance after the correction
		// accepts or refuses.
		if (CaseView.correctionNoticeGiven(task.getCategory(), progress.history(work.record().id()))) {
			throw new RefusedException(Refusal.CONFLICT, "approval.correction.onlyOnce");
		}
		List<CorrectionItem> checked = correctionItems(work.record(), items);
		String remark = note == null || note.isBlank() ? "" : required("note", note, CaseClocks.MAX_TEXT);
		CaseTasks.Act act = caseTasks.act(staff, work, task.getId(), Route.REQUEST_CORRECTION.value());
		CaseTasks.requireNoSpecialPeriod(act.record());
		var request = new CorrectionRequest(UUID.randomUUID(), act.step().name(), act.record().departmentCode(),
				checked, remark, act.at());
		String listed = checked.stream()
			.map(item -> item.code() + ": " + item.problem())
			.collect(Collectors.joining("\n"));
		progress.record(act.record(), act.step(), staff, act.role(), CaseAction.REQUEST_CORRECTION.name(),
				request.note().isEmpty() ? listed : listed + "\n" + request.note(), null);
		progress.requestCorrection(act.record(), request);
		caseTasks.complete(act, Route.REQUEST_CORRECTION.value());
		CaseRecord waiting = progress.awaitCorrection(act.record().id(), act.at());
		progress.tell(waiting, CaseNotice.correctionRequested(number, waiting.matterName(), checked.size()));
		return views.open(staff, number, null);
	}

	/**
	 * Every item names a field of the form or a material of the version the application
	 * was made under.
	 */
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

}
