/**
 * Notifications (R6.2): SMS and e-mail to applicants and staff, written from the
 * templates of the message bundle {@code i18n/notification} in the recipient's language.
 * Other modules send through {@link org.tongban.notification.Notifications}; how a
 * message leaves the platform is decided by the profile: the demo profile keeps every
 * message in the development outbox ({@code /dev/outbox}) for testers to read, any other
 * profile hands SMS to the city's SMS gateway.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = "shared")
package org.tongban.notification;
