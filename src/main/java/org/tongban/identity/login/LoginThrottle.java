package org.tongban.identity.login;

import org.springframework.stereotype.Component;
import org.tongban.shared.web.RateLimit;
import org.tongban.shared.web.RateLimits;

/**
 * Limits log-in attempts per client address (R12.4): {@code attemptsPerMinute} for each
 * address on the whole platform, counting every step of every way of logging in
 * (password, SMS code, certificate challenge and log-in, second factor, the SMS of the
 * second factor), so that no step is left for unlimited guessing.
 * <p>
 * It slows down guessing across many accounts; the waits per account and address
 * ({@link FailedLogIns}) stop guessing the password or code of one account.
 */
@Component
class LoginThrottle {

	private final RateLimit limit;

	LoginThrottle(LoginProperties properties, RateLimits limits) {
		this.limit = limits.perMinute("identity.login", properties.attemptsPerMinute());
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
