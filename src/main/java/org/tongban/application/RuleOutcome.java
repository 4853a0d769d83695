package org.tongban.application;

import java.time.Instant;

import org.tongban.catalog.DecisionRule;
import org.tongban.shared.LocalizedText;

/**
 * How one rule of a matter version came out for an application (R16.2): what it checked,
 * which source answered and when, the value it read (a personal value masked) and the
 * verdict.
 *
 * @param answeredAt when the source answered; null when it did not
 * @param shownValue the value read as it may be shown to the applicant and the reviewer:
 * public and the applicant's own answers as they are, personal particulars masked; null
 * when there was none
 */
public record RuleOutcome(String code, LocalizedText description, DecisionRule.Source source, String element,
		DecisionRule.Comparison comparison, java.util.List<String> values, Verdict verdict, String shownValue,
		Instant answeredAt, LocalizedText failure) {

	public RuleOutcome {
		values = values == null ? java.util.List.of() : java.util.List.copyOf(values);
	}

	/** How a rule came out. */
	public enum Verdict {

		/** The source answered and the rule holds. */
		HOLDS,
		/** The source answered and the rule does not hold. */
		FAILS,
		/**
		 * The source did not answer (unavailable, or it holds nothing for this kind of
		 * applicant), so the rule could not be decided: a person decides.
		 */
		UNANSWERED

	}

}
