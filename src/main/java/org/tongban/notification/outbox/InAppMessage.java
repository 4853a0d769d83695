package org.tongban.notification.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * An in-app message of an applicant (R6.2).
 *
 * @param kind the kind of notice ({@code CaseNotice.Kind})
 * @param link the page of the case, relative to the platform
 * @param read whether the applicant had seen it before
 */
public record InAppMessage(UUID id, String kind, String text, String link, Instant createdAt, boolean read) {
}
