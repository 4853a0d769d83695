package org.tongban.identity.login;

import java.time.Duration;
import java.util.Map;

import org.tongban.shared.RefusedException;

/**
 * A client address has made too many log-in attempts, or a number or address asked for too many SMS codes or
 * registrations (R12.4); it may try again after {@link #retryAfterSeconds()}.
 */
public class TooManyAttemptsException extends RefusedException {

	private final long retryAfterSeconds;

	TooManyAttemptsException(Duration retryAfter) {
		this("identity.login.tooManyAttempts", retryAfter);
	}

	/** @param messageCode a message with the seconds to wait as {@code {0}} */
	TooManyAttemptsException(String messageCode, Duration retryAfter) {
		super(429, messageCode, Map.of("Retry-After", String.valueOf(seconds(retryAfter))), seconds(retryAfter));
		this.retryAfterSeconds = seconds(retryAfter);
	}

	/** Whole seconds, rounded up, at least one. */
	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}

	private static long seconds(Duration wait) {
		return Math.max(1, wait.plusMillis(999).toSeconds());
	}

}
