package org.tongban.application;

/**
 * Where a pre-filled answer came from, shown beside it so that the applicant knows what
 * the government already holds (R3.2, R15.10).
 *
 * @param reference the earlier application's number for {@link Kind#EARLIER_APPLICATION},
 * otherwise null
 */
public record AnswerSource(Kind kind, String reference) {

	public enum Kind {

		/** The applicant's verified account (real-name verified at registration). */
		ACCOUNT,
		/** The population registry (人口库). */
		POPULATION_REGISTRY,
		/** The legal-person registry (法人库). */
		LEGAL_PERSON_REGISTRY,
		/** An earlier application of the same applicant. */
		EARLIER_APPLICATION

	}

	public static AnswerSource of(Kind kind) {
		return new AnswerSource(kind, null);
	}

}
