package org.tongban.approval.internal;

import static org.tongban.approval.internal.StaffTexts.required;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.Application;
import org.tongban.application.AttachedMaterial;
import org.tongban.application.CaseDocument;
import org.tongban.application.CaseFiles;
import org.tongban.approval.CaseAction;
import org.tongban.approval.CaseView;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.notification.CaseNotice;
import org.tongban.shared.NotFoundException;
import org.tongban.storage.AttachmentContent;
import org.tongban.storage.Attachments;

/**
 * What staff of the case's department exchange with the applicant whatever the step
 * (R4.4, R12.2): messages on the case, and the materials and documents of the
 * application, and the files experts gave with their opinions (R5.3).
 */
@Component
@Transactional
class Correspondence {

	private final CaseTasks caseTasks;

	private final CaseFiles files;

	private final Attachments attachments;

	private final CaseProgress progress;

	private final CaseViews views;

	private final ExpertStore experts;

	Correspondence(CaseTasks caseTasks, CaseFiles files, Attachments attachments, CaseProgress progress,
			CaseViews views, ExpertStore experts) {
		this.experts = experts;
		this.caseTasks = caseTasks;
		this.files = files;
		this.attachments = attachments;
		this.progress = progress;
		this.views = views;
	}

	CaseView write(Actor staff, String number, String body) {
		String text = required("body", body);
		CaseRecord record = caseTasks.lock(caseTasks.work(staff, number).record());
		DepartmentRole role = staff.roles()
			.stream()
			.filter(held -> CaseTasks.CASE_ROLES.contains(held.role())
					&& held.department().equals(record.departmentCode()))
			.findFirst()
			.orElseThrow();
		progress.record(record, staff, role, CaseAction.WRITE.name(), text, null);
		files.writeAsDepartment(record.id(), record.departmentCode(), text, progress.now());
		progress.tell(record, CaseNotice.message(number, record.matterName()));
		return views.open(staff, number, null);
	}

	@Transactional(readOnly = true)
	AttachmentContent file(Actor staff, String number, UUID attachmentId) {
		Application application = files.get(caseTasks.work(staff, number).record().id());
		boolean ofThisCase = application.materials()
			.stream()
			.map(AttachedMaterial::attachmentId)
			.anyMatch(attachmentId::equals)
				|| application.documents().stream().map(CaseDocument::attachmentId).anyMatch(attachmentId::equals)
				|| experts.opinionFiles(application.id()).contains(attachmentId);
		if (!ofThisCase) {
			throw new NotFoundException("approval.file.notFound");
		}
		return attachments.open(attachmentId);
	}

}
