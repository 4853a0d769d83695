package org.tongban.catalog;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.tongban.shared.LocalizedText;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The application form of a matter version (申请表): sections of fields, each with its
 * label, help text and format rules, and the rules between fields (R3.1). Stored as one
 * JSON document with the version, because a form is read and written whole; a form stored
 * before it had {@code rules} reads as one without them.
 */
public record FormDefinition(List<Section> sections, List<Rule> rules) {

	public FormDefinition {
		sections = List.copyOf(sections);
		rules = rules == null ? List.of() : List.copyOf(rules);
		var byKey = new HashMap<String, Field>();
		fields(sections).forEach(field -> {
			if (byKey.put(field.key(), field) != null) {
				throw new IllegalArgumentException("Form field key used twice: " + field.key());
			}
		});
		rules.forEach(rule -> {
			if (rule.message() == null) {
				throw new IllegalArgumentException("Form rule " + rule + " has no message for the applicant");
			}
			rule.verify(byKey);
		});
	}

	public FormDefinition(List<Section> sections) {
		this(sections, List.of());
	}

	/**
	 * Checks the answers to the whole form (R3.1), and whether the application can be
	 * accepted at all (R16.6).
	 */
	public FormCheck check(FormAnswers answers) {
		return new AnswerCheck(this, answers).of(fields().toList());
	}

