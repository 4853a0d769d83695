package org.tongban.identity.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The log of administrators' changes to accounts (R1.5): who did what to whom, when, from which address. */
@Repository
public class AdminEvents {

	private final JdbcClient jdbc;

	private final Clock clock;

	AdminEvents(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(UUID admin, AdminAction action, UUID subject, String detail, String clientAddress) {
		jdbc.sql("insert into identity_admin_event (occurred_at, admin_id, action, subject_id, detail, client_address)"
				+ " values (:at, :admin, :action, :subject, :detail, :address)")
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.param("admin", admin)
			.param("action", action.name())
			.param("subject", subject)
			.param("detail", detail)
			.param("address", clientAddress)
			.update();
	}

	/** The events of an account, newest first. */
	public List<AdminEvent> of(UUID subject) {
		return jdbc.sql("select occurred_at, admin_id, action, subject_id, detail, client_address"
				+ " from identity_admin_event where subject_id = :subject order by id desc")
			.param("subject", subject)
			.query((rs, row) -> new AdminEvent(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					rs.getObject("admin_id", UUID.class), AdminAction.valueOf(rs.getString("action")),
					rs.getObject("subject_id", UUID.class), rs.getString("detail"), rs.getString("client_address")))
			.list();
	}

	public record AdminEvent(Instant occurredAt, UUID admin, AdminAction action, UUID subject,
			String detail, String clientAddress) {
	}

}
