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
 * @param disabled whether an administrator has disabled the account (R1.5)
 */
public record LoginState(UUID id, AccountKind kind, String passwordHash, int failedLogins, Instant lockedUntil,
		boolean disabled) {

	/** A disabled account is locked for good, so that every way of logging in refuses it. */
	public boolean lockedAt(Instant now) {
		return disabled || lockedUntil != null && now.isBefore(lockedUntil);
	}

}
