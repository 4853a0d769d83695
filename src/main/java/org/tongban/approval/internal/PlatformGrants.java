package org.tongban.approval.internal;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CaseFiles;
import org.tongban.approval.Decision;
import org.tongban.approval.documents.CaseFacts;
import org.tongban.approval.documents.CaseDocuments;
import org.tongban.notification.CaseNotice;

/**
 * A grant that the platform makes on the department's behalf without a person, where the
 * law lets it (R5.5 on informed commitment, R5.6 automatic approval): the case is
 * accepted and granted at once, recorded with the actor "系统" and the reasons of the
 * track; no process runs. Its acceptance notice and decision document are rendered right
 * after the grant's commit ({@link PlatformGranted}), so that the applicant learns of the
 * grant without waiting for two PDFs (R16.2: within a second); the event is kept until
 * the documents are issued, once.
 */
@Component
class PlatformGrants {

	private final CaseProgress progress;

	private final CaseFiles files;

	private final CaseDocuments documents;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	PlatformGrants(CaseProgress progress, CaseFiles files, CaseDocuments documents, ApplicationEventPublisher events,
			MessageSource messages) {
		this.progress = progress;
		this.files = files;
		this.documents = documents;
		this.events = events;
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
		LocalDate acceptedOn = progress.today();
		progress.record(record, null, systemName(), null, action, reasons + "\n" + legalBasis, Decision.GRANT.name());
		LocalDate decisionDueOn = progress.accepted(record, at, acceptedOn);
		CaseRecord ended = progress.end(progress.update(record.acceptedOn(acceptedOn)), ApplicationStatus.GRANTED, at,
				true);
		events.publishEvent(new PlatformGranted(ended.id(), acceptedOn, decisionDueOn, reasons, legalBasis));
		return ended;
	}

	/** Issues the grant's acceptance notice and decision, and tells the applicant. */
	@ApplicationModuleListener
	void on(PlatformGranted granted) {
		CaseRecord record = progress.get(granted.caseId());
		boolean issued = files.get(record.id())
			.documents()
			.stream()
			.anyMatch(document -> document.kind().equals(CaseDocuments.Kind.GRANT_DECISION.name()));
		if (issued) {
			return;
		}
		CaseFacts facts = progress.facts(record);
		progress.issue(record, documents.acceptanceNotice(facts,
				new CaseDocuments.Acceptance(granted.acceptedOn(), granted.decisionDueOn(), false)));
		progress.issue(record, documents.decision(facts, new CaseDocuments.Ruling(Decision.GRANT, granted.acceptedOn(),
				granted.reasons(), granted.legalBasis())));
		progress.tell(record, CaseNotice.granted(record.number(), record.matterName()));
	}

	/**
	 * The platform as the history names it: the record is in Chinese, like the documents.
	 */
	String systemName() {
		return messages.getMessage("approval.actor.system", null, Locale.CHINA);
	}

}
