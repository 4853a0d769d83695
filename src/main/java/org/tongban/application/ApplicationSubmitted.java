package org.tongban.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An application was received (R3.4): the approval side starts the process the matter
 * version names, with the version's limits, counting from {@code clockStartsOn}.
 *
 * @param registeredBy the clerk of the integrated window who registered it on the
 * applicant's behalf (R4.5), who may not accept it; null when applied for online
 */
public record ApplicationSubmitted(UUID applicationId, String number, UUID applicantId, String matterCode,
		int matterVersion, String processKey, String departmentCode, Instant receivedAt, LocalDate clockStartsOn,
		int statutoryLimitDays, int committedLimitDays, UUID registeredBy) {
}
