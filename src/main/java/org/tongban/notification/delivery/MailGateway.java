package org.tongban.notification.delivery;

import org.tongban.notification.NotificationFailedException;

/**
 * The port through which e-mails leave the platform. Adapters: the development outbox in the demo profile; in any
 * other profile nothing sends e-mail yet, which the platform says at start-up and for every e-mail left unsent. The
 * SMTP adapter (Spring Mail) comes with the notification outbox that retries failed deliveries (R6.2). An adapter
 * tries once, like the {@link SmsGateway}.
 */
@FunctionalInterface
public interface MailGateway {

	/**
	 * Returns once the mail server has accepted the message.
	 *
	 * @throws NotificationFailedException if it did not
	 */
	void send(Email email);

}
