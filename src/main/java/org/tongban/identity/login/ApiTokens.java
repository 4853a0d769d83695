package org.tongban.identity.login;

import static org.tongban.shared.persistence.DatabaseTime.column;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.identity.LogInMethod;

/**
 * Bearer tokens of the API: 256 random bits, opaque, of which the database keeps only the
 * SHA-256, with an expiry and a revocation, so that log-out and log-out everywhere end a
 * token on every node at once. A token carries no roles: each request reads the account's
 * roles afresh.
 */
@Service
@Transactional
public class ApiTokens {

	private static final int TOKEN_BYTES = 32;

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final LoginProperties properties;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, LoginProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A token for the account, which keeps how its holder logged in.
	 * @param method as the log-in recorded it; null for none
	 */
	public IssuedToken issue(UUID accountId, LogInMethod method) {
		byte[] secret = new byte[TOKEN_BYTES];
		random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = clock.instant();
		Instant expiresAt = now.plus(properties.tokenLifetime());
		// The account's expired tokens go as a new one comes, so that the table holds
		// only live ones.
		jdbc.sql("delete from identity_api_token where account_id = :account and expires_at <= :now")
			.param("account", accountId)
			.param("now", column(now))
			.update();
		jdbc.sql("insert into identity_api_token (token_hash, account_id, login_method, issued_at, expires_at)"
				+ " values (:hash, :account, :method, :now, :expires)")
			.param("hash", hash(token))
			.param("account", accountId)
			.param("method", method == null ? null : method.name())
			.param("now", column(now))
			.param("expires", column(expiresAt))
			.update();
		return new IssuedToken(token, expiresAt);
	}

	/**
	 * The account of a token that is neither expired nor revoked, and how its holder
	 * logged in.
	 */
	@Transactional(readOnly = true)
	public Optional<Holder> holderOf(String token) {
		return jdbc
			.sql("select account_id, login_method from identity_api_token"
					+ " where token_hash = :hash and revoked_at is null and expires_at > :now")
			.param("hash", hash(token))
			.param("now", column(clock.instant()))
			.query((row, i) -> new Holder(row.getObject("account_id", UUID.class),
					row.getString("login_method") == null ? null : LogInMethod.valueOf(row.getString("login_method"))))
			.optional();
	}

	public void revoke(String token) {
		jdbc.sql("update identity_api_token set revoked_at = :now where token_hash = :hash and revoked_at is null")
			.param("now", column(clock.instant()))
			.param("hash", hash(token))
			.update();
	}

	public void revokeAll(UUID accountId) {
		jdbc.sql("update identity_api_token set revoked_at = :now where account_id = :account and revoked_at is null")
			.param("now", column(clock.instant()))
			.param("account", accountId)
			.update();
	}

	/**
	 * Who holds a token.
	 *
	 * @param method how they logged in; null for a token issued before it was kept
	 */
	public record Holder(UUID accountId, LogInMethod method) {
	}

	private static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
