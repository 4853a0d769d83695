package org.tongban.approval.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tongban.application.ApplicationStatus;
import org.tongban.approval.CaseAccepted;
import org.tongban.approval.CaseEnded;
import org.tongban.shared.events.EventType;
import org.tongban.shared.events.PublishedEvent;

/**
 * What other departments' systems learn of a case (R9.4): its acceptance and its decision
 * (granted or denied; a refusal to accept, a withdrawal are not decisions), mirrored as
 * {@link PublishedEvent}s in the transaction that published them, with the matter and
 * department codes, never the applicant's particulars.
 */
@Component
class PublishedCaseEvents {

	private final ApplicationEventPublisher events;

	private final CaseStore cases;

	PublishedCaseEvents(ApplicationEventPublisher events, CaseStore cases) {
		this.events = events;
		this.cases = cases;
	}

	@EventListener
	void on(CaseAccepted accepted) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("matterCode", accepted.matterCode());
		data.put("departmentCode", accepted.departmentCode());
		data.put("acceptedOn", accepted.acceptedOn().toString());
		events.publishEvent(new PublishedEvent(EventType.CASE_ACCEPTED, accepted.number(), accepted.at(), data));
	}

	@EventListener
	void on(CaseEnded ended) {
		if (ended.outcome() != ApplicationStatus.GRANTED && ended.outcome() != ApplicationStatus.DENIED) {
			return;
		}
		CaseRecord record = cases.find(ended.caseId()).orElseThrow();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("matterCode", record.matterCode());
		data.put("departmentCode", record.departmentCode());
		data.put("outcome", ended.outcome().name());
		events.publishEvent(new PublishedEvent(EventType.CASE_DECIDED, ended.number(), ended.at(), data));
	}

}
