package org.tongban.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The one clock of every test: it stands still at {@link #DEMO_DAY} 10:00 in D city until
 * a test sets or advances it, so that the suite gives the same result on whatever day it
 * runs. The demo day lies inside the loaded working-day calendar and is the day the demo
 * catalogue was written for (its superseded, in-force and scheduled versions).
 * <p>
 * Every Spring test context gets one as its primary {@link Clock}
 * ({@link TestClockCustomizerFactory}); tests that move it put it back with
 * {@link #reset()}. Plain unit tests make their own with {@link #atDemoDay()} or
 * {@link #at(Instant)}.
 */
public final class TestClock extends Clock {

	/** A Friday, a working day, in the calendar of 2026. */
	public static final LocalDate DEMO_DAY = LocalDate.of(2026, 11, 27);

	public static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	private final Instant start;

	private volatile Instant now;

	private TestClock(Instant start) {
		this.start = start;
		this.now = start;
	}

	/** A clock at the demo day, 10:00 in D city. */
	public static TestClock atDemoDay() {
		return at(DEMO_DAY.atTime(10, 0).atZone(CITY).toInstant());
	}

	/** A clock standing at the instant, to which {@link #reset()} returns. */
	public static TestClock at(Instant start) {
		return new TestClock(start);
	}

	/** Sets the clock to a moment of D city's local time. */
	public void set(LocalDateTime cityTime) {
		set(cityTime.atZone(CITY).toInstant());
	}

	public void set(Instant instant) {
		now = instant;
	}

	public void advance(Duration duration) {
		now = now.plus(duration);
	}

	/** Back to where the clock started. */
	public void reset() {
		now = start;
	}

	/** Today in D city, by this clock. */
	public LocalDate today() {
		return LocalDate.ofInstant(now, CITY);
	}

	@Override
	public Instant instant() {
		return now;
	}

	@Override
	public ZoneId getZone() {
		return CITY;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The platform clock keeps the city's time zone");
	}

}
