package org.tongban.supervision.warning;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When deadlines are warned of (R8.3): <pre>
 * tongban.supervision.warnings.case-yellow-days=2   a case clock due within so many working days is yellow
 * tongban.supervision.warnings.step-yellow-days=1   a step clock likewise
 * tongban.supervision.warnings.scan-every=10m       how often each node scans
 * </pre> The yellow days are the defaults of the matter versions that set none: a clock
 * keeps the days of its version from its start on.
 */
@ConfigurationProperties(prefix = "tongban.supervision.warnings")
public record WarningProperties(@DefaultValue("2") int caseYellowDays, @DefaultValue("1") int stepYellowDays,
		@DefaultValue("10m") Duration scanEvery) {

	public WarningProperties {
		if (caseYellowDays < 1 || stepYellowDays < 1) {
			throw new IllegalStateException("tongban.supervision.warnings.*-yellow-days must be at least 1");
		}
	}

}
