package org.tongban.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** STUB until the forms branch lands. */
public record FormAnswers(Map<String, List<String>> values) {

	public FormAnswers {
		var copy = new LinkedHashMap<String, List<String>>();
		values.forEach((k, v) -> {
			List<String> kept = v.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
			if (!kept.isEmpty()) {
				copy.put(k, kept);
			}
		});
		values = java.util.Collections.unmodifiableMap(copy);
	}

	public static FormAnswers of(Map<String, String> single) {
		var map = new LinkedHashMap<String, List<String>>();
		single.forEach((k, v) -> map.put(k, List.of(v)));
		return new FormAnswers(map);
	}

	public String value(String key) {
		List<String> v = values.get(key);
		return v == null ? null : v.get(0);
	}

	public List<String> values(String key) {
		return values.getOrDefault(key, List.of());
	}

	public boolean has(String key) {
		return values.containsKey(key);
	}

	public FormAnswers with(Map<String, List<String>> changes) {
		var map = new LinkedHashMap<>(values);
		map.putAll(changes);
		return new FormAnswers(map);
	}

}
