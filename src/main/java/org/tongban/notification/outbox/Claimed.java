package org.tongban.notification.outbox;

import java.util.UUID;

/**
 * A row a deliverer has claimed, opened for sending: its id is the message id the
 * gateways see.
 */
record Claimed(UUID id, OutboxChannel channel, String address, String subject, String body, int attempts) {
}
