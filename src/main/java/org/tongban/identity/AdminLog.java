package org.tongban.identity;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log of administrators' changes (R1.5) in {@code identity_admin_event}: who did
 * what, to whom, when, from which address. The admin console records its changes to
 * accounts here, and other modules their administration pages' changes (the calendar's,
 * for one). A plain log for now; the tamper-evident audit trail comes later.
 */
@Service
@Transactional
public class AdminLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	AdminLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param action what was done, in capitals: {@code GRANT_ROLE},
	 * {@code CALENDAR_DECLARE}
	 * @param subject the account changed, or null when the change is not about an account
	 * @param detail what was given or taken, e.g. {@code dept:SCJGJ:reviewer} or a date;
	 * no personal numbers
	 */
	public void record(Actor admin, String action, UUID subject, String detail, String clientAddress) {
		jdbc.sql("insert into identity_admin_event (occurred_at, admin_id, action, subject_id, detail, client_address)"
				+ " values (:at, :admin, :action, :subject, :detail, :address)")
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.param("admin", admin.id())
			.param("action", action)
			.param("subject", subject)
			.param("detail", detail)
			.param("address", clientAddress)
			.update();
	}

}
