package org.tongban.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongban.exchange.DataElements;

/**
 * Checks that a matter version refers only to data elements of the dictionary (R9.1): the
 * fields of its form and the registry values its automatic-approval and eligibility rules
 * read. A version that names an unknown code is refused before it is stored.
 */
@Component
public class DataElementReferences {

	/** The message of a form field with an unknown code: the field, the code. */
	public static final String UNKNOWN_IN_FIELD = "catalog.dataElement.unknownInField";

	/** The message of a rule with an unknown code: the rule, the code. */
	public static final String UNKNOWN_IN_RULE = "catalog.dataElement.unknownInRule";

	private final Predicate<String> known;

	@Autowired
	DataElementReferences(DataElements dictionary) {
		this(dictionary::knows);
	}

	private DataElementReferences(Predicate<String> known) {
		this.known = known;
	}

	/** A check against the codes {@code known} accepts. */
	public static DataElementReferences against(Predicate<String> known) {
		return new DataElementReferences(known);
	}

	/**
	 * What in the version refers to a code the dictionary lacks; empty when nothing does.
	 */
	public List<FormProblem> check(MatterVersion version) {
		var problems = new ArrayList<FormProblem>();
		if (version.form() != null) {
			version.form()
				.fields()
				.filter(field -> field.dataElement() != null && !known.test(field.dataElement()))
				.forEach(field -> problems
					.add(new FormProblem(field.key(), UNKNOWN_IN_FIELD, field.key(), field.dataElement())));
		}
		Stream.of(version.automaticRules(), version.eligibilityRules())
			.filter(rules -> rules != null)
			.flatMap(rules -> rules.rules().stream())
			.filter(rule -> rule.source() != DecisionRule.Source.FORM && !known.test(rule.element()))
			.forEach(rule -> problems.add(new FormProblem(null, UNKNOWN_IN_RULE, rule.code(), rule.element())));
		return problems;
	}

}
