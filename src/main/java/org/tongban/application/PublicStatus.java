package org.tongban.application;

import java.time.LocalDate;
import java.util.UUID;

import org.tongban.shared.LocalizedText;

/**
 * What anybody who knows an application's number and query code may see (R7.2): the
 * matter, the department and where it stands, never who applied or what they wrote.
 *
 * @param applicationId for the platform to read the case's clock by; never shown
 * @param currentStep the code of the step under way, or null when none is
 * @param dueOn the deadline of the step under way, if any
 */
public record PublicStatus(UUID applicationId, String number, LocalizedText matterName, String departmentCode,
		ApplicationStatus status, LocalDate receivedOn, String currentStep, LocalDate dueOn) {
}
