package org.tongban.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case was accepted (受理), by a clerk, with gaps (容缺) or by law: published in the
 * transaction that accepted it, so that other departments' systems learn it (R9.4).
 *
 * @param caseId the application's id
 * @param acceptedOn the day the clock to the decision counts from
 */
public record CaseAccepted(UUID caseId, String number, String matterCode, String departmentCode, LocalDate acceptedOn,
		Instant at) {
}
