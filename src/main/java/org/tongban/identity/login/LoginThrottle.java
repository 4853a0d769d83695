package org.tongban.identity.login;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.springframework.stereotype.Component;

/**
 * Limits log-in attempts per client address (R12.4): {@code attemptsPerMinute} for each address, all given back at
 * the end of the minute, so that the limit is exact whatever the pace of the attempts.
 * <p>
 * The buckets are in memory, so with n nodes an address may make up to n times the limit. That is enough here: the
 * limit only slows down guessing across many accounts, while the lock-out per account, which stops guessing the
 * password of one account, is in the database and holds across nodes. A shared bucket store would put a database
 * write in front of every attempt, or need a cache server the platform does not otherwise run. At most
 * {@value #MAX_ADDRESSES} addresses are remembered, the least recently seen forgotten first, so that a flood of
 * addresses cannot exhaust memory.
 */
@Component
class LoginThrottle {

	static final int MAX_ADDRESSES = 100_000;

	private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_ADDRESSES;
		}

	});

	private final int attemptsPerMinute;

	private final TimeMeter time;

	LoginThrottle(LoginProperties properties, Clock clock) {
		this.attemptsPerMinute = properties.attemptsPerMinute();
		// The platform clock, so that tests can let a minute pass.
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

	/** @throws TooManyAttemptsException when the address has used up its attempts */
	void attempt(String clientAddress) {
		ConsumptionProbe probe = buckets.computeIfAbsent(clientAddress, address -> newBucket())
			.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new TooManyAttemptsException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(attemptsPerMinute)
				.refillIntervally(attemptsPerMinute, Duration.ofMinutes(1)))
			.withCustomTimePrecision(time)
			.build();
	}

}
