package org.tongban.identity.factors;

/**
 * A one-time code was refused. The user is told no more than "wrong code" (the reason
 * helps an attacker more than the user), while the log records the {@link #reason()}: a
 * run of {@link Reason#REPLAYED} codes is worth a look. The message never contains the
 * code.
 */
public class TotpRefusedException extends RuntimeException {

	/** Why a code was refused. */
	public enum Reason {

		/** Not six digits. */
		MALFORMED,

		/** Not the code of the current time step, nor of the one before or after. */
		WRONG_CODE,

		/**
		 * The code of a time step that has already served a log-in of this account (RFC
		 * 6238 §5.2).
		 */
		REPLAYED

	}

	private final Reason reason;

	TotpRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
