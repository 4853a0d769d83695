package org.tongban.approval.internal;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.tongban.approval.ExpertAssignment;
import org.tongban.approval.ExpertCase;
import org.tongban.approval.ExpertOutcome;
import org.tongban.approval.ExpertReviews;
import org.tongban.identity.Actor;
import org.tongban.storage.AttachmentContent;

/**
 * {@link ExpertReviews} on {@link ExpertPanel}: every read of an assigned case by its
 * expert (a material included) and every opinion leaves one record in the audit trail, on
 * the case by its number, as staff's case work does ({@link CaseAudit}).
 */
@Service
class ExpertDesk implements ExpertReviews {

	private final ExpertPanel experts;

	private final CaseAudit audit;

	ExpertDesk(ExpertPanel experts, CaseAudit audit) {
		this.experts = experts;
		this.audit = audit;
	}

	@Override
	public List<ExpertAssignment> assigned(Actor expert) {
		return experts.assigned(expert);
	}

	@Override
	public ExpertCase assignedCase(Actor expert, String number) {
		return audit.audited(expert, "case.expert-view", number, null, () -> experts.open(expert, number));
	}

	@Override
	public AttachmentContent assignedFile(Actor expert, String number, UUID attachmentId) {
		return audit.audited(expert, "case.expert-file", number, "attachment " + attachmentId,
				() -> experts.file(expert, number, attachmentId));
	}

	@Override
	public ExpertCase giveOpinion(Actor expert, String number, ExpertOutcome outcome, String opinion, String fileName,
			InputStream file) {
		return audit.audited(expert, "case.expert-opinion", number, String.valueOf(outcome),
				() -> experts.giveOpinion(expert, number, outcome, opinion, fileName, file));
	}

	@Override
	public void setFields(UUID expertId, Collection<String> themeCodes) {
		experts.setFields(expertId, themeCodes);
	}

}
