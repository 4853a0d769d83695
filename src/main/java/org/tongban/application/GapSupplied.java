package org.tongban.application;

import java.time.Instant;
import java.util.UUID;

/**
 * The applicant supplied a material their application was accepted without (R4.3, R15.6):
 * the case history shows it, for the reviewer to see.
 */
public record GapSupplied(UUID applicationId, String number, UUID applicantId, String materialCode, Instant at) {
}
