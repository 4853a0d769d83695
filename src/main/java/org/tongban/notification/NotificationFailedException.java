package org.tongban.notification;

/**
 * A message could not be handed over for delivery: the gateway refused it, did not
 * answer, or no gateway is configured. The message names the recipient masked only, so
 * that it can be logged (R12.1).
 */
public class NotificationFailedException extends RuntimeException {

	public NotificationFailedException(String message) {
		super(message);
	}

	public NotificationFailedException(String message, Throwable cause) {
		super(message, cause);
	}

}
