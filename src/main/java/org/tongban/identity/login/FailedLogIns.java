package org.tongban.identity.login;

import static org.tongban.shared.persistence.DatabaseTime.column;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.shared.crypto.BlindIndex;

/**
 * Failed log-ins and the delays they earn (R1.4, ASVS 6.3.1), in the database so that
 * every node counts them:
 * <ul>
 * <li>per account, factor and client address: {@code maxFailedLogins} failures in a row
 * make that address wait {@code lockout}, and every further failure doubles the wait, up
 * to {@code maxLockout}. Only the guessing address waits: the owner logs in from another
 * address as usual, so that nobody can lock anybody out;</li>
 * <li>per account and factor from all addresses together: from {@code accountFailures}
 * failures on, every further failure makes every address wait, a second at first,
 * doubling up to {@code maxAccountDelay}, so that guessing from many addresses is slowed
 * down too, while the owner waits at most that long.</li>
 * </ul>
 * The two factors are counted apart, so that a right password never clears the failures
 * of the second factor. An attempt during a wait is refused unchecked and not counted.
 * Not transactional: each statement commits at once, so that a failure counts although
 * the log-in ends in an exception, and the insert that loses a race with another node
 * simply counts again.
 */
@Repository
class FailedLogIns {

	/** The factor a failure is counted against. */
	enum Factor {

		/** A password, or an applicant's SMS code: the first (or only) factor. */
		PASSWORD,

		/** A staff member's one-time code. */
		SECOND_FACTOR

	}

	/** The client of the account-wide row. */
	private static final String EVERY_ADDRESS = "*";

	private static final Duration FIRST_ACCOUNT_DELAY = Duration.ofSeconds(1);

	private final JdbcClient jdbc;

	private final BlindIndex index;

	private final LoginProperties properties;

	private final Clock clock;

	FailedLogIns(JdbcClient jdbc, BlindIndex index, LoginProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.index = index;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Whether the address must still wait before it may try this factor of the account
	 * again.
	 */
	boolean waiting(UUID account, Factor factor, String clientAddress) {
		return jdbc
			.sql("select count(*) from identity_login_failure where account_id = :account and factor = :factor"
					+ " and client in (:client, :every) and blocked_until > :now")
			.param("account", account)
			.param("factor", factor.name())
			.param("client", client(clientAddress))
			.param("every", EVERY_ADDRESS)
			.param("now", column(clock.instant()))
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Counts a failure of the address, and of all addresses, and sets the waits it earns.
	 */
	void failed(UUID account, Factor factor, String clientAddress) {
		Instant now = clock.instant();
		int fromAddress = count(account, factor, client(clientAddress));
		if (fromAddress >= properties.maxFailedLogins()) {
			block(account, factor, client(clientAddress), now.plus(doubled(properties.lockout(),
					fromAddress - properties.maxFailedLogins(), properties.maxLockout())));
		}
		int fromAll = count(account, factor, EVERY_ADDRESS);
		if (fromAll >= properties.accountFailures()) {
			block(account, factor, EVERY_ADDRESS, now.plus(doubled(FIRST_ACCOUNT_DELAY,
					fromAll - properties.accountFailures(), properties.maxAccountDelay())));
		}
	}

	/**
	 * Clears the failures of the address and the account-wide ones: the factor was right.
	 */
	void succeeded(UUID account, Factor factor, String clientAddress) {
		jdbc.sql("delete from identity_login_failure where account_id = :account and factor = :factor"
				+ " and client in (:client, :every)")
			.param("account", account)
			.param("factor", factor.name())
			.param("client", client(clientAddress))
			.param("every", EVERY_ADDRESS)
			.update();
	}

	/** One more failure; answers the failures counted so far. */
	private int count(UUID account, Factor factor, String client) {
		while (jdbc
			.sql("update identity_login_failure set failures = failures + 1"
					+ " where account_id = :account and factor = :factor and client = :client")
			.param("account", account)
			.param("factor", factor.name())
			.param("client", client)
			.update() == 0) {
			try {
				jdbc.sql("insert into identity_login_failure (account_id, factor, client, failures)"
						+ " values (:account, :factor, :client, 1)")
					.param("account", account)
					.param("factor", factor.name())
					.param("client", client)
					.update();
				break;
			}
			catch (DuplicateKeyException ex) {
				// Another node counted the first failure a moment ago: count this one on
				// its row.
			}
		}
		return jdbc
			.sql("select failures from identity_login_failure"
					+ " where account_id = :account and factor = :factor and client = :client")
			.param("account", account)
			.param("factor", factor.name())
			.param("client", client)
			.query(Integer.class)
			.single();
	}

	/**
	 * Extends the wait to the instant, never shortens it (two nodes may count at once).
	 */
	private void block(UUID account, Factor factor, String client, Instant until) {
		jdbc.sql("update identity_login_failure set blocked_until = :until where account_id = :account"
				+ " and factor = :factor and client = :client and (blocked_until is null or blocked_until < :until)")
			.param("until", column(until))
			.param("account", account)
			.param("factor", factor.name())
			.param("client", client)
			.update();
	}

	private String client(String clientAddress) {
		return index.of("login-client:" + clientAddress);
	}

	/** {@code first} doubled {@code times} times, at most {@code max}. */
	static Duration doubled(Duration first, int times, Duration max) {
		Duration wait = first;
		for (int i = 0; i < times && wait.compareTo(max) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(max) < 0 ? wait : max;
	}

}
