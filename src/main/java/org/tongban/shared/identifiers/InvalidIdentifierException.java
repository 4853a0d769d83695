package org.tongban.shared.identifiers;

import java.util.function.Function;

/**
 * A number was refused, with the precise reason as a message code of the shared bundle
 * ({@code identifier.*}), so that a form can tell the applicant exactly what to correct
 * rather than "invalid". The exception's own message is the code alone: it never carries
 * the refused number, which may be personal data (R12.1) and must not end up in a log.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

	/**
	 * Whether a check refuses nothing of the text; the identifiers' {@code isValid}
	 * methods share it.
	 */
	static boolean accepts(String text, Function<String, ?> check) {
		try {
			check.apply(text);
			return true;
		}
		catch (InvalidIdentifierException ex) {
			return false;
		}
	}

	private final String messageCode;

	private final transient Object[] messageArgs;

	public InvalidIdentifierException(String messageCode, Object... messageArgs) {
		super(messageCode);
		this.messageCode = messageCode;
		this.messageArgs = messageArgs;
	}

	public String messageCode() {
		return messageCode;
	}

	public Object[] messageArgs() {
		return messageArgs.clone();
	}

}
