package org.tongban.exchange.events;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongban.shared.events.PublishedEvent;
import org.tongban.shared.persistence.DatabaseTime;

import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox of the events for other departments' systems (R9.4), table
 * {@code exchange_event_outbox}. Each {@link PublishedEvent} is written by a plain
 * (synchronous) listener, in the transaction that published it: an event of a transaction
 * that rolls back is never written, so never sent; one that commits waits here, whatever
 * the broker's state, until {@link EventRelay} has it confirmed.
 */
@Component
public class EventOutbox {

	/** The version of the message's JSON; a change that breaks a consumer raises it. */
	public static final int SCHEMA_VERSION = 1;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Clock clock;

	EventOutbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void on(PublishedEvent event) {
		UUID id = UUID.randomUUID();
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("schemaVersion", SCHEMA_VERSION);
		message.put("id", id.toString());
		message.put("type", event.type().routingKey());
		message.put("caseNumber", event.caseNumber());
		message.put("occurredAt", event.occurredAt().toString());
		message.put("data", event.data());
		jdbc.sql("""
				insert into exchange_event_outbox (id, event_type, routing_key, case_number, payload, schema_version,
				    created_at)
				values (:id, :type, :key, :case, :payload, :version, :at)""")
			.param("id", id)
			.param("type", event.type().name())
			.param("key", event.type().routingKey())
			.param("case", event.caseNumber())
			.param("payload", JSON.writeValueAsString(message))
			.param("version", SCHEMA_VERSION)
			.param("at", DatabaseTime.column(clock.instant()))
			.update();
	}

	/** The oldest unsent events, in the order they are to be sent. */
	public List<OutboxEvent> unsent(int limit) {
		return jdbc.sql("""
				select id, seq, event_type, routing_key, case_number, payload, schema_version, created_at, sent_at,
				    attempts, last_error
				from exchange_event_outbox where sent_at is null order by seq fetch first :limit rows only""")
			.param("limit", limit)
			.query((row, n) -> new OutboxEvent(row.getObject("id", UUID.class), row.getLong("seq"),
					row.getString("event_type"), row.getString("routing_key"), row.getString("case_number"),
					row.getString("payload"), row.getInt("schema_version"), DatabaseTime.instant(row, "created_at"),
					DatabaseTime.instant(row, "sent_at"), row.getInt("attempts"), row.getString("last_error")))
			.list();
	}

	/** Every event of a case, in order, sent or not. */
	public List<OutboxEvent> ofCase(String caseNumber) {
		return jdbc.sql("""
				select id, seq, event_type, routing_key, case_number, payload, schema_version, created_at, sent_at,
				    attempts, last_error
				from exchange_event_outbox where case_number = :case order by seq""")
			.param("case", caseNumber)
			.query((row, n) -> new OutboxEvent(row.getObject("id", UUID.class), row.getLong("seq"),
					row.getString("event_type"), row.getString("routing_key"), row.getString("case_number"),
					row.getString("payload"), row.getInt("schema_version"), DatabaseTime.instant(row, "created_at"),
					DatabaseTime.instant(row, "sent_at"), row.getInt("attempts"), row.getString("last_error")))
			.list();
	}

	public long countUnsent() {
		return jdbc.sql("select count(*) from exchange_event_outbox where sent_at is null").query(Long.class).single();
	}

	public long countSent() {
		return jdbc.sql("select count(*) from exchange_event_outbox where sent_at is not null")
			.query(Long.class)
			.single();
	}

	void markSent(List<UUID> ids, Instant at) {
		for (UUID id : ids) {
			jdbc.sql("update exchange_event_outbox set sent_at = :at, attempts = attempts + 1, last_error = null "
					+ "where id = :id and sent_at is null")
				.param("at", DatabaseTime.column(at))
				.param("id", id)
				.update();
		}
	}

	void failed(UUID id, String error) {
		String shortened = error == null ? "unknown" : error.length() > 500 ? error.substring(0, 500) : error;
		jdbc.sql("update exchange_event_outbox set attempts = attempts + 1, last_error = :error where id = :id")
			.param("error", shortened)
			.param("id", id)
			.update();
	}

}
