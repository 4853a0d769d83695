package org.tongban.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.tongban.identity.AccountKind;
import org.tongban.shared.LocalizedText;

/**
 * An application was received (R3.4): the approval side starts the process the matter
 * version names, with the version's limits, counting from {@code clockStartsOn}.
 *
 * @param registeredBy the clerk of the integrated window who registered it on the
 * applicant's behalf (R4.5), who may not accept it; null when applied for online
 * @param matterName the matter's name, for the statistics (R11)
 * @param applicantKind a natural or a legal person (R11.1)
 * @param channel online or at the window (R11.1)
 * @param maxVisits the visits to the office the matter's guide says it may take at most
 * (最多跑一次, R11.2)
 * @param materialsReused the materials given as an earlier application's file or an
 * electronic licence instead of being uploaded again (R3.2, R11.2)
 * @param materialsUploaded the materials uploaded or scanned for this application
 */
public record ApplicationSubmitted(UUID applicationId, String number, UUID applicantId, String matterCode,
		int matterVersion, String processKey, String departmentCode, Instant receivedAt, LocalDate clockStartsOn,
		int statutoryLimitDays, int committedLimitDays, UUID registeredBy, LocalizedText matterName,
		AccountKind applicantKind, Channel channel, int maxVisits, int materialsReused, int materialsUploaded) {
}
