package org.tongban.identity.login;

import org.tongban.identity.accounts.StaffAccount;

/**
 * A second factor for staff (R1.3): a TOTP code (RFC 6238), or a code sent by SMS as the fallback. This is the
 * extension point of log-in: implementations are beans, and as soon as one exists every staff log-in needs it.
 * <ul>
 * <li>A correct password then yields {@link LoginResult.SecondFactorRequired} instead of a log-in. A page log-in keeps
 * that state in the session as a {@link SecondFactorPending} authentication, which has the authority
 * {@link SecondFactorPending#AUTHORITY} and no role, so it opens nothing but the second-factor step
 * ({@code /login/second-factor}, public in the page rules) and log-out. The API answers 401 asking for the second
 * factor ({@code identity.login.secondFactorRequired}) and issues no token.</li>
 * <li>The second step calls {@link #verify} on the verifiers and, when one accepts, logs the staff member in with
 * {@code SessionLogin.logIn} (pages) or issues a token (API).</li>
 * </ul>
 * Until a verifier is configured, staff log in with their password alone, and the platform says so at start-up.
 */
public interface SecondFactorVerifier {

	/**
	 * Whether the code proves the second factor of this member of staff. An implementation refuses a code used before
	 * (replay) and counts its own failures.
	 *
	 * @param code what the staff member typed, as typed
	 */
	boolean verify(StaffAccount staff, String code);

}
