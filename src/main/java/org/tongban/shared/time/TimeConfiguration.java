package org.tongban.shared.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's clock, in the city's time zone whatever the server's: legal dates
 * (received on, clock starts on) are the city's calendar dates. Tests replace this bean
 * to travel in time.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock(@Value("${tongban.time-zone:Asia/Shanghai}") ZoneId zone) {
		return Clock.system(zone);
	}

}
