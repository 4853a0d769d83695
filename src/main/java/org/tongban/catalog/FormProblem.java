package org.tongban.catalog;

import java.util.List;

/**
 * A problem found in the answers to a form (R3.1): the field it belongs to, or
 * {@code null} for the whole form, a message code of the catalogue's bundle and its
 * arguments. An argument may be a {@link org.tongban.shared.LocalizedText}, such as the
 * field's label, which the caller localizes, or a
 * {@link org.springframework.context.MessageSourceResolvable}, such as the reason an
 * identifier is refused, which the message source resolves; {@link FormMessages} does
 * both.
 */
public record FormProblem(String field, String code, List<Object> arguments) {

	public FormProblem {
		arguments = List.copyOf(arguments);
	}

	public FormProblem(String field, String code, Object... arguments) {
		this(field, code, List.of(arguments));
	}

}
