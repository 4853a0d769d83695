package org.tongban.exchange.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.tongban.shared.persistence.DatabaseTime;

import jakarta.annotation.PreDestroy;

/**
 * Sends the outbox to RabbitMQ (R9.4): one relay at a time across the nodes (the one
 * holding the lease row {@code exchange_event_relay_lease}), in the order of the outbox's
 * {@code seq}, each message confirmed by the broker (publisher confirms) before its row
 * is marked sent. At the first failure it stops, so that no later event of a case
 * overtakes an earlier one, and the next round tries again from there: while the broker
 * is away events wait, none lost. A message confirmed whose mark was lost (the node died
 * between the two) is sent again: delivery is at least once, and consumers apply each
 * message id once.
 */
public class EventRelay {

	private static final Logger log = LoggerFactory.getLogger(EventRelay.class);

	private static final String LEASE = "relay";

	private final EventOutbox outbox;

	private final RabbitTemplate rabbit;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String exchange;

	private final int batchSize;

	private final Duration lease;

	private final Duration confirmTimeout;

	/** This node, as the lease names its holder. */
	private final String node = UUID.randomUUID().toString();

	EventRelay(EventOutbox outbox, RabbitTemplate rabbit, JdbcClient jdbc, Clock clock, String exchange, int batchSize,
			Duration lease, Duration confirmTimeout) {
		this.outbox = outbox;
		this.rabbit = rabbit;
		this.jdbc = jdbc;
		this.clock = clock;
		this.exchange = exchange;
		this.batchSize = batchSize;
		this.lease = lease;
		this.confirmTimeout = confirmTimeout;
	}

	@Scheduled(fixedDelayString = "${tongban.events.relay-every:1s}",
			initialDelayString = "${tongban.events.relay-every:1s}")
	void relay() {
		try {
			while (holdLease()) {
				List<OutboxEvent> batch = outbox.unsent(batchSize);
				if (batch.isEmpty() || send(batch) < batchSize) {
					return;
				}
			}
		}
		catch (RuntimeException ex) {
			// The database may be away: the next round tries again.
			log.warn("The event relay could not read the outbox: {}", ex.getMessage());
		}
	}

	/**
	 * Sends the events in order, each confirmed before the next, on one channel.
	 * @return how many were sent; fewer than given when one failed
	 */
	private int send(List<OutboxEvent> batch) {
		int[] sent = { 0 };
		try {
			rabbit.invoke(operations -> {
				for (OutboxEvent event : batch) {
					operations.send(exchange, event.routingKey(), message(event));
					operations.waitForConfirmsOrDie(confirmTimeout.toMillis());
					outbox.markSent(List.of(event.id()), clock.instant());
					sent[0]++;
				}
				return null;
			});
		}
		catch (AmqpException ex) {
			OutboxEvent failed = batch.get(sent[0]);
			String reason = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
			outbox.failed(failed.id(), reason);
			// Once a minute or so while the broker is away, not at every round.
			if (failed.attempts() % 60 == 0) {
				log.warn("Event {} of case {} not sent ({} sent before it, {} attempts), tried again later: {}",
						failed.id(), failed.caseNumber(), sent[0], failed.attempts() + 1, reason);
			}
		}
		return sent[0];
	}

	private Message message(OutboxEvent event) {
		return MessageBuilder.withBody(event.payload().getBytes(StandardCharsets.UTF_8))
			.setContentType("application/json")
			.setContentEncoding(StandardCharsets.UTF_8.name())
			.setMessageId(event.id().toString())
			.setType(event.routingKey())
			.setTimestamp(Date.from(event.createdAt()))
			.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
			.setHeader("schemaVersion", event.schemaVersion())
			.setHeader("caseNumber", event.caseNumber())
			.build();
	}

	/** Takes or renews the lease; false while another node's lease runs. */
	private boolean holdLease() {
		Instant now = clock.instant();
		return jdbc.sql("""
				update exchange_event_relay_lease set holder = :node, expires_at = :until
				where name = :name and (holder is null or holder = :node or expires_at < :now)""")
			.param("node", node)
			.param("until", DatabaseTime.column(now.plus(lease)))
			.param("name", LEASE)
			.param("now", DatabaseTime.column(now))
			.update() == 1;
	}

	/** Another node takes over at once after a clean shutdown. */
	@PreDestroy
	void releaseLease() {
		try {
			jdbc.sql("update exchange_event_relay_lease set holder = null, expires_at = null "
					+ "where name = :name and holder = :node")
				.param("name", LEASE)
				.param("node", node)
				.update();
		}
		catch (RuntimeException ex) {
			log.debug("Lease not released: {}", ex.getMessage());
		}
	}

}
