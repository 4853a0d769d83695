package org.tongban.notification.outbox;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox delivers (R6.2), under {@code tongban.notification}: <pre>
 * base-url=https://zwfw.example.gov.cn   the platform's address, for the links in e-mails
 * max-attempts=10                         attempts before a delivery is FAILED (the administrator may retry it)
 * first-retry=1m                          the wait after the first failure, doubled after each further one ...
 * max-retry=1h                            ... up to this
 * lease=5m                                how long the claim of a row holds while it is sent: longer than one
 *                                         attempt may take (the gateways' timeouts); a row claimed by a node
 *                                         that died is taken again after it
 * batch-size=20                           due rows looked up at once (each is then claimed and sent in turn)
 * poll-interval=30s                       how often each node looks for due rows (the safety net: rows are
 *                                         delivered right after the transaction that writes them commits)
 * </pre>
 */
@ConfigurationProperties(prefix = "tongban.notification")
public record NotificationProperties(@DefaultValue("http://localhost:8080") URI baseUrl,
		@DefaultValue("10") int maxAttempts, @DefaultValue("1m") Duration firstRetry,
		@DefaultValue("1h") Duration maxRetry, @DefaultValue("5m") Duration lease, @DefaultValue("20") int batchSize,
		@DefaultValue("30s") Duration pollInterval) {

	public NotificationProperties {
		if (maxAttempts < 1 || batchSize < 1) {
			throw new IllegalStateException("tongban.notification.max-attempts and batch-size must be at least 1");
		}
		if (firstRetry.isNegative() || firstRetry.isZero() || maxRetry.compareTo(firstRetry) < 0 || lease.isNegative()
				|| lease.isZero() || pollInterval.isNegative() || pollInterval.isZero()) {
			throw new IllegalStateException("tongban.notification: first-retry, lease and poll-interval must be "
					+ "positive and max-retry at least first-retry");
		}
	}

	/**
	 * The wait before the next attempt after {@code attempts} failed ones: 1, 2, 4 ...
	 * minutes, capped.
	 */
	Duration backOff(int attempts) {
		Duration wait = firstRetry;
		for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
	}

	/** The absolute address of a page given relative to the platform. */
	String link(String path) {
		String base = baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

}
