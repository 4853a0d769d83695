package org.tongban.exchange;

import java.util.Locale;

import org.tongban.shared.LocalizedText;

/**
 * An entry of the data-element dictionary (R9.1): the one name, type and format that
 * forms, registries, automatic-approval rules and the exchange API use for a piece of
 * data, the department that is its source, and how it is shared (R9.5).
 *
 * @param code the element's code, {@code DE} and four digits, e.g. {@code DE0002}
 * @param name its name in Chinese and English
 * @param type the kind of value
 * @param format how a value is written
 * @param sourceDepartment the code of the department whose records are the source
 * @param personal whether a value identifies or describes a natural person (R12.1, R16.1)
 * @param registry the base registry that holds it, null for none
 * @param sharing how other departments' systems may read it (R9.5)
 */
public record DataElement(String code, LocalizedText name, Type type, String format, String sourceDepartment,
		boolean personal, Registry registry, SharingLevel sharing) {

	public DataElement {
		if (code == null || !code.matches("DE[0-9]{4}") || name == null || type == null || format == null
				|| sourceDepartment == null || sharing == null) {
			throw new IllegalArgumentException("A data element needs a code DEnnnn, a name, a type, a format, "
					+ "a source department and a sharing level: " + code);
		}
	}

	public String name(Locale locale) {
		return name.in(locale);
	}

	/** The kind of value of a data element. */
	public enum Type {

		/** Free text. */
		TEXT,
		/** An identifier with a fixed format and often a check character. */
		IDENTIFIER,
		/** One of a list of codes. */
		CODE,
		/** An ISO 8601 date. */
		DATE,
		/** A whole number. */
		INTEGER,
		/** A decimal number (amounts, areas). */
		DECIMAL,
		/** A postal address. */
		ADDRESS,
		/** A mobile phone number. */
		PHONE,
		/** An e-mail address. */
		EMAIL

	}

}
