package org.tongban.identity.accounts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.identity.AccountKind;

/**
 * The log-in state of accounts in {@code identity_account}. Failures are counted and locks set by single UPDATE
 * statements, so that two nodes answering attempts on the same account at once neither lose a failure nor
 * lock twice (R1.4).
 */
@Repository
public class Credentials {

	private final JdbcClient jdbc;

	Credentials(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void create(UUID id, AccountKind kind, String passwordHash, Instant now) {
		jdbc.sql("insert into identity_account (id, kind, password_hash, failed_logins, created_at)"
				+ " values (:id, :kind, :hash, 0, :now)")
			.param("id", id)
			.param("kind", kind.name())
			.param("hash", passwordHash)
			.param("now", timestamp(now))
			.update();
	}

	public Optional<LoginState> find(UUID id) {
		return jdbc.sql("select id, kind, password_hash, failed_logins, locked_until, disabled_at from identity_account"
				+ " where id = :id")
			.param("id", id)
			.query((rs, row) -> new LoginState(rs.getObject("id", UUID.class),
					AccountKind.valueOf(rs.getString("kind")), rs.getString("password_hash"),
					rs.getInt("failed_logins"), instant(rs.getObject("locked_until", OffsetDateTime.class)),
					rs.getObject("disabled_at") != null))
			.optional();
	}

	/** Counts a failure; the one that reaches {@code maxFailures} locks the account until {@code lockedUntil}. */
	public void recordFailure(UUID id, int maxFailures, Instant lockedUntil) {
		jdbc.sql("update identity_account set"
				+ " locked_until = case when failed_logins + 1 >= :max then :until else locked_until end,"
				+ " failed_logins = case when failed_logins + 1 >= :max then 0 else failed_logins + 1 end"
				+ " where id = :id")
			.param("max", maxFailures)
			.param("until", timestamp(lockedUntil))
			.param("id", id)
			.update();
	}

	public void recordSuccess(UUID id) {
		jdbc.sql("update identity_account set failed_logins = 0, locked_until = null where id = :id")
			.param("id", id)
			.update();
	}

	public void changePasswordHash(UUID id, String passwordHash) {
		jdbc.sql("update identity_account set password_hash = :hash where id = :id")
			.param("hash", passwordHash)
			.param("id", id)
			.update();
	}

	/** @param disabledAt when the account was disabled, or null to enable it again */
	public void changeDisabled(UUID id, Instant disabledAt) {
		jdbc.sql("update identity_account set disabled_at = :at where id = :id")
			.param("at", disabledAt == null ? null : timestamp(disabledAt))
			.param("id", id)
			.update();
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(OffsetDateTime timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
