package org.tongban.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.tongban.shared.LocalizedText;

/**
 * A declarative rule of a matter version (R5.6, R16.2, R16.6): "data element from source
 * compared with values", e.g. the legal-person registry's status (DE0110) equals
 * {@code ACTIVE}, or the form's {@code totalInvestment} is at most 50000. Automatic
 * approval grants when every rule of the version holds; eligibility rules stop at the
 * form an applicant who cannot succeed. A rule never refuses by itself: a rule that fails
 * or whose source does not answer sends the case to a person.
 *
 * @param code the rule's code, unique among the version's rules of its kind, e.g.
 * {@code R1}
 * @param description what it checks, in words an applicant understands
 * @param source where the value is read
 * @param element the data element of the source (see {@link Source}), or for
 * {@link Source#FORM} the key of a field of the version's form
 * @param comparison how the value must stand to {@code values}
 * @param values what the value is compared with: none for {@code PRESENT} and
 * {@code ABSENT}; for {@code NONE_OF} none means "nothing at all"; two for
 * {@code BETWEEN}; numbers or ISO dates for the orderings
 * @param failure what the applicant reads when the rule does not hold (an eligibility
 * rule's stop); the description when null
 */
public record DecisionRule(String code, LocalizedText description, Source source, String element, Comparison comparison,
		List<String> values, LocalizedText failure) {

	public DecisionRule {
		values = values == null ? List.of() : List.copyOf(values);
		if (code == null || code.isBlank() || description == null || source == null || element == null
				|| comparison == null) {
			throw new IllegalArgumentException(
					"A decision rule needs its code, description, source, element and comparison: " + code);
		}
		if (source != Source.FORM && !source.offers(element)) {
			throw new IllegalArgumentException(
					"Rule " + code + ": the source " + source + " has no data element " + element);
		}
		int expected = comparison.arity();
		if (expected >= 0 && values.size() != expected) {
			throw new IllegalArgumentException(
					"Rule " + code + ": " + comparison + " compares with " + expected + " value(s), not " + values);
		}
		if (expected == -1 && values.isEmpty() && comparison != Comparison.NONE_OF) {
			throw new IllegalArgumentException("Rule " + code + ": " + comparison + " needs values");
		}
		if (comparison.isOrdering()) {
			values.forEach(value -> requireOrderable(code, value));
		}
	}

	/** What the applicant reads when the rule does not hold. */
	public LocalizedText failureText() {
		return failure == null ? description : failure;
	}

	private static void requireOrderable(String code, String value) {
		try {
			new BigDecimal(value);
		}
		catch (NumberFormatException notNumber) {
			try {
				LocalDate.parse(value);
			}
			catch (DateTimeParseException notDate) {
				throw new IllegalArgumentException("Rule " + code + ": " + value + " is neither a number nor a date");
			}
		}
	}

	/**
	 * Where a rule reads its value, and the data elements (R9.1) each source answers. The
	 * values are those of the source: a registry's status and legal form by their
	 * constant names ({@code ACTIVE}, {@code LIMITED_LIABILITY_COMPANY}), dates in ISO
	 * form, ages in whole years.
	 */
	public enum Source {

		/**
		 * 法人库: DE0101 name, DE0110 status (ACTIVE, DEREGISTERED, REVOKED), DE0111 legal
		 * form, DE0112 date of establishment.
		 */
		LEGAL_PERSON_REGISTRY("DE0101", "DE0110", "DE0111", "DE0112"),
		/**
		 * 人口库: DE0005 household address, DE0006 sex, DE0007 birth date, DE0008 age,
		 * DE0009 household status (NORMAL, DECEASED, CANCELLED).
		 */
		POPULATION_REGISTRY("DE0005", "DE0006", "DE0007", "DE0008", "DE0009"),
		/**
		 * 信用记录: DE0601 the kinds of the applicant's credit records in force
		 * ({@code FALSE_COMMITMENT}, {@code LICENCE_REVOKED}, {@code GAP_NOT_SUPPLIED}).
		 */
		CREDIT_REGISTER("DE0601"),
		/**
		 * The applicant's verified account: DE0010 account kind (NATURAL_PERSON,
		 * LEGAL_PERSON), DE0006 sex and DE0008 age of a person, from the verified
		 * resident ID number.
		 */
		APPLICANT_PROFILE("DE0010", "DE0006", "DE0008"),
		/** A field of the application form, named by its key. */
		FORM();

		private final Set<String> elements;

		Source(String... elements) {
			this.elements = Set.of(elements);
		}

		public boolean offers(String element) {
			return elements.contains(element);
		}

		/** The data elements the source answers; none for the form. */
		public Set<String> elements() {
			return elements;
		}

	}

	/** How a value must stand to the rule's values. */
	public enum Comparison {

		/** The value is the one given. */
		EQUALS(1),
		/** The value is not the one given (a missing value is not equal). */
		NOT_EQUALS(1),
		/** The value is one of those given. */
		ONE_OF(-1),
		/**
		 * None of the values (of a many-valued element, such as credit records) is one of
		 * those given; with none given, there is no value at all.
		 */
		NONE_OF(-1),
		/** The number or date is not less than the one given. */
		AT_LEAST(1),
		/** The number or date is not more than the one given. */
		AT_MOST(1),
		/** The number or date lies between the two given, both included. */
		BETWEEN(2),
		/** There is a value. */
		PRESENT(0),
		/** There is no value. */
		ABSENT(0);

		/** How many values; -1 for any number. */
		private final int arity;

		Comparison(int arity) {
			this.arity = arity;
		}

		int arity() {
			return arity;
		}

		public boolean isOrdering() {
			return this == AT_LEAST || this == AT_MOST || this == BETWEEN;
		}

	}

}
