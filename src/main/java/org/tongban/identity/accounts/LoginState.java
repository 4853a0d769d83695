package org.tongban.identity.accounts;

import java.time.Instant;
import java.util.UUID;

import org.tongban.identity.AccountKind;

/**
 * An account's password and its failed log-ins (R1.4), kept apart from the profile because every log-in attempt
 * changes it.
 *
 * @param passwordHash the password's hash with its algorithm, {@code {argon2}...}; null where there is no password
 * @param failedLogins the failed log-ins since the last success or lock
 * @param lockedUntil the end of a lock, or null
 */
public record LoginState(UUID id, AccountKind kind, String passwordHash, int failedLogins, Instant lockedUntil) {

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

}
