package org.tongban.identity.login;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits of log-in (R1.4, R12.4), under {@code tongban.identity.*}; see
 * {@link FailedLogIns} for the waits.
 *
 * @param maxFailedLogins failures in a row from one client address after which that
 * address waits
 * @param lockout the first wait of an address, doubled by every further failure from it
 * @param maxLockout the longest wait of an address
 * @param accountFailures failures of an account from all addresses together after which
 * every address waits
 * @param maxAccountDelay the longest wait of every address, which the owner too may have
 * to sit out
 * @param attemptsPerMinute log-in attempts (every step of every way of logging in) one
 * client address may make in a minute, on one node
 * @param absoluteSessionTimeout how long a log-in lasts however busy the session, after
 * which one logs in again
 * @param tokenLifetime how long an API token is valid
 */
@ConfigurationProperties("tongban.identity")
public record LoginProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout,
		@DefaultValue("24h") Duration maxLockout, @DefaultValue("20") int accountFailures,
		@DefaultValue("1m") Duration maxAccountDelay, @DefaultValue("20") int attemptsPerMinute,
		@DefaultValue("8h") Duration absoluteSessionTimeout, @DefaultValue("8h") Duration tokenLifetime) {
}
