package org.tongban.approval.publicity;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The publicity of decisions (R6.1, R15.9): <pre>
 * tongban.publicity.period=P3Y      how long a decision is listed, from the day it was made
 * tongban.publicity.scan-every=10m  how often each node looks for grants whose publication failed
 * </pre> Three years by default: the publicity period the national credit rules set for
 * administrative licensing decisions (行政许可信息公示期限), long enough for anyone dealing with
 * the holder; a city with a rule of its own configures it.
 */
@ConfigurationProperties(prefix = "tongban.publicity")
record PublicityProperties(@DefaultValue("P3Y") Period period, @DefaultValue("10m") Duration scanEvery) {

	PublicityProperties {
		if (period.isNegative() || period.isZero()) {
			throw new IllegalStateException("tongban.publicity.period must be positive");
		}
	}

}
