package org.tongban.approval.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tongban.application.ApplicationStatus;
import org.tongban.approval.Decision;
import org.tongban.approval.documents.CaseDocuments;
import org.tongban.notification.CaseNotice;

/**
 * A grant that the platform makes on the department's behalf without a person, where the
 * law lets it (R5.5 on informed commitment, R5.6 automatic approval): the case is
 * accepted and granted at once, with its acceptance notice and decision document,
 * recorded with the actor "系统" and the reasons of the track; no process runs.
 */
@Component
class PlatformGrants {

	private final CaseProgress progress;

	private final CaseDocuments documents;

	private final MessageSource messages;

	PlatformGrants(CaseProgress progress, CaseDocuments documents, MessageSource messages) {
		this.progress = progress;
		this.documents = documents;
		this.messages = messages;
	}

	/**
	 * Grants a case that was just opened and has no process.
	 * @param action what the history calls the grant, e.g. {@code AUTOMATIC_GRANT}
	 * @param reasons the reasons, in Chinese, stated on the decision and in the history
	 * @param legalBasis the provisions the grant rests on, stated on the decision
	 */
	CaseRecord grant(CaseRecord record, String action, String reasons, String legalBasis) {
		var at = progress.now();
		progress.record(record, null, systemName(), null, action, reasons + "\n" + legalBasis, Decision.GRANT.name());
		CaseRecord accepted = progress.accept(record, at, progress.today(), false);
		progress.issue(accepted, documents.decision(progress.facts(accepted),
				new CaseDocuments.Ruling(Decision.GRANT, accepted.acceptedOn(), reasons, legalBasis)));
		CaseRecord ended = progress.end(accepted, ApplicationStatus.GRANTED, at);
		progress.tell(ended, CaseNotice.granted(ended.number(), ended.matterName()));
		return ended;
	}

	/**
	 * The platform as the history names it: the record is in Chinese, like the documents.
	 */
	String systemName() {
		return messages.getMessage("approval.actor.system", null, Locale.CHINA);
	}

}
