package org.tongban.application;

import java.time.Instant;
import java.util.UUID;

/**
 * The applicant downloaded a document of their case (R6.4): the first download of the
 * decision is the proof of its electronic delivery.
 *
 * @param kind the document's kind, such as {@code GRANT_DECISION}
 */
public record CaseDocumentDownloaded(UUID applicationId, String number, String kind, Instant at) {
}
