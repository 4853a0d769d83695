package org.tongban.application;

import java.time.Instant;
import java.util.UUID;

/**
 * A document of the case given to the applicant: a notice or the decision, stored as an
 * attachment.
 *
 * @param kind e.g. {@code ACCEPTANCE_NOTICE}, {@code REFUSAL_NOTICE},
 * {@code CORRECTION_NOTICE}, {@code SPECIAL_PERIOD_NOTICE}, {@code EXTENSION_NOTICE},
 * {@code GRANT_DECISION}, {@code DENIAL_DECISION}, {@code REVOCATION_DECISION},
 * {@code LICENCE} (the electronic licence, R6.3); named by
 * {@code application.document.<kind>}
 */
public record CaseDocument(UUID attachmentId, String kind, String fileName, Instant issuedAt) {
}
