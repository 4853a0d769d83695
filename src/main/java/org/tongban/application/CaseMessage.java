package org.tongban.application;

import java.time.Instant;

/**
 * A message on an application between the applicant and the department (R4.4), part of its history.
 *
 * @param sender {@code APPLICANT} or {@code DEPARTMENT}
 * @param departmentCode the department that wrote, if the department did
 */
public record CaseMessage(String sender, String departmentCode, String body, Instant sentAt) {
}
