package org.tongban.identity.login;

import org.tongban.identity.Actor;

/**
 * What a password leads to: a log-in, or for a staff account name the second factor,
 * whether or not the password was right (see {@link SecondFactorVerifier}).
 */
public sealed interface LoginResult {

	record LoggedIn(Actor actor) implements LoginResult {
	}

	record SecondFactorRequired(PendingLogIn pending) implements LoginResult {
	}

}
