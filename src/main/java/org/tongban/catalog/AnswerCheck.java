package org.tongban.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tongban.catalog.FormDefinition.Field;
import org.tongban.catalog.FormDefinition.FieldType;
import org.tongban.catalog.FormDefinition.Option;
import org.tongban.catalog.FormDefinition.Rule;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.identifiers.InvalidIdentifierException;
import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;

/**
 * One check of answers against a form (R3.1, R16.6). Each field gets at most one problem,
 * the first found, because the applicant corrects one thing at a time; a rule between
 * fields is checked only where both fields are well formed, so that a wrong date is
 * reported as a wrong date, not as a date in the wrong order.
 */
class AnswerCheck {

	private static final Pattern INTEGER = Pattern.compile("-?\\d+");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final Pattern MONEY = Pattern.compile("\\d+(\\.\\d{1,2})?");

	private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");

	/**
	 * The longest e-mail address that mail servers accept (RFC 5321 with its erratum).
	 */
	private static final int EMAIL_LENGTH = 254;

	/**
	 * What a browser sends for a ticked box without a value, and what a form with a value
	 * sends.
	 */
	private static final Set<String> TICKED = Set.of("on", "true");

	private final FormDefinition form;

	private final FormAnswers answers;

	private final List<FormProblem> problems = new ArrayList<>();

	private final List<FormProblem> stops = new ArrayList<>();

	AnswerCheck(FormDefinition form, FormAnswers answers) {
		this.form = form;
		this.answers = answers;
	}

	/** Checks the given fields and the rules that belong to them. */
	FormCheck of(Collection<Field> fields) {
		answers.values()
			.keySet()
			.stream()
			.filter(key -> form.field(key).isEmpty())
			.forEach(key -> problems.add(new FormProblem(key, "catalog.form.unknownField", key)));
		fields.forEach(field -> problem(field).ifPresent(problems::add));
		Set<String> keys = fields.stream().map(Field::key).collect(Collectors.toSet());
		form.rules().stream().filter(rule -> keys.contains(rule.target())).forEach(this::apply);
		return new FormCheck(problems, stops);
	}

	private Optional<FormProblem> problem(Field field) {
		List<String> values = answers.values(field.key());
		if (values.isEmpty()) {
			return field.required() ? Optional.of(fieldProblem(field, missing(field))) : Optional.empty();
		}
		if (values.size() > 1 && !field.isMultipleChoice()) {
			return Optional.of(fieldProblem(field, "catalog.form.tooMany"));
		}
		return values.stream().map(value -> problem(field, value)).flatMap(Optional::stream).findFirst();
	}

	private static String missing(Field field) {
		if (field.type() == FieldType.CHECKBOX && field.options().isEmpty()) {
			return "catalog.form.tick";
		}
		return field.options().isEmpty() ? "catalog.form.required" : "catalog.form.choose";
	}

	private Optional<FormProblem> problem(Field field, String value) {
		try {
			return format(field, value);
		}
		catch (InvalidIdentifierException ex) {
			return Optional.of(fieldProblem(field, "catalog.form.identifier",
					new DefaultMessageSourceResolvable(new String[] { ex.messageCode() }, ex.messageArgs())));
		}
	}

	/**
	 * The type's own check, then the length and the pattern, which identifiers and phone
	 * numbers meet in their normal form: {@code +86 138-0013-8000} is a mobile number of
	 * 11 digits.
	 */
	private Optional<FormProblem> format(Field field, String value) {
		return switch (field.type()) {
			case INTEGER -> number(field, value, INTEGER, "catalog.form.integer");
			case NUMBER -> number(field, value, NUMBER, "catalog.form.number");
			case MONEY -> number(field, value, MONEY, "catalog.form.money");
			case DATE ->
				date(value) == null ? Optional.of(fieldProblem(field, "catalog.form.date")) : shape(field, value);
			case SELECT, RADIO, CHECKBOX -> choice(field, value);
			case EMAIL -> value.length() <= EMAIL_LENGTH && EMAIL.matcher(value).matches() ? shape(field, value)
					: Optional.of(fieldProblem(field, "catalog.form.email"));
			case PHONE -> phone(field, value);
			case ID_NUMBER -> shape(field, ResidentIdNumber.parse(value).value());
			case USCC -> shape(field, UnifiedSocialCreditCode.parse(value).value());
			case TEXT, TEXTAREA, ADDRESS -> shape(field, value);
		};
	}

