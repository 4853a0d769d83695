package org.tongban.notification.delivery;

import org.tongban.notification.NotificationFailedException;

/**
 * The port through which SMS leave the platform. Adapters: the development outbox in the
 * demo profile, the {@link HttpSmsGateway} in any other. An adapter tries once; retrying
 * is the caller's business (the notification outbox), which keeps the message's id so
 * that the gateway can recognize a second attempt.
 */
@FunctionalInterface
public interface SmsGateway {

	/**
	 * Returns once the gateway has accepted the message.
	 * @throws NotificationFailedException if it did not
	 */
	void send(Sms sms);

}
