package org.tongban.application;

import java.time.Instant;
import java.util.UUID;

import org.tongban.shared.LocalizedText;

/** One line of the applicant's list of drafts and applications on {@code /my}. */
public record ApplicationSummary(UUID id, String number, String matterCode, LocalizedText matterName,
		ApplicationStatus status, Instant updatedAt, Instant receivedAt) {
}
