package org.tongban.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A bundle was received as one application (R2.5): the approval side runs the bundle's
 * stages (R5.2), opening each member through {@link BundleFiles#open} when its stage
 * starts, and keeps the bundle's own clock (joint handling, R15.3).
 *
 * @param clockStartsOn the working day the bundle's clock counts from
 * @param committedLimitDays the bundle's committed limit in working days (承诺时限)
 * @param members every member application with its stage; all are
 * {@link ApplicationStatus#WAITING} until opened
 */
public record BundleSubmitted(UUID bundleId, String number, UUID applicantId, String bundleCode,
		String leadDepartmentCode, Instant receivedAt, LocalDate clockStartsOn, int committedLimitDays,
		List<Member> members) {

	public BundleSubmitted {
		members = List.copyOf(members);
	}

	public record Member(UUID applicationId, String number, String matterCode, String departmentCode, int stage) {
	}

}
