package org.tongban.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;

/**
 * A limit of so many requests a minute for each key, such as a client address (R12.4):
 * all of a key's allowance is given back at the end of its minute, so that the limit is
 * exact whatever the pace of the requests.
 * <p>
 * The buckets are in memory, so with n nodes a key may make up to n times the limit. That
 * is enough to slow down guessing and flooding; what must hold across nodes (an account's
 * lock-out, the SMS codes sent) is counted in the database instead. At most
 * {@value #MAX_KEYS} keys are remembered, the least recently seen forgotten first, so
 * that a flood of addresses cannot exhaust memory.
 */
public final class RateLimit {

	public static final int MAX_KEYS = 100_000;

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_KEYS;
		}

	});

	private final int perMinute;

	private final TimeMeter time;

	/**
	 * @param clock the platform clock, so that tests can let a minute pass
	 */
	public RateLimit(int perMinute, Clock clock) {
		if (perMinute < 1) {
			throw new IllegalArgumentException("A rate limit allows at least one request a minute: " + perMinute);
		}
		this.perMinute = perMinute;
		this.time = new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				return clock.millis() * 1_000_000;
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
	}

	/**
	 * Takes one request from the key's allowance.
	 * @return empty if the request may go on, otherwise how long until the key may make
	 * one more
	 */
	public Optional<Duration> take(String key) {
		ConsumptionProbe probe = buckets.computeIfAbsent(key, any -> newBucket()).tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed() && probe.getNanosToWaitForRefill() > MINUTE.toNanos()) {
			// Only a clock set back makes a wait longer than the minute: the key starts
			// afresh rather than wait for the time it had reached.
			Bucket afresh = newBucket();
			buckets.put(key, afresh);
			probe = afresh.tryConsumeAndReturnRemaining(1);
		}
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
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

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(perMinute).refillIntervally(perMinute, MINUTE))
			.withCustomTimePrecision(time)
			.build();
	}

}
