package org.tongban.identity.login;

import org.tongban.identity.Actor;
import org.tongban.identity.accounts.StaffAccount;

/** What a correct password leads to: a log-in, or for staff the second factor (see {@link SecondFactorVerifier}). */
public sealed interface LoginResult {

	record LoggedIn(Actor actor) implements LoginResult {
	}

	record SecondFactorRequired(StaffAccount staff) implements LoginResult {
	}

}
