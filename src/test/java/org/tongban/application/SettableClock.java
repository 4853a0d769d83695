package org.tongban.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.tongban.catalog.DemoDay;

/** The platform clock of the application tests: the demo day at 10:00 in D city, until a test sets another moment. */
public final class SettableClock extends Clock {

	static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	private volatile Instant now;

	SettableClock() {
		reset();
	}

	/** Sets the clock to a moment of D city's local time. */
	public void set(LocalDateTime cityTime) {
		now = cityTime.atZone(CITY).toInstant();
	}

	public void reset() {
		set(DemoDay.TODAY.atTime(10, 0));
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
