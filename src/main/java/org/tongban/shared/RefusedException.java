package org.tongban.shared;

import java.util.Map;

/**
 * A request refused with a status of its own, such as 401 for a failed log-in or 429 for too many attempts, with a
 * message code and the headers that the status calls for ({@code WWW-Authenticate}, {@code Retry-After}).
 */
public class RefusedException extends RuntimeException {

	private final int status;

	private final String messageCode;

	private final transient Object[] messageArgs;

	private final transient Map<String, String> headers;

	public RefusedException(int status, String messageCode, Map<String, String> headers, Object... messageArgs) {
		super(status + ": " + messageCode);
		this.status = status;
		this.messageCode = messageCode;
		this.headers = Map.copyOf(headers);
		this.messageArgs = messageArgs;
	}

	public int status() {
		return status;
	}

	public String messageCode() {
		return messageCode;
	}

	public Object[] messageArgs() {
		return messageArgs.clone();
	}

	public Map<String, String> headers() {
		return headers;
	}

}
