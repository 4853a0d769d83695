package org.tongban.identity.accounts;

import java.util.UUID;

import org.tongban.identity.AccountKind;

/**
 * An account's password and whether it may log in (R1.4), kept apart from the profile.
 *
 * @param passwordHash the password's hash with its algorithm, {@code {argon2}...}; null
 * where there is no password
 * @param disabled whether an administrator has disabled the account (R1.5): every way of
 * logging in refuses it
 */
public record LoginState(UUID id, AccountKind kind, String passwordHash, boolean disabled) {

}
