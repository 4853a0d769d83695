package org.tongban.identity.factors;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps issued challenges in memory: for a single node (the demo) and the tests. Behind a
 * load balancer without sticky sessions a challenge issued by one node would be unknown
 * to the next, so a cluster uses a shared store. Challenges are forgotten once expired,
 * swept at each save; the issuing of challenges is rate-limited by the caller like every
 * log-in step (R1.4), which bounds the memory. Thread-safe.
 */
public final class InMemoryCertificateChallengeStore implements CertificateChallengeStore {

	private final Map<String, Entry> challenges = new ConcurrentHashMap<>();

	private final Clock clock;

	public InMemoryCertificateChallengeStore(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	@Override
	public void save(CertificateChallenge challenge) {
		challenges.values().removeIf(entry -> entry.challenge().isExpiredAt(clock.instant()));
		challenges.put(challenge.nonce(), new Entry(challenge, new AtomicBoolean()));
	}

	@Override
	public Optional<Redemption> redeem(String nonce) {
		return Optional.ofNullable(challenges.get(nonce))
			.map(entry -> new Redemption(entry.challenge(), entry.used().compareAndSet(false, true)));
	}

	private record Entry(CertificateChallenge challenge, AtomicBoolean used) {
	}

}
