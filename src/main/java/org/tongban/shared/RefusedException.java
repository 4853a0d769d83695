package org.tongban.shared;

import java.time.Duration;
import java.util.Optional;

/**
 * A request refused for a {@link Refusal reason} the web layer turns into its status (409
 * for a conflict, 429 for too many attempts…), with a message code and, where the caller
 * may try again later, how long to wait.
 */
public class RefusedException extends RuntimeException {

	private final Refusal refusal;

	private final String messageCode;

	private final transient Object[] messageArgs;

	private final transient Duration retryAfter;

	public RefusedException(Refusal refusal, String messageCode, Object... messageArgs) {
		this(refusal, null, messageCode, messageArgs);
	}

	/**
	 * @param retryAfter how long the caller should wait before trying again, or null
	 */
	public RefusedException(Refusal refusal, Duration retryAfter, String messageCode, Object... messageArgs) {
		super(refusal + ": " + messageCode);
		this.refusal = refusal;
		this.messageCode = messageCode;
		this.messageArgs = messageArgs;
		this.retryAfter = retryAfter;
	}

	public Refusal refusal() {
		return refusal;
	}

	public String messageCode() {
		return messageCode;
	}

	public Object[] messageArgs() {
		return messageArgs.clone();
	}

	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(retryAfter);
	}

}
