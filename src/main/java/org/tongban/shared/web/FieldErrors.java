package org.tongban.shared.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The {@code errors} property of a problem: the first message of each field, for at most
 * {@value #MAX} fields. That is more than any form of the platform has, and keeps the
 * answer small however many (unknown) fields a request names; {@code moreErrors} counts
 * the fields left out.
 */
public final class FieldErrors {

	public static final int MAX = 100;

	private final Map<String, String> errors = new LinkedHashMap<>();

	private final Set<String> leftOut = new HashSet<>();

	/** The message is made only for a field that is shown. */
	public FieldErrors add(String field, Supplier<String> message) {
		if (errors.containsKey(field)) {
			return this;
		}
		if (errors.size() < MAX) {
			errors.put(field, message.get());
		}
		else {
			leftOut.add(field);
		}
		return this;
	}

	/**
	 * Into the properties of a problem: {@code errors}, and {@code moreErrors} if some
	 * were left out.
	 */
	public void addTo(Map<String, Object> properties) {
		properties.put("errors", errors);
		if (!leftOut.isEmpty()) {
			properties.put("moreErrors", leftOut.size());
		}
	}

}
