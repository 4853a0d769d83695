package org.tongban.shared;

/**
 * Something a request names does not exist, or is not the caller's to see (answered the
 * same way, so that nobody learns which objects exist). Carries a message code of the
 * module's bundle.
 */
public class NotFoundException extends RuntimeException {

	private final String messageCode;

	private final transient Object[] messageArgs;

	public NotFoundException(String messageCode, Object... messageArgs) {
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
