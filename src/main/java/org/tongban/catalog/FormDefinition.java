package org.tongban.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.tongban.shared.LocalizedText;

/**
 * The application form of a matter version (申请表): sections of fields, each with its label, help text and
 * rules (R3.1). Stored as one JSON document with the version, because a form is read and written whole.
 */
public record FormDefinition(List<Section> sections) {

	public FormDefinition {
		sections = List.copyOf(sections);
		var keys = new java.util.HashSet<String>();
		fields(sections).forEach(field -> {
			if (!keys.add(field.key())) {
				throw new IllegalArgumentException("Form field key used twice: " + field.key());
			}
		});
	}

	public Stream<Field> fields() {
		return fields(sections);
	}

	public Optional<Field> field(String key) {
		return fields().filter(field -> field.key().equals(key)).findFirst();
	}

	/** STUB */
	public FormCheck check(FormAnswers answers) {
		return new FormCheck(List.of(), List.of());
	}

	/** STUB */
	public FormCheck check(String sectionKey, FormAnswers answers) {
		return new FormCheck(List.of(), List.of());
	}

	/** STUB */
	public List<String> requiredMaterials(FormAnswers answers) {
		return List.of();
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
	 * A field of the form. {@code pattern} is a regular expression the value must match in full;
	 * {@code dataElement} names the entry of the data-element dictionary (R9.1) that the value follows.
	 */
	public record Field(String key, LocalizedText label, FieldType type, boolean required, LocalizedText help,
			Integer maxLength, String pattern, BigDecimal min, BigDecimal max, List<Option> options,
			String dataElement) {

		public Field {
			options = options == null ? List.of() : List.copyOf(options);
			if ((type == FieldType.SELECT || type == FieldType.RADIO) && options.isEmpty()) {
				throw new IllegalArgumentException("Field " + key + " of type " + type + " needs options");
			}
		}

		/** A checkbox field with options: the applicant ticks any number of them. */
		public boolean isMultipleChoice() {
			return type == FieldType.CHECKBOX && !options.isEmpty();
		}

	}

	/** A choice of a select or radio field. */
	public record Option(String value, LocalizedText label) {
	}

	/**
	 * The kind of input. A {@code CHECKBOX} with options lets the applicant tick any number of them (e.g. the business
	 * items of a food licence); without options it is one box to tick, such as a declaration.
	 */
	public enum FieldType {

		TEXT, TEXTAREA, NUMBER, MONEY, DATE, SELECT, RADIO, CHECKBOX, PHONE, EMAIL, ID_NUMBER, USCC, ADDRESS

	}

}
