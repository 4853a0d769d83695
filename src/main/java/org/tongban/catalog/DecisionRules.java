package org.tongban.catalog;

import java.util.HashSet;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The rules of one kind of a matter version, in the order they are checked and explained
 * (R5.6, R16.6); stored as one JSON document with the version and versioned with it. None
 * means the version has no such rules.
 */
public record DecisionRules(@JsonValue List<DecisionRule> rules) {

	public static final DecisionRules NONE = new DecisionRules(List.of());

	/**
	 * Read from the plain list of rules, as the catalogue's files and the store have it.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public DecisionRules {
		rules = rules == null ? List.of() : List.copyOf(rules);
		var codes = new HashSet<String>();
		rules.forEach(rule -> {
			if (!codes.add(rule.code())) {
				throw new IllegalArgumentException("Rule code used twice: " + rule.code());
			}
		});
	}

	public boolean isEmpty() {
		return rules.isEmpty();
	}

	/** Refuses a rule that reads a field the form does not have. */
	void verify(FormDefinition form) {
		rules.stream()
			.filter(rule -> rule.source() == DecisionRule.Source.FORM)
			.filter(rule -> form == null || form.field(rule.element()).isEmpty())
			.findFirst()
			.ifPresent(rule -> {
				throw new IllegalArgumentException("Rule " + rule.code() + " reads the form's field " + rule.element()
						+ ", which it does not have");
			});
	}

}
