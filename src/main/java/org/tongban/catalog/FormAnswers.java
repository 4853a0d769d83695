package org.tongban.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an applicant entered, by field key (R3.1). A multiple-choice checkbox has several
 * values, other fields one. Values are stripped and blank ones dropped, so that a field
 * left empty is simply not answered; a key with no values left is dropped too.
 */
public record FormAnswers(Map<String, List<String>> values) {

	public FormAnswers {
		var kept = new LinkedHashMap<String, List<String>>();
		if (values != null) {
			values.forEach((key, list) -> {
				List<String> stripped = list == null ? List.of()
						: list.stream()
							.filter(Objects::nonNull)
							.map(String::strip)
							.filter(value -> !value.isEmpty())
							.toList();
				if (!stripped.isEmpty()) {
					kept.put(key, stripped);
				}
			});
		}
		values = Collections.unmodifiableMap(kept);
	}

	/** Answers with one value per field, as most fields have. */
	public static FormAnswers of(Map<String, String> single) {
		var values = new LinkedHashMap<String, List<String>>();
		single.forEach((key, value) -> values.put(key, value == null ? List.of() : List.of(value)));
		return new FormAnswers(values);
	}

	/** The first value of the field, or {@code null} when it is not answered. */
	public String value(String key) {
		List<String> list = values.get(key);
		return list == null ? null : list.get(0);
	}

	public List<String> values(String key) {
		return values.getOrDefault(key, List.of());
	}

	public boolean has(String key) {
		return values.containsKey(key);
	}

	/**
	 * A copy in which the changes replace the answers to their keys; a change with no
	 * values clears the field.
	 */
	public FormAnswers with(Map<String, List<String>> changes) {
		var merged = new LinkedHashMap<String, List<String>>(values);
		merged.putAll(changes);
		return new FormAnswers(merged);
	}

}
