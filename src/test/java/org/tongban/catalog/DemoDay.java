package org.tongban.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Fixes the platform's "today" at the date the demo catalogue was written for, so that its superseded, in-force and
 * scheduled versions stay what the tests expect whatever the real date.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DemoDay {

	public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	@Bean
	@Primary
	Clock demoDayClock() {
		ZoneId city = ZoneId.of("Asia/Shanghai");
		return Clock.fixed(TODAY.atTime(10, 0).atZone(city).toInstant(), city);
	}

}
