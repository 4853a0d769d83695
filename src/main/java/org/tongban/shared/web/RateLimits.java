package org.tongban.shared.web;

import static org.tongban.shared.persistence.DatabaseTime.column;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.shared.persistence.DatabaseTime;

/**
 * The one store of every per-minute limit ({@link RateLimit}, R12.4): the minute of each
 * key in the database all nodes share, so that a client address makes its so many
 * requests a minute on the whole platform, however the balancer spreads them, not so many
 * on each node.
 * <p>
 * A key's minute starts with its first request and all its allowance comes back when the
 * minute has passed. One update of the key's row counts a request and checks the limit at
 * once: the row's lock makes two nodes counting the same key take turns, so that the
 * limit is exact. Each count is committed at once, on a connection of its own, so that a
 * request that fails afterwards (a refused log-in) still counts and no caller's
 * transaction holds the row. The minutes are read from the platform clock, which tests
 * move. The price is one short write for each limited request (a log-in step, a query, a
 * submission), never for the pages around them.
 */
@Component
public class RateLimits {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final String scope;

	/**
	 * @param scope nodes of the same scope share their limits: all nodes of one platform
	 * keep the default; tests give each context on the shared in-memory database a scope
	 * of its own
	 */
	public RateLimits(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
			@Value("${tongban.limits.scope:tongban}") String scope) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.scope = scope;
	}

	/**
	 * A limit of so many requests a minute for each key.
	 * @param name the limit's name, which no other limit of the platform has, such as
	 * {@code application.query}
	 */
	public RateLimit perMinute(String name, int perMinute) {
		if (perMinute < 1) {
			throw new IllegalArgumentException("A rate limit allows at least one request a minute: " + perMinute);
		}
		return new RateLimit(this, name, perMinute);
	}

	/**
	 * Counts one request of the key.
	 * @return empty if it is within the limit, otherwise how long until the key may make
	 * one more
	 */
	Optional<Duration> take(String name, String key, int perMinute) {
		Instant now = clock.instant();
		try {
			return ownTransaction.execute(status -> count(name, key, perMinute, now));
		}
		catch (DuplicateKeyException anotherNodeWasFirst) {
			// Both nodes found no row for the key and inserted one: the other's is there
			// now.
			return ownTransaction.execute(status -> count(name, key, perMinute, now));
		}
	}

	private Optional<Duration> count(String name, String key, int perMinute, Instant now) {
		// A minute that has passed starts afresh, and so does one that starts after now:
		// only a clock set back gives one, and a key must not wait longer than a minute.
		int counted = jdbc
			.sql("""
					update shared_rate_limit
					set used = case when window_start <= :ended or window_start > :now then 1 else used + 1 end,
						window_start = case when window_start <= :ended or window_start > :now then :now else window_start end
					where scope = :scope and limit_name = :name and limit_key = :key
						and (used < :max or window_start <= :ended or window_start > :now)""")
			.param("ended", column(now.minus(MINUTE)))
			.param("now", column(now))
			.param("scope", scope)
			.param("name", name)
			.param("key", key)
			.param("max", perMinute)
			.update();
		if (counted > 0) {
			return Optional.empty();
		}
		Optional<Instant> started = jdbc
			.sql("select window_start from shared_rate_limit"
					+ " where scope = :scope and limit_name = :name and limit_key = :key")
			.param("scope", scope)
			.param("name", name)
			.param("key", key)
			.query((row, number) -> DatabaseTime.instant(row, "window_start"))
			.optional();
		if (started.isPresent()) {
			return Optional.of(Duration.between(now, started.get().plus(MINUTE)));
		}
		jdbc.sql("insert into shared_rate_limit (scope, limit_name, limit_key, window_start, used)"
				+ " values (:scope, :name, :key, :now, 1)")
			.param("scope", scope)
			.param("name", name)
			.param("key", key)
			.param("now", column(now))
			.update();
		return Optional.empty();
	}

	/**
	 * Deletes the keys whose minute has passed, so that the table holds only the keys of
	 * the last minute. Each node deletes on its own schedule; a row another node has
	 * deleted, or started afresh since, is left alone.
	 * @return how many keys were deleted
	 */
	@Scheduled(fixedDelayString = "${tongban.limits.clean-every:10m}",
			initialDelayString = "${tongban.limits.clean-every:10m}")
	int forgetPassedMinutes() {
		return jdbc.sql("delete from shared_rate_limit where scope = :scope and window_start <= :ended")
			.param("scope", scope)
			.param("ended", column(clock.instant().minus(MINUTE)))
			.update();
	}

}
