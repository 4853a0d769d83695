package org.tongban.identity.login;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.tongban.shared.web.RateLimit;

/**
 * Limits log-in attempts per client address (R12.4): {@code attemptsPerMinute} for each address, on each node.
 * <p>
 * In memory ({@link RateLimit}): the limit only slows down guessing across many accounts, while the lock-out per
 * account, which stops guessing the password of one account, is in the database and holds across nodes. A shared
 * bucket store would put a database write in front of every attempt, or need a cache server the platform does not
 * otherwise run.
 */
@Component
class LoginThrottle {

	private final RateLimit limit;

	LoginThrottle(LoginProperties properties, Clock clock) {
		this.limit = new RateLimit(properties.attemptsPerMinute(), clock);
	}

	/** @throws TooManyAttemptsException when the address has used up its attempts */
	void attempt(String clientAddress) {
		limit.take(clientAddress).ifPresent(wait -> {
			throw new TooManyAttemptsException(wait);
		});
	}

}
