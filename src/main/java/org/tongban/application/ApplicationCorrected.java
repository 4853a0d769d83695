package org.tongban.application;

import java.time.Instant;
import java.util.UUID;

/** The applicant corrected the items of a correction notice and resubmitted (R4.2): the case returns to its step. */
public record ApplicationCorrected(UUID applicationId, String number, UUID correctionId, Instant correctedAt) {
}
