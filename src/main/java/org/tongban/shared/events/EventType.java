package org.tongban.shared.events;

/**
 * The events other departments' systems receive from the platform (R9.4), each with the
 * routing key it is published under on the exchange {@code tongban.events}. The keys are
 * part of the published contract (docs/asyncapi.yaml): never rename one.
 */
public enum EventType {

	APPLICATION_SUBMITTED("application.submitted"),

	CASE_ACCEPTED("case.accepted"),

	APPLICATION_CORRECTED("application.corrected"),

	/** Granted or denied; the outcome is in the data. */
	CASE_DECIDED("case.decided"),

	LICENCE_ISSUED("licence.issued"),

	LICENCE_REVOKED("licence.revoked");

	private final String routingKey;

	EventType(String routingKey) {
		this.routingKey = routingKey;
	}

	public String routingKey() {
		return routingKey;
	}

}
