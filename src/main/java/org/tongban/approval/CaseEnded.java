package org.tongban.approval;

import java.time.Instant;
import java.util.UUID;

import org.tongban.application.ApplicationStatus;

/**
 * A case ended: refused, decided or withdrawn, and its clock stopped. Published in the
 * transaction that ended it, so that whatever waits for the case (the stage of a bundle,
 * R5.2) goes on only once the end is committed.
 *
 * @param caseId the application's id
 * @param outcome {@link ApplicationStatus#REFUSED}, {@link ApplicationStatus#GRANTED},
 * {@link ApplicationStatus#DENIED} or {@link ApplicationStatus#WITHDRAWN}
 */
public record CaseEnded(UUID caseId, String number, ApplicationStatus outcome, Instant at) {
}
