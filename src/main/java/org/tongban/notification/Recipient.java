package org.tongban.notification;

import java.util.Locale;
import java.util.UUID;

import org.tongban.shared.identifiers.MobileNumber;

/**
 * Whom a notice is for: an account, the mobile number it is reached at (null if none) and
 * its language. The account's e-mail address is the one its holder gave this module
 * ({@code /my/notifications}).
 */
public record Recipient(UUID accountId, MobileNumber mobile, Locale locale) {
}
