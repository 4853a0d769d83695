package org.tongban.notification.devoutbox;

import java.time.OffsetDateTime;

/**
 * A message in the development outbox, as the page and the API show it.
 *
 * @param recipient the mobile number's eleven digits or the e-mail address
 * @param subject the e-mail's subject; {@code null} for an SMS
 * @param body the whole text as the recipient would read it
 * @param createdAt when it was sent, in the city's time zone
 */
record OutboxEntry(long id, Channel channel, String recipient, String subject, String body, OffsetDateTime createdAt) {
}
