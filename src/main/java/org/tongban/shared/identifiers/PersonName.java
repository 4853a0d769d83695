package org.tongban.shared.identifiers;

import java.util.Objects;

/**
 * The name of a natural person, which the platform shows in full only to those who need
 * it: a public page (the publicity of decisions, R6.1, the verification of a licence,
 * R6.3) shows it masked.
 *
 * @param value the name as registered
 */
public record PersonName(String value) {

	public PersonName {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * The surname's first character and a star for each other character, as public
	 * notices mask names: {@code 张三丰} is {@code 张**}; a name of one character is
	 * {@code *}. Counted in characters (code points), so that a rare character outside
	 * the Basic Multilingual Plane is one star, not two halves of one.
	 */
	public String masked() {
		String name = value.strip();
		int characters = name.codePointCount(0, name.length());
		if (characters <= 1) {
			return "*";
		}
		return name.substring(0, name.offsetByCodePoints(0, 1)) + "*".repeat(characters - 1);
	}

	/**
	 * Masked, so that a name written to a log or a page by mistake does not disclose the
	 * person.
	 */
	@Override
	public String toString() {
		return masked();
	}

}
