package org.tongban.identity.accounts;

import static org.tongban.shared.persistence.DatabaseTime.column;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.identity.AccountKind;

/**
 * The log-in state of accounts in {@code identity_account}: kind, password hash, whether
 * disabled. Failed log-ins are counted per client address by {@code login.FailedLogIns}
 * (R1.4).
 */
@Repository
public class Credentials {

	private final JdbcClient jdbc;

	Credentials(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void create(UUID id, AccountKind kind, String passwordHash, Instant now) {
		jdbc.sql("insert into identity_account (id, kind, password_hash, created_at) values (:id, :kind, :hash, :now)")
			.param("id", id)
			.param("kind", kind.name())
			.param("hash", passwordHash)
			.param("now", column(now))
			.update();
	}

	public Optional<LoginState> find(UUID id) {
		return jdbc.sql("select id, kind, password_hash, disabled_at from identity_account where id = :id")
			.param("id", id)
			.query((rs, row) -> new LoginState(rs.getObject("id", UUID.class),
					AccountKind.valueOf(rs.getString("kind")), rs.getString("password_hash"),
					rs.getObject("disabled_at") != null))
			.optional();
	}

	/**
	 * Ends every wait that failed log-ins of the account have earned, as a new password
	 * does.
	 */
	public void forgetFailures(UUID id) {
		jdbc.sql("delete from identity_login_failure where account_id = :id").param("id", id).update();
	}

	public void changePasswordHash(UUID id, String passwordHash) {
		jdbc.sql("update identity_account set password_hash = :hash where id = :id")
			.param("hash", passwordHash)
			.param("id", id)
			.update();
	}

	/**
	 * @param disabledAt when the account was disabled, or null to enable it again
	 */
	public void changeDisabled(UUID id, Instant disabledAt) {
		jdbc.sql("update identity_account set disabled_at = :at where id = :id")
			.param("at", disabledAt == null ? null : column(disabledAt))
			.param("id", id)
			.update();
	}

}
