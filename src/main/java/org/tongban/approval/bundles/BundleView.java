package org.tongban.approval.bundles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.tongban.application.ApplicationStatus;
import org.tongban.application.BundleStatus;
import org.tongban.shared.LocalizedText;
import org.tongban.supervision.CaseClock;

/**
 * A bundle as its lead department (牵头部门) sees it (R5.2, R15.3): every member with its
 * department, stage, state and deadline, and the bundle's own clock.
 *
 * @param clock the bundle's clock (joint handling, 45 working days or the bundle's
 * committed limit), null until it started
 * @param mayExtend whether the viewer may extend the bundle's clock now: an approver of
 * the lead department, once, while it runs
 */
public record BundleView(String number, String bundleCode, LocalizedText bundleName, String leadDepartmentCode,
		Instant receivedAt, BundleStatus status, CaseClock clock, List<Member> members, boolean mayExtend) {

	public BundleView {
		members = List.copyOf(members);
	}

	/**
	 * @param dueOn the last day of the member's own case clock, null while it has none
	 * (waiting for its stage, stopped)
	 */
	public record Member(String number, String matterCode, LocalizedText matterName, String departmentCode, int stage,
			ApplicationStatus status, LocalDate dueOn) {
	}

}
