package org.tongban.shared.web;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;

/**
 * A limit of so many requests a minute for each key, such as a client address (R12.4):
 * all of a key's allowance is given back at the end of its minute, so that the limit is
 * exact whatever the pace of the requests. Counted in the database all nodes share
 * ({@link RateLimits}, which makes the limits), so that the limit holds for the whole
 * platform, not for each node.
 */
public final class RateLimit {

	private final RateLimits store;

	private final String name;

	private final int perMinute;

	RateLimit(RateLimits store, String name, int perMinute) {
		this.store = store;
		this.name = name;
		this.perMinute = perMinute;
	}

	/**
	 * Takes one request from the key's allowance.
	 * @return empty if the request may go on, otherwise how long until the key may make
	 * one more
	 */
	public Optional<Duration> take(String key) {
		return store.take(name, key, perMinute);
	}

	/**
	 * This limit on the requests it counts, per client address (the request's remote
	 * address, which the server takes from {@code X-Forwarded-For} behind the proxy):
	 * over it, a {@link RefusedException} of {@link Refusal#TOO_MANY} with the wait and
	 * the message, whose argument is the wait in seconds.
	 */
	public HandlerInterceptor perClientAddress(String messageCode, Predicate<HttpServletRequest> counts) {
		return new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (counts.test(request)) {
					take(request.getRemoteAddr()).ifPresent(wait -> {
						long seconds = retryAfterSeconds(wait);
						throw new RefusedException(Refusal.TOO_MANY, Duration.ofSeconds(seconds), messageCode, seconds);
					});
				}
				return true;
			}

		};
	}

	/**
	 * A wait as the {@code Retry-After} header gives it: whole seconds, rounded up, at
	 * least one.
	 */
	public static long retryAfterSeconds(Duration wait) {
		return Math.max(1, wait.plusMillis(999).toSeconds());
	}

}
