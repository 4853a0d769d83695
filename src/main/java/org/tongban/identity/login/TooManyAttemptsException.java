package org.tongban.identity.login;

import java.time.Duration;

import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.web.RateLimit;

/**
 * A client address has made too many log-in attempts, or a number or address asked for
 * too many SMS codes or registrations (R12.4); it may try again after
 * {@link #retryAfterSeconds()}.
 */
public class TooManyAttemptsException extends RefusedException {

	private final long retryAfterSeconds;

	TooManyAttemptsException(Duration retryAfter) {
		this("identity.login.tooManyAttempts", retryAfter);
	}

	/**
	 * @param messageCode a message with the seconds to wait as {@code {0}}
	 */
	TooManyAttemptsException(String messageCode, Duration retryAfter) {
		this(messageCode, RateLimit.retryAfterSeconds(retryAfter));
	}

	private TooManyAttemptsException(String messageCode, long retryAfterSeconds) {
		super(Refusal.TOO_MANY, Duration.ofSeconds(retryAfterSeconds), messageCode, retryAfterSeconds);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/** Whole seconds, rounded up, at least one. */
	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}

}