	private Optional<FormProblem> number(Field field, String value, Pattern format, String code) {
		if (!format.matcher(value).matches()) {
			return Optional.of(fieldProblem(field, code));
		}
		var number = new BigDecimal(value);
		if (field.min() != null && number.compareTo(field.min()) < 0) {
			return Optional.of(fieldProblem(field, "catalog.form.tooSmall", field.min()));
		}
		if (field.max() != null && number.compareTo(field.max()) > 0) {
			return Optional.of(fieldProblem(field, "catalog.form.tooLarge", field.max()));
		}
		return shape(field, value);
	}

	private Optional<FormProblem> choice(Field field, String value) {
		boolean known = field.options().isEmpty() ? TICKED.contains(value.toLowerCase(Locale.ROOT))
				: field.options().stream().map(Option::value).anyMatch(value::equals);
		return known ? Optional.empty() : Optional.of(fieldProblem(field, "catalog.form.option"));
	}

	/**
	 * A mobile number is checked by its own rules and then against the pattern in its
	 * normal form; anything else is accepted only where the field's pattern allows it,
	 * such as a landline, and is otherwise refused as a mobile number, which is what most
	 * phone fields ask for.
	 */
	private Optional<FormProblem> phone(Field field, String value) {
		if (!MobileNumber.isValid(value) && field.pattern() != null && value.matches(field.pattern())) {
			return shape(field, value);
		}
		return shape(field, MobileNumber.parse(value).value());
	}

	private Optional<FormProblem> shape(Field field, String value) {
		if (field.maxLength() != null && value.codePointCount(0, value.length()) > field.maxLength()) {
			return Optional.of(fieldProblem(field, "catalog.form.tooLong", field.maxLength()));
		}
		if (field.pattern() != null && !value.matches(field.pattern())) {
			return Optional.of(fieldProblem(field, "catalog.form.pattern"));
		}
		return Optional.empty();
	}

	private void apply(Rule rule) {
		if (rule instanceof Rule.RequiredIf required && required.triggeredBy(answers)
				&& !answers.has(required.field())) {
			problems.add(ruleProblem(rule));
		}
		else if (rule instanceof Rule.StopIf stop && stop.triggeredBy(answers)) {
			stops.add(ruleProblem(rule));
		}
		else if (rule instanceof Rule.Comparison comparison && !compares(comparison)) {
			problems.add(ruleProblem(rule));
		}
	}

	/**
	 * Whether the two answers compare as the rule wants, or cannot be compared because
	 * one is missing or wrong.
	 */
	private boolean compares(Rule.Comparison rule) {
		Function<String, Comparable<?>> reader = rule.order().types().contains(FieldType.DATE) ? AnswerCheck::date
				: AnswerCheck::decimal;
		Comparable<?> field = read(rule.field(), reader);
		Comparable<?> other = read(rule.other(), reader);
		return field == null || other == null || rule.order().allows(compare(field, other));
	}

	private Comparable<?> read(String key, Function<String, Comparable<?>> reader) {
		boolean wellFormed = form.field(key).flatMap(this::problem).isEmpty();
		String value = answers.value(key);
		return value == null || !wellFormed ? null : reader.apply(value);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compare(Comparable field, Comparable other) {
		return field.compareTo(other);
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static BigDecimal decimal(String value) {
		return new BigDecimal(value);
	}

	private static FormProblem ruleProblem(Rule rule) {
		return new FormProblem(rule.target(), "catalog.form.rule", rule.message());
	}

	/**
	 * A problem of a field, its label first among the arguments because every message
	 * names the field.
	 */
	private static FormProblem fieldProblem(Field field, String code, Object... more) {
		var arguments = new ArrayList<Object>();
		arguments.add(inSentence(field.label()));
		arguments.addAll(List.of(more));
		return new FormProblem(field.key(), code, arguments);
	}

	/**
	 * The label as it reads inside an English sentence ("Enter the name of the
	 * operator"): a capital that only starts the label becomes small, an abbreviation
	 * such as "ID" stays.
	 */
	private static LocalizedText inSentence(LocalizedText label) {
		String en = label.en();
		if (en == null || en.length() < 2 || !Character.isUpperCase(en.charAt(0))
				|| Character.isUpperCase(en.charAt(1))) {
			return label;
		}
		return LocalizedText.of(label.zh(), Character.toLowerCase(en.charAt(0)) + en.substring(1));
	}

}
