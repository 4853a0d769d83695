package org.tongban.shared;

/**
 * A request parameter was understood but its value is refused (out of range, outside the
 * data the platform holds, ...). Names the parameter so that the caller can fix it.
 */
public class InvalidParameterException extends RuntimeException {

	private final String parameter;

	private final String messageCode;

	private final transient Object[] messageArgs;

	public InvalidParameterException(String parameter, String messageCode, Object... messageArgs) {
		super(parameter + ": " + messageCode);
		this.parameter = parameter;
		this.messageCode = messageCode;
		this.messageArgs = messageArgs;
	}

	public String parameter() {
		return parameter;
	}

	public String messageCode() {
		return messageCode;
	}

	public Object[] messageArgs() {
		return messageArgs.clone();
	}

}
