package org.tongban.identity.login;

import org.tongban.identity.accounts.StaffAccount;

/**
 * A second factor for staff (R1.3): a TOTP code (RFC 6238), or a code sent by SMS as the
 * fallback. This is the extension point of log-in: implementations are beans, and as soon
 * as one exists every staff log-in needs it.
 * <ul>
 * <li>A staff account name then yields {@link LoginResult.SecondFactorRequired} instead
 * of a log-in, with a {@link PendingLogIn} that alone knows whether the password was
 * right. A page log-in keeps it in the session as a {@link SecondFactorPending}
 * authentication, which has the authority {@link SecondFactorPending#AUTHORITY} and no
 * role, so it opens nothing but the second-factor step ({@code /login/second-factor},
 * public in the page rules) and log-out. The API takes the code as {@code otp} in the
 * same request, and answers a missing or wrong code with the 401 of a wrong
 * password.</li>
 * <li>The second step ({@link StaffSecondFactor#logIn}) checks the password's outcome,
 * counts the attempt and the failures, and calls {@link #verify}; when the code is
 * accepted, it logs the staff member in with {@code SessionLogin.logIn} (pages) or issues
 * a token (API).</li>
 * </ul>
 * Until a verifier is configured, staff log in with their password alone, and the
 * platform says so at start-up.
 */
public interface SecondFactorVerifier {

	/**
	 * Whether the code proves the second factor of this member of staff. An
	 * implementation refuses a code used before (replay); the caller counts failures.
	 * @param code what the staff member typed, as typed
	 */
	boolean verify(StaffAccount staff, String code);

}
