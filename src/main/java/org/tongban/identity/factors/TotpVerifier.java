package org.tongban.identity.factors;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.tongban.identity.factors.TotpRefusedException.Reason;

/**
 * Checks the six-digit codes of an authenticator app, the second factor of staff (R1.3),
 * as RFC 6238 defines them with the parameters every app supports: HMAC-SHA1, 30-second
 * time steps from the Unix epoch, six digits.
 * <p>
 * A code is accepted for the current time step and for the one before and after it (RFC
 * 6238 §5.2), so that a phone whose clock is some seconds off, or a user who types
 * slowly, still gets in. Each accepted code returns its time step, which the caller
 * stores with the account; a later code is accepted only for a later step, so that a code
 * seen over a shoulder or caught by a phishing page cannot be used a second time.
 * <p>
 * A guess succeeds with a probability of 3 in 10<sup>6</sup>: the caller must limit the
 * attempts per account, as for passwords (R1.4). Thread-safe.
 */
public final class TotpVerifier {

	/** The digits of a code. */
	public static final int DIGITS = 6;

	/** The length of a time step, in seconds. */
	public static final int STEP_SECONDS = 30;

	/** The accepted time steps either side of the current one. */
	static final int WINDOW = 1;

	private static final int[] POWERS_OF_TEN = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
			100_000_000 };

	private final Clock clock;

	public TotpVerifier(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/**
	 * Checks the first code of an authenticator, which confirms its enrolment: the user
	 * has scanned the QR code and the app computes the codes that the platform expects.
	 * @param code the code as typed: surrounding white space and spaces between the
	 * digits are ignored
	 * @return the time step of the code, to be stored as the account's last used step
	 * @throws TotpRefusedException if the code is malformed or wrong
	 */
	public long verify(TotpSecret secret, String code) {
		return verify(secret, code, -1);
	}

	/**
	 * Checks a code at log-in.
	 * @param code the code as typed: surrounding white space and spaces between the
	 * digits are ignored
	 * @param lastUsedStep the time step that this method returned at the account's last
	 * log-in (or enrolment)
	 * @return the time step of the code, to be stored as the account's last used step
	 * @throws TotpRefusedException if the code is malformed, wrong, or of a step that is
	 * not after the last used
	 */
	public long verify(TotpSecret secret, String code, long lastUsedStep) {
		Objects.requireNonNull(secret, "secret");
		String digits = code == null ? "" : code.strip().replace(" ", "");
		if (digits.length() != DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new TotpRefusedException(Reason.MALFORMED, "A TOTP code must have " + DIGITS + " digits");
		}
		byte[] typed = digits.getBytes(StandardCharsets.US_ASCII);
		byte[] key = secret.key();
		long current = currentStep();
		long accepted = -1;
		boolean replayed = false;
		// Every step of the window is computed and compared in constant time, matching or
		// not, so that the time
		// taken does not tell which step a guess came close to.
		for (long step = current - WINDOW; step <= current + WINDOW; step++) {
			boolean matches = MessageDigest.isEqual(typed, code(key, step, DIGITS).getBytes(StandardCharsets.US_ASCII));
			if (matches && step > lastUsedStep && accepted < 0) {
				accepted = step;
			}
			replayed |= matches && step <= lastUsedStep;
		}
		if (accepted >= 0) {
			return accepted;
		}
		if (replayed) {
			throw new TotpRefusedException(Reason.REPLAYED,
					"The TOTP code is of a time step at or before the last used step " + lastUsedStep);
		}
		throw new TotpRefusedException(Reason.WRONG_CODE,
				"The TOTP code is not the code of time step " + current + " ± " + WINDOW);
	}

	/**
	 * The time step of the clock's now: the seconds since the Unix epoch divided by 30.
	 */
	public long currentStep() {
		return Math.floorDiv(clock.instant().getEpochSecond(), STEP_SECONDS);
	}

	/**
	 * The HOTP value of RFC 4226 §5.3 for a time step, with leading zeros; 6 to 8 digits.
	 */
	static String code(byte[] key, long step, int digits) {
		byte[] hash;
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key, "HmacSHA1"));
			hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA1 is not available", ex);
		}
		int offset = hash[hash.length - 1] & 0x0f;
		int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
				| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
		String value = Integer.toString(binary % POWERS_OF_TEN[digits]);
		return "0".repeat(digits - value.length()) + value;
	}

}
