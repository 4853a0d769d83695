package org.tongban.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An application was received (R3.4): the approval side starts the process the matter
 * version names, with the version's limits, counting from {@code clockStartsOn}.
 */
public record ApplicationSubmitted(UUID applicationId, String number, UUID applicantId, String matterCode,
		int matterVersion, String processKey, String departmentCode, Instant receivedAt, LocalDate clockStartsOn,
		int statutoryLimitDays, int committedLimitDays) {
}
