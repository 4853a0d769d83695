package org.tongban.exchange;

/**
 * The answer of a registry to a real-name verification (R1.2): either the registered
 * summary of the person or legal person, or the reason it was refused. A refusal never
 * carries registry data: the caller learns that a name does not match, never what the
 * registered name is.
 *
 * @param <T> the summary, {@link PersonSummary} or {@link LegalPersonSummary}
 * @param registry the registry that answered
 * @param subject the registered summary when verified, otherwise {@code null}
 * @param refusal why the registry refused, or {@code null} when verified
 */
public record Verification<T>(Registry registry, T subject, Refusal refusal) {

	public Verification {
		if (registry == null || (subject == null) == (refusal == null)) {
			throw new IllegalArgumentException("A verification names its registry and is either verified or refused");
		}
	}

	static <T> Verification<T> verified(Registry registry, T subject) {
		return new Verification<>(registry, subject, null);
	}

	static <T> Verification<T> refused(Registry registry, Refusal refusal) {
		return new Verification<>(registry, null, refusal);
	}

	public boolean isVerified() {
		return refusal == null;
	}

	/**
	 * The message of the exchange bundle that tells the applicant why, e.g.
	 * {@code exchange.refusal.population.nameMismatch}; {@code null} when verified.
	 */
	public String messageCode() {
		return refusal == null ? null : "exchange.refusal." + registry.key() + "." + refusal.key();
	}

}