	/**
	 * Checks the answers to one section, as the task list does after the applicant
	 * completes it.
	 */
	public FormCheck check(String sectionKey, FormAnswers answers) {
		Section section = sections.stream()
			.filter(candidate -> candidate.key().equals(sectionKey))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("The form has no section " + sectionKey));
		return new AnswerCheck(this, answers).of(section.fields());
	}

	/**
	 * The codes of the conditional materials that the answers make required, in the order
	 * of the rules.
	 */
	public List<String> requiredMaterials(FormAnswers answers) {
		return rules.stream()
			.filter(Rule.MaterialRequiredIf.class::isInstance)
			.map(Rule.MaterialRequiredIf.class::cast)
			.filter(rule -> rule.triggeredBy(answers))
			.map(Rule.MaterialRequiredIf::material)
			.distinct()
			.toList();
	}

	public Stream<Field> fields() {
		return fields(sections);
	}

	public Optional<Field> field(String key) {
		return fields().filter(field -> field.key().equals(key)).findFirst();
	}

	private static Stream<Field> fields(List<Section> sections) {
		return sections.stream().flatMap(section -> section.fields().stream());
	}

	/** A group of fields that the applicant completes as one task of the task list. */
	public record Section(String key, LocalizedText title, List<Field> fields) {

		public Section {
			fields = List.copyOf(fields);
		}

	}

	/**
	 * A field of the form. {@code pattern} is a regular expression the value must match
	 * in full; {@code dataElement} names the entry of the data-element dictionary (R9.1)
	 * that the value follows; {@code identity}, where given, says that the field holds
	 * the applicant's own verified particular of that data element, taken from the source
	 * and never from the form (R1.6).
	 */
	public record Field(String key, LocalizedText label, FieldType type, boolean required, LocalizedText help,
			Integer maxLength, String pattern, BigDecimal min, BigDecimal max, List<Option> options, String dataElement,
			IdentitySource identity) {

		public Field {
			options = options == null ? List.of() : List.copyOf(options);
			if ((type == FieldType.SELECT || type == FieldType.RADIO) && options.isEmpty()) {
				throw new IllegalArgumentException("Field " + key + " of type " + type + " needs options");
			}
			if (identity != null && (dataElement == null || !identity.holds(dataElement))) {
				throw new IllegalArgumentException(
						"Field " + key + " is taken from " + identity + ", which holds no data element " + dataElement);
			}
		}

		/** A checkbox field with options: the applicant ticks any number of them. */
		public boolean isMultipleChoice() {
			return type == FieldType.CHECKBOX && !options.isEmpty();
		}

		/**
		 * One box to tick without options: a declaration, commitment or consent (e.g.
		 * 真实性声明), which the applicant gives on each application and is never pre-filled
		 * (R3.2).
		 */
		public boolean isDeclaration() {
			return type == FieldType.CHECKBOX && options.isEmpty();
		}

	}

	/**
	 * A rule between fields, or between an answer and the application (R3.1, R16.6). Its
	 * {@code message} is what the applicant reads when it applies, so it says what to do,
	 * naming the fields.
	 */
	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
	@JsonSubTypes({ @JsonSubTypes.Type(value = Rule.RequiredIf.class, name = "REQUIRED_IF"),
			@JsonSubTypes.Type(value = Rule.NotBefore.class, name = "NOT_BEFORE"),
			@JsonSubTypes.Type(value = Rule.NotAfter.class, name = "NOT_AFTER"),
			@JsonSubTypes.Type(value = Rule.NotLessThan.class, name = "NOT_LESS_THAN"),
			@JsonSubTypes.Type(value = Rule.NotMoreThan.class, name = "NOT_MORE_THAN"),
			@JsonSubTypes.Type(value = Rule.StopIf.class, name = "STOP_IF"),
			@JsonSubTypes.Type(value = Rule.MaterialRequiredIf.class, name = "MATERIAL_REQUIRED_IF") })
	public sealed interface Rule {

		LocalizedText message();

		/**
		 * The field whose page shows the rule's problem, so the section holding it checks
		 * the rule.
		 */
		String target();

		/**
		 * Refuses a rule that names what the form does not have, when the form is built
		 * rather than when used.
		 */
		void verify(Map<String, Field> fields);

		/** A rule that applies when a field has one of some values. */
		sealed interface Conditional extends Rule {

			String when();

			List<String> values();

			default boolean triggeredBy(FormAnswers answers) {
				return answers.values(when()).stream().anyMatch(values()::contains);
			}

			@Override
			default void verify(Map<String, Field> fields) {
				Field field = referenced(this, fields, when());
				if (values() == null || values().isEmpty()) {
					throw new IllegalArgumentException(describe(this) + " names no values of " + when());
				}
				List<String> options = field.options().stream().map(Option::value).toList();
				for (String value : values()) {
					if (!options.isEmpty() && !options.contains(value)) {
						throw new IllegalArgumentException(
								describe(this) + ": " + value + " is no option of " + when());
					}
				}
			}

		}

		/**
		 * A rule that compares the answers to two fields of the same kind; either
		 * missing, it does not apply.
		 */
		sealed interface Comparison extends Rule {

			String field();

			String other();

			Order order();

			@Override
			default String target() {
				return field();
			}

			@Override
			default void verify(Map<String, Field> fields) {
				for (String key : List.of(field(), other())) {
					if (!order().types().contains(referenced(this, fields, key).type())) {
						throw new IllegalArgumentException(
								describe(this) + ": " + key + " is not of type " + order().types());
					}
				}
			}

		}

		/**
		 * How a comparison wants the field's answer to stand to the other's, and which
		 * types it compares.
		 */
		enum Order {

			NOT_BEFORE(1, FieldType.DATE), NOT_AFTER(-1, FieldType.DATE),
			NOT_LESS_THAN(1, FieldType.INTEGER, FieldType.NUMBER, FieldType.MONEY),
			NOT_MORE_THAN(-1, FieldType.INTEGER, FieldType.NUMBER, FieldType.MONEY);

			private final int side;

			private final List<FieldType> types;

			Order(int side, FieldType... types) {
				this.side = side;
				this.types = List.of(types);
			}

			/**
			 * Whether {@code compareTo}'s result of the field's answer with the other's
			 * is allowed.
			 */
			public boolean allows(int comparison) {
				return comparison == 0 || Integer.signum(comparison) == side;
			}

			public List<FieldType> types() {
				return types;
			}

		}

		/**
		 * The field is required when another field has one of the values (网络经营 = 是 →
		 * 网店网址).
		 */
		record RequiredIf(String field, String when, List<String> values,
				LocalizedText message) implements Conditional {

			@Override
			public String target() {
				return field;
			}

			@Override
			public void verify(Map<String, Field> fields) {
				referenced(this, fields, field);
				Conditional.super.verify(fields);
			}

		}

		/** The date is not before the other date (计划竣工日期不早于计划开工日期). */
		record NotBefore(String field, String other, LocalizedText message) implements Comparison {

			@Override
			public Order order() {
				return Order.NOT_BEFORE;
			}

		}

		/** The date is not after the other date. */
		record NotAfter(String field, String other, LocalizedText message) implements Comparison {

			@Override
			public Order order() {
				return Order.NOT_AFTER;
			}

		}

		/** The number is not less than the other number. */
		record NotLessThan(String field, String other, LocalizedText message) implements Comparison {

			@Override
			public Order order() {
				return Order.NOT_LESS_THAN;
			}

		}

		/** The number is not more than the other number (实缴出资不超过注册资本). */
		record NotMoreThan(String field, String other, LocalizedText message) implements Comparison {

			@Override
			public Order order() {
				return Order.NOT_MORE_THAN;
			}

		}

		/**
		 * With one of the values the application cannot be accepted at all, so it stops
		 * at the form with the reason, before anything is paid or submitted (R16.6), e.g.
		 * selling only pre-packaged food needs a filing instead.
		 */
		record StopIf(String when, List<String> values, LocalizedText message) implements Conditional {

			@Override
			public String target() {
				return when;
			}

		}

		/**
		 * The conditional material is required when the field has one of the values. The
		 * material's code is checked by the matter, which knows its materials; the
		 * message says why the material is needed.
		 */
		record MaterialRequiredIf(String material, String when, List<String> values,
				LocalizedText message) implements Conditional {

			@Override
			public String target() {
				return when;
			}

			@Override
			public void verify(Map<String, Field> fields) {
				if (material == null || material.isBlank()) {
					throw new IllegalArgumentException(describe(this) + " names no material");
				}
				Conditional.super.verify(fields);
			}

		}

		private static String describe(Rule rule) {
			return "Form rule " + rule;
		}

		private static Field referenced(Rule rule, Map<String, Field> fields, String key) {
			Field field = fields.get(key);
			if (field == null) {
				throw new IllegalArgumentException(
						describe(rule) + " names " + key + ", which is no field of the form");
			}
			return field;
		}

	}

	/** A choice of a select or radio field. */
	public record Option(String value, LocalizedText label) {
	}

	/**
	 * The kind of input. {@code INTEGER} is a whole number, such as a count of staff,
	 * beds or seals, where {@code NUMBER} may have decimals, such as an area. A
	 * {@code CHECKBOX} with options lets the applicant tick any number of them (e.g. the
	 * business items of a food licence); without options it is one box to tick, such as a
	 * declaration.
	 */
	public enum FieldType {

		TEXT, TEXTAREA, INTEGER, NUMBER, MONEY, DATE, SELECT, RADIO, CHECKBOX, PHONE, EMAIL, ID_NUMBER, USCC, ADDRESS

	}

}
