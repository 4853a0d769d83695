package org.tongban.notification.delivery;

import java.util.UUID;

import org.tongban.shared.identifiers.MobileNumber;

/**
 * An SMS as it leaves the platform: the whole text, signature included.
 *
 * @param id unique per message and kept when a delivery is retried, so that a gateway can
 * drop a duplicate
 */
public record Sms(UUID id, MobileNumber to, String text) {
}
