package org.tongban.approval.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A grant by the platform, committed, whose acceptance notice and decision are still to
 * be issued ({@link PlatformGrants}).
 *
 * @param decisionDueOn the day the decision was due, as the acceptance notice states
 */
public record PlatformGranted(UUID caseId, LocalDate acceptedOn, LocalDate decisionDueOn, String reasons,
		String legalBasis) {
}
