package org.tongban.identity.login;

import static org.tongban.shared.persistence.DatabaseTime.column;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.crypto.BlindIndex;

/**
 * Counts what the public may do only so often (R12.4): SMS codes sent to a number or
 * asked for by a client address, second-factor codes asked for an account name from an
 * address, registrations tried from an address. In the database, unlike the in-memory
 * {@link LoginThrottle}, because every SMS costs money and every registration reads a
 * base registry, so the limits must hold across nodes. A subject is kept as its keyed
 * hash (R12.1). Two nodes counting the same subject at the same instant may each let one
 * more through; a limit is there to stop floods, not the odd extra. Each count is
 * committed at once, so that an action that fails afterwards (a refused registration)
 * still counts.
 */
@Repository
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class ThrottleLog {

	/** How long an entry is kept: the longest window of any limit. */
	private static final Duration KEPT = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final BlindIndex index;

	private final Clock clock;

	ThrottleLog(JdbcClient jdbc, BlindIndex index, Clock clock) {
		this.jdbc = jdbc;
		this.index = index;
		this.clock = clock;
	}

	/**
	 * Counts one more action of the subject, unless that would break one of its limits.
	 * @param subject what the action is counted by, e.g. {@code sms-phone:13904110001}
	 * @param messageCode the message of the refusal, with the seconds to wait as
	 * {@code {0}}
	 * @throws TooManyAttemptsException when a limit has been reached, with the time until
	 * it allows one more
	 */
	public void count(String subject, String messageCode, Limit... limits) {
		String key = index.of(subject);
		Instant now = clock.instant();
		for (Limit limit : limits) {
			var window = jdbc
				.sql("select count(*) as actions, min(occurred_at) as oldest from identity_throttle_event"
						+ " where subject = :subject and occurred_at > :since")
				.param("subject", key)
				.param("since", column(now.minus(limit.window())))
				.query((rs, row) -> new Window(rs.getInt("actions"), rs.getObject("oldest", OffsetDateTime.class)))
				.single();
			if (window.actions() >= limit.max()) {
				throw new TooManyAttemptsException(messageCode,
						Duration.between(now, window.oldest().toInstant().plus(limit.window())));
			}
		}
		jdbc.sql("delete from identity_throttle_event where occurred_at < :before")
			.param("before", column(now.minus(KEPT)))
			.update();
		jdbc.sql("insert into identity_throttle_event (subject, occurred_at) values (:subject, :now)")
			.param("subject", key)
			.param("now", column(now))
			.update();
	}

	/** At most {@code max} actions in any {@code window}, of at most a day. */
	public record Limit(int max, Duration window) {

		public Limit {
			if (max < 1 || window.compareTo(KEPT) > 0) {
				throw new IllegalArgumentException("A limit allows at least one action in at most a day");
			}
		}

	}

	private record Window(int actions, OffsetDateTime oldest) {
	}

}
