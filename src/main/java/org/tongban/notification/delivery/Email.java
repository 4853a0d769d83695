package org.tongban.notification.delivery;

import java.util.UUID;

import org.tongban.notification.EmailAddress;

/**
 * An e-mail as it leaves the platform: subject and plain-text body, footer included.
 *
 * @param id unique per message and kept when a delivery is retried
 */
public record Email(UUID id, EmailAddress to, String subject, String body) {
}
