package org.tongban.application;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tongban.shared.events.EventType;
import org.tongban.shared.events.PublishedEvent;

/**
 * What other departments' systems learn of an application (R9.4): its submission and its
 * correction, mirrored as {@link PublishedEvent}s in the transaction that published them
 * (a plain listener), with codes and dates only, never the applicant's particulars.
 */
@Component
class PublishedApplicationEvents {

	private final ApplicationEventPublisher events;

	PublishedApplicationEvents(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(ApplicationSubmitted submitted) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("matterCode", submitted.matterCode());
		data.put("matterVersion", submitted.matterVersion());
		data.put("departmentCode", submitted.departmentCode());
		data.put("clockStartsOn", String.valueOf(submitted.clockStartsOn()));
		data.put("committedLimitDays", submitted.committedLimitDays());
		events.publishEvent(
				new PublishedEvent(EventType.APPLICATION_SUBMITTED, submitted.number(), submitted.receivedAt(), data));
	}

	@EventListener
	void on(ApplicationCorrected corrected) {
		events.publishEvent(new PublishedEvent(EventType.APPLICATION_CORRECTED, corrected.number(),
				corrected.correctedAt(), Map.of("correctionId", corrected.correctionId().toString())));
	}

}
