package org.tongban.identity.login;

import java.time.Duration;
import java.util.Map;

import org.tongban.shared.RefusedException;

/** A client address has made too many log-in attempts (R12.4); it may try again after {@link #retryAfterSeconds()}. */
public class TooManyAttemptsException extends RefusedException {

	private final long retryAfterSeconds;

	TooManyAttemptsException(Duration retryAfter) {
		super(429, "identity.login.tooManyAttempts", Map.of("Retry-After", String.valueOf(seconds(retryAfter))),
				seconds(retryAfter));
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
