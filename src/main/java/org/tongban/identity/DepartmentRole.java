package org.tongban.identity;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A staff role held in one department of the catalogue (R12.5): a reviewer of the market
 * regulation bureau reviews that bureau's cases and no other's. Its {@link #authority()}
 * {@code dept:SCJGJ:reviewer} is what access rules and the process engine's candidate
 * groups check.
 *
 * @param role a staff role
 * @param department the department's code in the catalogue
 */
public record DepartmentRole(Role role, String department) implements Serializable {

	private static final Pattern DEPARTMENT_CODE = Pattern.compile("[A-Z][A-Z0-9_-]{0,31}");

	/**
	 * The clerks of the integrated window (综合窗口, R4.5): the window clerks of the
	 * government service centre, who register walk-in applications for every department.
	 */
	public static final DepartmentRole INTEGRATED_WINDOW = new DepartmentRole(Role.WINDOW_CLERK, "ZWFWJ");

	public DepartmentRole {
		if (role == null || !role.isStaff()) {
			throw new IllegalArgumentException("A department role is a staff role, not " + role);
		}
		if (department == null || !DEPARTMENT_CODE.matcher(department).matches()) {
			throw new IllegalArgumentException("Not a department code: " + department);
		}
	}

	public static DepartmentRole of(Role role, String department) {
		return new DepartmentRole(role, department);
	}

	/**
	 * The department role of an authority {@code dept:<DEPARTMENT>:<role>}, as a task's
	 * candidate group names it; empty for any other authority.
	 */
	public static Optional<DepartmentRole> ofAuthority(String authority) {
		String[] parts = authority == null ? new String[0] : authority.split(":", -1);
		if (parts.length != 3 || !parts[0].equals("dept") || !DEPARTMENT_CODE.matcher(parts[1]).matches()) {
			return Optional.empty();
		}
		for (Role role : Role.values()) {
			if (role.isStaff() && role.token().equals(parts[2])) {
				return Optional.of(new DepartmentRole(role, parts[1]));
			}
		}
		return Optional.empty();
	}

	/** {@code dept:<DEPARTMENT>:<role>}, e.g. {@code dept:SCJGJ:reviewer}. */
	public String authority() {
		return "dept:" + department + ":" + role.token();
	}

}
