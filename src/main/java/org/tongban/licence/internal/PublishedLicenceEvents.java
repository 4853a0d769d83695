package org.tongban.licence.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tongban.licence.LicenceIssued;
import org.tongban.licence.LicenceRevoked;
import org.tongban.shared.events.EventType;
import org.tongban.shared.events.PublishedEvent;

/**
 * What other departments' systems learn of a licence (R9.4): its issue and its
 * revocation, mirrored as {@link PublishedEvent}s in the transaction that published them.
 * The licence's id lets a system with a grant read the licence through the exchange; the
 * event itself names neither the holder nor the reasons of a revocation.
 */
@Component
class PublishedLicenceEvents {

	private final ApplicationEventPublisher events;

	private final LicenceStore store;

	private final Clock clock;

	PublishedLicenceEvents(ApplicationEventPublisher events, LicenceStore store, Clock clock) {
		this.events = events;
		this.store = store;
		this.clock = clock;
	}

	@EventListener
	void on(LicenceIssued issued) {
		Map<String, Object> data = described(issued.licenceId());
		data.put("validFrom", String.valueOf(issued.validFrom()));
		data.put("validUntil", issued.validUntil() == null ? null : issued.validUntil().toString());
		events.publishEvent(new PublishedEvent(EventType.LICENCE_ISSUED, issued.caseNumber(), issued.at(), data));
	}

	@EventListener
	void on(LicenceRevoked revoked) {
		Map<String, Object> data = described(revoked.licenceId());
		data.put("revokedOn", revoked.revokedOn().toString());
		events.publishEvent(new PublishedEvent(EventType.LICENCE_REVOKED, revoked.caseNumber(), clock.instant(), data));
	}

	private Map<String, Object> described(String licenceId) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("licenceId", licenceId);
		store.find(licenceId).ifPresent(licence -> {
			data.put("licenceType", licence.type());
			data.put("matterCode", licence.matterCode());
			data.put("departmentCode", licence.departmentCode());
		});
		return data;
	}

}
