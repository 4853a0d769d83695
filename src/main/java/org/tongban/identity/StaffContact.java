package org.tongban.identity;

import java.util.UUID;

import org.tongban.shared.identifiers.MobileNumber;

/**
 * A member of staff as the platform reaches them with a notice (R8.3): their account and
 * the mobile number they hold for their second factor.
 */
public record StaffContact(UUID id, String name, MobileNumber mobile) {
}
