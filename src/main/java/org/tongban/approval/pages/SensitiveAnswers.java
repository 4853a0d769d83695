package org.tongban.approval.pages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.tongban.catalog.FormAnswers;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.FormDefinition.FieldType;
import org.tongban.identity.SensitiveField;

/**
 * The answers of an application as staff see them on the case page (R12.1): the ID and
 * phone numbers masked, unless one was asked for in full (and logged).
 */
record SensitiveAnswers(FormDefinition form, FormAnswers answers) {

	private static final Map<FieldType, SensitiveField> SENSITIVE = Map.of(FieldType.ID_NUMBER,
			SensitiveField.ID_NUMBER, FieldType.PHONE, SensitiveField.PHONE);

	/** The answered fields whose numbers are masked, in the order of the form. */
	List<FormDefinition.Field> fields() {
		return form.fields().filter(field -> SENSITIVE.containsKey(field.type()) && answers.has(field.key())).toList();
	}

	/** What kind of number the field holds, if it is one of the masked ones. */
	Optional<SensitiveField> kind(String key) {
		return fields().stream()
			.filter(field -> field.key().equals(key))
			.map(field -> SENSITIVE.get(field.type()))
			.findFirst();
	}

	/** The answers with every masked field masked but the revealed one (null: none). */
	FormAnswers masked(String revealed) {
		return answers.with(fields().stream()
			.filter(field -> !field.key().equals(revealed))
			.collect(Collectors.toMap(FormDefinition.Field::key,
					field -> answers.values(field.key())
						.stream()
						.map(value -> mask(value, field.type() == FieldType.ID_NUMBER ? 6 : 3))
						.toList())));
	}

	/**
	 * The first characters and the last four, as ID and mobile numbers are masked
	 * elsewhere on the platform.
	 */
	static String mask(String value, int shown) {
		if (value.length() <= shown + 4) {
			return "*".repeat(value.length());
		}
		return value.substring(0, shown) + "*".repeat(value.length() - shown - 4) + value.substring(value.length() - 4);
	}

}
