package org.tongban.application;

import java.time.Instant;
import java.util.UUID;

/**
 * The applicant withdrew a submitted application before a decision (R3.5): its process
 * ends.
 */
public record ApplicationWithdrawn(UUID applicationId, String number, Instant withdrawnAt) {
}
