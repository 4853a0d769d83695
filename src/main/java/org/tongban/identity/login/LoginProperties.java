package org.tongban.identity.login;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits of log-in (R1.4, R12.4), under {@code tongban.identity.*}.
 *
 * @param maxFailedLogins consecutive failures that lock an account
 * @param lockout how long a lock lasts
 * @param attemptsPerMinute log-in attempts one client address may make in a minute, on one node
 * @param absoluteSessionTimeout how long a log-in lasts however busy the session, after which one logs in again
 * @param tokenLifetime how long an API token is valid
 */
@ConfigurationProperties("tongban.identity")
public record LoginProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout,
		@DefaultValue("20") int attemptsPerMinute, @DefaultValue("8h") Duration absoluteSessionTimeout,
		@DefaultValue("8h") Duration tokenLifetime) {
}
