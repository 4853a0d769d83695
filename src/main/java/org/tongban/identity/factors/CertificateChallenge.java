package org.tongban.identity.factors;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a user signs to log in with a certificate (R1.3): a random nonce of 256 bits that
 * the platform issued and will accept once, within two minutes. The holder of a
 * certificate proves the possession of its private key by signing the {@link #text()},
 * {@code tongban-login:v1:<nonce>}, whose prefix keeps the signature from being mistaken
 * for a signature of anything else, and which a tester can save to a file and sign by
 * hand.
 *
 * @param nonce 32 random bytes, Base64url without padding (43 characters), which names
 * the challenge in its {@link CertificateChallengeStore store}
 * @param issuedAt when the platform issued it
 * @param expiresAt two minutes later, after which it is refused
 */
public record CertificateChallenge(String nonce, Instant issuedAt, Instant expiresAt) {

	/**
	 * How long a challenge may be signed and sent back: time for a UKey's PIN, not for a
	 * relay.
	 */
	public static final Duration LIFETIME = Duration.ofMinutes(2);

	/** 256 bits. */
	static final int NONCE_LENGTH = 32;

	private static final String PREFIX = "tongban-login:v1:";

	/**
	 * The form of a nonce, checked before a nonce from a request reaches a store or a
	 * log.
	 */
	static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	public CertificateChallenge {
		if (nonce == null || !NONCE.matcher(nonce).matches()) {
			throw new IllegalArgumentException("A challenge nonce is 43 Base64url characters");
		}
		Objects.requireNonNull(issuedAt, "issuedAt");
		Objects.requireNonNull(expiresAt, "expiresAt");
	}

	/** A new challenge, issued at the clock's now. */
	static CertificateChallenge issue(Clock clock) {
		byte[] nonce = new byte[NONCE_LENGTH];
		RANDOM.nextBytes(nonce);
		Instant now = clock.instant();
		return new CertificateChallenge(Base64.getUrlEncoder().withoutPadding().encodeToString(nonce), now,
				now.plus(LIFETIME));
	}

	/**
	 * What the user signs, as shown on the log-in page: {@code tongban-login:v1:<nonce>},
	 * ASCII, no line break.
	 */
	public String text() {
		return PREFIX + nonce;
	}

	/** The signed bytes: the {@link #text()} in UTF-8 (which is ASCII). */
	public byte[] bytes() {
		return text().getBytes(StandardCharsets.UTF_8);
	}

	/** Expired from its expiry instant on. */
	public boolean isExpiredAt(Instant now) {
		return !now.isBefore(expiresAt);
	}

}
