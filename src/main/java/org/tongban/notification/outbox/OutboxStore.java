package org.tongban.notification.outbox;

import static org.tongban.shared.persistence.DatabaseTime.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongban.shared.crypto.FieldCipher;

/**
 * The table {@code notification_outbox}. Addresses, subjects and bodies are sealed
 * (R12.1); the masked address, the kind and the state of the delivery are in clear for
 * the administrator. Times are UTC.
 * <p>
 * A deliverer claims a row with a conditional update of that row alone, outside any
 * transaction: the update succeeds only while the row is due and unclaimed (or its claim
 * expired), and the database re-checks that condition on the row it locks, so that of two
 * nodes claiming the same row one changes it and the other changes nothing, on PostgreSQL
 * and on H2 alike.
 */
@Component
class OutboxStore {

	private static final int MAX_ERROR_LENGTH = 500;

	private static final String DUE = "status = 'PENDING' and next_attempt_at <= :now"
			+ " and (claimed_until is null or claimed_until <= :now)";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	OutboxStore(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/**
	 * Writes a letter in the caller's transaction: in-app messages as sent, the others
	 * due at once.
	 */
	void add(UUID accountId, String kind, Letter letter, Instant now) {
		boolean inApp = letter.channel() == OutboxChannel.IN_APP;
		jdbc.sql("""
				insert into notification_outbox (id, account_id, channel, kind, address, address_masked, subject, body,
				    link, status, attempts, next_attempt_at, created_at, sent_at)
				values (:id, :accountId, :channel, :kind, :address, :addressMasked, :subject, :body, :link, :status, 0,
				    :nextAttemptAt, :now, :sentAt)""")
			.param("id", UUID.randomUUID())
			.param("accountId", accountId)
			.param("channel", letter.channel().name())
			.param("kind", kind)
			.param("address", seal(letter.address()))
			.param("addressMasked", letter.addressMasked())
			.param("subject", seal(letter.subject()))
			.param("body", seal(letter.body()))
			.param("link", letter.link())
			.param("status", (inApp ? DeliveryStatus.SENT : DeliveryStatus.PENDING).name())
			.param("nextAttemptAt", inApp ? null : utc(now))
			.param("now", utc(now))
			.param("sentAt", inApp ? utc(now) : null)
			.update();
	}

	/** Up to {@code limit} rows due now and not claimed, the longest waiting first. */
	List<UUID> due(Instant now, int limit) {
		return jdbc
			.sql("select id from notification_outbox where " + DUE + " order by next_attempt_at, id limit :limit")
			.param("now", utc(now))
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	/**
	 * Claims a row until {@code leaseEnd} and counts the attempt, if it is still due and
	 * unclaimed: by one update of its own (see the class comment), so call this outside a
	 * transaction.
	 * @return the row, opened for sending; empty if another deliverer has it
	 */
	Optional<Claimed> claim(UUID id, UUID token, Instant now, Instant leaseEnd) {
		int claimed;
		try {
			claimed = jdbc
				.sql("update notification_outbox set claim_token = :token, claimed_until = :leaseEnd,"
						+ " attempts = attempts + 1 where id = :id and " + DUE)
				.param("token", token)
				.param("leaseEnd", utc(leaseEnd))
				.param("id", id)
				.param("now", utc(now))
				.update();
		}
		catch (DataAccessException ex) {
			// A database that reports the concurrent claim as a conflict instead of
			// changing nothing: the other
			// deliverer has the row.
			return Optional.empty();
		}
		if (claimed == 0) {
			return Optional.empty();
		}
		return jdbc
			.sql("select id, channel, address, subject, body, attempts from notification_outbox"
					+ " where id = :id and claim_token = :token")
			.param("id", id)
			.param("token", token)
			.query(this::claimed)
			.optional();
	}

	void sent(UUID id, UUID token, Instant now) {
		jdbc.sql("""
				update notification_outbox set status = 'SENT', sent_at = :now, next_attempt_at = null,
				    claim_token = null, claimed_until = null, last_error = null
				where id = :id and claim_token = :token""")
			.param("now", utc(now))
			.param("id", id)
			.param("token", token)
			.update();
	}

	/**
	 * Records a failed attempt: due again at {@code nextAttemptAt}, or FAILED if that is
	 * null.
	 */
	void failed(UUID id, UUID token, String error, Instant nextAttemptAt) {
		String shortened = error == null ? "?"
				: error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH - 1) + "…" : error;
		jdbc.sql("""
				update notification_outbox set status = :status, next_attempt_at = :nextAttemptAt, last_error = :error,
				    claim_token = null, claimed_until = null
				where id = :id and claim_token = :token""")
			.param("status", (nextAttemptAt == null ? DeliveryStatus.FAILED : DeliveryStatus.PENDING).name())
			.param("nextAttemptAt", utc(nextAttemptAt))
			.param("error", shortened)
			.param("id", id)
			.param("token", token)
			.update();
	}

	/** Makes a pending or failed delivery due now; false if there is none of that id. */
	boolean retry(UUID id, Instant now) {
		return jdbc.sql("""
				update notification_outbox set status = 'PENDING', next_attempt_at = :now
				where id = :id and status in ('PENDING', 'FAILED') and channel <> 'IN_APP'""")
			.param("now", utc(now))
			.param("id", id)
			.update() == 1;
	}

	Optional<DeliveryStatus> status(UUID id) {
		return jdbc.sql("select status from notification_outbox where id = :id and channel <> 'IN_APP'")
			.param("id", id)
			.query((row, n) -> DeliveryStatus.valueOf(row.getString(1)))
			.optional();
	}

	/**
	 * The pending and failed deliveries: those given up first, as they wait for the
	 * administrator, then the next to be tried.
	 */
	List<Delivery> unsent(int limit) {
		return jdbc.sql("""
				select id, channel, address_masked, kind, status, attempts, next_attempt_at, last_error, created_at
				from notification_outbox where status in ('PENDING', 'FAILED')
				order by case when status = 'FAILED' then 0 else 1 end, next_attempt_at, created_at desc, id
				limit :limit""")
			.param("limit", limit)
			.query((row, n) -> new Delivery(row.getObject("id", UUID.class),
					OutboxChannel.valueOf(row.getString("channel")), row.getString("address_masked"),
					row.getString("kind"), DeliveryStatus.valueOf(row.getString("status")), row.getInt("attempts"),
					instant(row, "next_attempt_at"), row.getString("last_error"), instant(row, "created_at")))
			.list();
	}

	long countUnsent() {
		return jdbc.sql("select count(*) from notification_outbox where status in ('PENDING', 'FAILED')")
			.query(Long.class)
			.single();
	}

	/** An account's in-app messages, newest first. */
	List<InAppMessage> inApp(UUID accountId, int limit) {
		return jdbc.sql("""
				select id, kind, body, link, created_at, read_at from notification_outbox
				where account_id = :accountId and channel = 'IN_APP'
				order by created_at desc, id limit :limit""")
			.param("accountId", accountId)
			.param("limit", limit)
			.query((row, n) -> new InAppMessage(row.getObject("id", UUID.class), row.getString("kind"),
					cipher.decrypt(row.getString("body")), row.getString("link"), instant(row, "created_at"),
					row.getObject("read_at") != null))
			.list();
	}

	void markRead(UUID accountId, Instant now) {
		jdbc.sql("update notification_outbox set read_at = :now"
				+ " where account_id = :accountId and channel = 'IN_APP' and read_at is null")
			.param("now", utc(now))
			.param("accountId", accountId)
			.update();
	}

	private Claimed claimed(ResultSet row, int rowNum) throws SQLException {
		return new Claimed(row.getObject("id", UUID.class), OutboxChannel.valueOf(row.getString("channel")),
				open(row.getString("address")), open(row.getString("subject")), open(row.getString("body")),
				row.getInt("attempts"));
	}

	private String seal(String text) {
		return text == null ? null : cipher.encrypt(text);
	}

	private String open(String sealed) {
		return sealed == null ? null : cipher.decrypt(sealed);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

}
