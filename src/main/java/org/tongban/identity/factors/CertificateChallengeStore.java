package org.tongban.identity.factors;

import java.util.Optional;

/**
 * Where the platform keeps the {@link CertificateChallenge challenges} it has issued, so
 * that each is accepted once: the log-in flow provides it (a database table for a
 * cluster, the HTTP session to bind a challenge to the browser that asked for it) and the
 * {@link CertificateLoginVerifier} saves and redeems through it.
 * {@link InMemoryCertificateChallengeStore} serves one node and the tests.
 */
public interface CertificateChallengeStore {

	/** Remembers a challenge just issued, unused. */
	void save(CertificateChallenge challenge);

	/**
	 * Marks the challenge of this nonce used and returns it, with whether it was unused
	 * until this call. Atomic: of two concurrent calls for the same nonce only one may
	 * see a first use. A used challenge must be kept at least until it expires, so that
	 * its second use is told apart from a nonce that was never issued; after that it may
	 * be forgotten.
	 * @return empty if no challenge of this nonce was issued (or it was forgotten after
	 * its expiry)
	 */
	Optional<Redemption> redeem(String nonce);

	/**
	 * A challenge taken back for its use.
	 *
	 * @param challenge as issued
	 * @param firstUse false if the challenge had been redeemed before
	 */
	record Redemption(CertificateChallenge challenge, boolean firstUse) {
	}

}
