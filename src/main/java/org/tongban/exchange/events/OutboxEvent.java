package org.tongban.exchange.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of the event outbox: the message as it is (or was) sent, and how its sending
 * went.
 *
 * @param payload the message's JSON
 * @param sentAt when the broker confirmed it, or null while it waits
 */
public record OutboxEvent(UUID id, long seq, String eventType, String routingKey, String caseNumber, String payload,
		int schemaVersion, Instant createdAt, Instant sentAt, int attempts, String lastError) {
}
