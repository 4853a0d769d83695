package org.tongban.shared.crypto;

/**
 * A sealed value could not be opened. Never says anything about the plaintext; names the
 * key id where it helps an operator (a key removed from the configuration too early).
 */
public class DecryptionException extends RuntimeException {

	/** Why a sealed value could not be opened. */
	public enum Reason {

		/** Not a sealed value of a format this platform writes. */
		MALFORMED,

		/** Sealed under a key that is no longer, or not yet, configured. */
		UNKNOWN_KEY,

		/** Changed since it was sealed: ciphertext, IV, tag, key id or algorithm. */
		TAMPERED

	}

	private final Reason reason;

	DecryptionException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
