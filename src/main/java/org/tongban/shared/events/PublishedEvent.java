package org.tongban.shared.events;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An event for other departments' systems (R9.4). The module whose domain event it
 * mirrors publishes it in the same transaction (a mapping of its own), and the exchange
 * module writes it to its outbox there, so that it leaves the platform only if that
 * transaction commits. {@code data} is what a consumer needs to act and no more: codes,
 * dates, outcomes and identifiers, never a person's name or identity number.
 *
 * @param caseNumber the application's number, the key consumers order by
 * @param data values of JSON types (strings, numbers, booleans), in the order given
 */
public record PublishedEvent(EventType type, String caseNumber, Instant occurredAt, Map<String, Object> data) {

	public PublishedEvent {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(caseNumber, "caseNumber");
		Objects.requireNonNull(occurredAt, "occurredAt");
		data = data == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
	}

}
