package org.tongban.identity;

import java.util.Locale;

/**
 * The roles of REQUIREMENTS.md ("People and roles"). Applicants hold {@link #APPLICANT}
 * by being applicants; every other role is a staff role, held in a department
 * ({@link DepartmentRole}).
 */
public enum Role {

	/** A natural or legal person who applies, tracks and sees their own data only. */
	APPLICANT,

	/**
	 * Hall staff of the integrated window: registers walk-in applications, accepts or
	 * refuses to accept.
	 */
	WINDOW_CLERK,

	/** Department staff: reviews, inspects, gives opinions. */
	REVIEWER,

	/** Department leader: decides (grant or deny). */
	APPROVER,

	/** Outside expert: gives opinions on the cases assigned to them only. */
	EXPERT,

	/**
	 * Supervision office: watches deadlines, warnings, reports and the audit trail;
	 * cannot approve.
	 */
	SUPERVISOR,

	/** Manages the staff and matters of their own department. */
	DEPARTMENT_ADMIN,

	/**
	 * IT: configuration (calendar, process models, notifications); cannot approve, grant
	 * roles or read citizens' documents.
	 */
	SYSTEM_ADMIN,

	/**
	 * Security administration (MLPS level 3: system, security and audit administration
	 * are three accounts): manages staff accounts and grants roles in every department;
	 * holds no case role.
	 */
	SECURITY_ADMIN,

	/** Reads the audit trail, nothing else. */
	AUDITOR;

	/**
	 * The roles that work on the cases of their department, which no administrator of it
	 * may hold (§6.3).
	 */
	public boolean worksOnCases() {
		return this == WINDOW_CLERK || this == REVIEWER || this == APPROVER || this == EXPERT;
	}

	public boolean isStaff() {
		return this != APPLICANT;
	}

	/**
	 * The platform-wide authority, {@code ROLE_REVIEWER}, for rules that do not depend on
	 * the department.
	 */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The role's name in authorities and candidate groups: {@code reviewer}. */
	String token() {
		return name().toLowerCase(Locale.ROOT);
	}

}
