package org.tongban.notification.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery as the administrator sees it: where it stands, never what it says (the texts
 * are the citizen's).
 *
 * @param addressMasked e.g. {@code 138****8000} or {@code z***@example.com}
 * @param nextAttemptAt null once FAILED
 */
public record Delivery(UUID id, OutboxChannel channel, String addressMasked, String kind, DeliveryStatus status,
		int attempts, Instant nextAttemptAt, String lastError, Instant createdAt) {
}
