package org.tongban.application;

import java.time.Instant;
import java.util.List;

/**
 * The explanation of a check of a matter version's rules against an application (R16.2):
 * each rule's outcome in the version's order, and when the check ran. Automatic approval
 * grants only when every rule holds; otherwise a person decides, with this explanation in
 * front of them. An eligibility check stops only on a rule that fails, never on a source
 * that did not answer.
 */
public record RuleExplanation(List<RuleOutcome> outcomes, Instant checkedAt) {

	public RuleExplanation {
		outcomes = List.copyOf(outcomes);
	}

	/** Whether there are rules and every one holds. */
	public boolean allHold() {
		return !outcomes.isEmpty()
				&& outcomes.stream().allMatch(outcome -> outcome.verdict() == RuleOutcome.Verdict.HOLDS);
	}

	/** The rules that were found not to hold. */
	public List<RuleOutcome> failed() {
		return outcomes.stream().filter(outcome -> outcome.verdict() == RuleOutcome.Verdict.FAILS).toList();
	}

	/** The rules whose source did not answer. */
	public List<RuleOutcome> unanswered() {
		return outcomes.stream().filter(outcome -> outcome.verdict() == RuleOutcome.Verdict.UNANSWERED).toList();
	}

}
