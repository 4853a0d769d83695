package org.tongban.identity.login;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.tongban.shared.web.RateLimit;

/**
 * Limits log-in attempts per client address (R12.4): {@code attemptsPerMinute} for each
 * address, on each node, counting every step of every way of logging in (password, SMS
 * code, certificate challenge and log-in, second factor, the SMS of the second factor),
 * so that no step is left for unlimited guessing.
 * <p>
 * In memory ({@link RateLimit}): the limit only slows down guessing across many accounts,
 * while the waits per account and address ({@link FailedLogIns}), which stop guessing the
 * password or code of one account, are in the database and hold across nodes. A shared
 * bucket store would put a database write in front of every attempt, or need a cache
 * server the platform does not otherwise run.
 */
@Component
class LoginThrottle {

	private final RateLimit limit;

	LoginThrottle(LoginProperties properties, Clock clock) {
		this.limit = new RateLimit(properties.attemptsPerMinute(), clock);
	}

	/**
	 * @throws TooManyAttemptsException when the address has used up its attempts
	 */
	void attempt(String clientAddress) {
		limit.take(clientAddress).ifPresent(wait -> {
			throw new TooManyAttemptsException(wait);
		});
	}

}
