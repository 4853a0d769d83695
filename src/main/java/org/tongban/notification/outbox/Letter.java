package org.tongban.notification.outbox;

/**
 * One notice, written out for one channel, as it goes into the outbox.
 *
 * @param address the mobile number or e-mail address as sent; null for an in-app message
 * @param addressMasked what the administrator may see of it
 * @param subject e-mails only
 * @param link the page of the case, relative to the platform (in-app messages)
 */
record Letter(OutboxChannel channel, String address, String addressMasked, String subject, String body, String link) {
}
