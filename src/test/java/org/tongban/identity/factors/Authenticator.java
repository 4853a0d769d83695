package org.tongban.identity.factors;

import java.time.Clock;

/**
 * A staff member's authenticator app in a test: the codes of a TOTP secret at the clock's
 * now (RFC 6238).
 */
public record Authenticator(TotpSecret secret, Clock clock) {

	public static Authenticator of(String base32, Clock clock) {
		return new Authenticator(TotpSecret.fromBase32(base32), clock);
	}

	public static Authenticator random(Clock clock) {
		return new Authenticator(TotpSecret.generate(), clock);
	}

	/** The code the app shows now. */
	public String code() {
		return TotpVerifier.code(secret.key(), new TotpVerifier(clock).currentStep(), TotpVerifier.DIGITS);
	}

}
