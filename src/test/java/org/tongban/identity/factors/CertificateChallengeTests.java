package org.tongban.identity.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.tongban.identity.factors.CertificateChallengeStore.Redemption;

/**
 * A user logs in with a certificate by signing a random challenge of the platform (R1.3),
 * which is accepted once, even when two requests bring it back at the same moment, and
 * not kept beyond its two minutes.
 */
class CertificateChallengeTests {

	private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

	@Test
	void aChallengeIsRedeemedForTheFirstTimeOnceAndThenKnownAsUsed() {
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		InMemoryCertificateChallengeStore store = new InMemoryCertificateChallengeStore(clock);
		CertificateChallenge challenge = CertificateChallenge.issue(clock);
		store.save(challenge);

		assertThat(store.redeem(challenge.nonce())).contains(new Redemption(challenge, true));
		assertThat(store.redeem(challenge.nonce())).contains(new Redemption(challenge, false));
		assertThat(store.redeem(CertificateChallenge.issue(clock).nonce())).isEmpty();
	}

	@Test
	void ofConcurrentRedemptionsOnlyOneIsTheFirstUse() throws Exception {
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		InMemoryCertificateChallengeStore store = new InMemoryCertificateChallengeStore(clock);
		CertificateChallenge challenge = CertificateChallenge.issue(clock);
		store.save(challenge);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Boolean>> redemptions = new ArrayList<>();
			for (int i = 0; i < 64; i++) {
				redemptions.add(() -> store.redeem(challenge.nonce()).orElseThrow().firstUse());
			}
			List<Boolean> firstUses = new ArrayList<>();
			for (Future<Boolean> result : threads.invokeAll(redemptions)) {
				firstUses.add(result.get());
			}

			assertThat(firstUses).containsOnlyOnce(true);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void expiredChallengesAreForgottenWhenTheNextIsSaved() {
		CertificateChallenge old = CertificateChallenge.issue(Clock.fixed(NOW, ZoneOffset.UTC));
		Clock later = Clock.fixed(old.expiresAt(), ZoneOffset.UTC);
		InMemoryCertificateChallengeStore store = new InMemoryCertificateChallengeStore(later);
		store.save(old);

		store.save(CertificateChallenge.issue(later));

		assertThat(store.redeem(old.nonce())).isEmpty();
	}

	@Test
	void aChallengeHas256RandomBitsAndIsSignedAsOneLineOfAscii() {
		CertificateChallenge challenge = CertificateChallenge.issue(Clock.fixed(NOW, ZoneOffset.UTC));

		assertThat(Base64.getUrlDecoder().decode(challenge.nonce())).hasSize(32);
		assertThat(challenge.text()).isEqualTo("tongban-login:v1:" + challenge.nonce()).matches("[\\x21-\\x7e]+");
		assertThat(challenge.bytes()).isEqualTo(challenge.text().getBytes(StandardCharsets.US_ASCII));
		assertThat(challenge.issuedAt()).isEqualTo(NOW);
		assertThat(challenge.isExpiredAt(NOW.plusSeconds(119))).isFalse();
		assertThat(challenge.isExpiredAt(NOW.plusSeconds(120))).isTrue();
	}

}
