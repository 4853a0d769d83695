package org.tongban.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The platform clock for tests that let time pass: the real time plus an offset, so that it agrees with what runs on
 * the system clock (Spring Session's idle timeout) until a test moves it on.
 */
public final class MutableClock extends Clock {

	private final ZoneId zone;

	private volatile Duration offset = Duration.ZERO;

	MutableClock(ZoneId zone) {
		this.zone = zone;
	}

	public void advance(Duration duration) {
		offset = offset.plus(duration);
	}

	public void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset);
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The platform clock keeps the city's time zone");
	}

}
