package org.tongban.identity.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;

/**
 * The staff an administrator manages (R1.5, R12.5): a security administrator all of them,
 * a department administrator those of the departments they administer, anyone else
 * nobody. The system administrator configures the platform and manages no account (MLPS
 * level 3 keeps system, security and audit administration apart), so that they cannot
 * make themselves a way into applicants' files.
 *
 * @param all whether every department is in scope
 * @param departments the departments in scope when not all are
 */
public record AdminScope(boolean all, SortedSet<String> departments) {

	/**
	 * The roles only a security administrator gives: they watch or run the whole
	 * platform, not a department.
	 */
	private static final Set<Role> PLATFORM_ROLES = Set.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR,
			Role.SUPERVISOR);

	public static AdminScope of(Actor admin) {
		var departments = new TreeSet<String>();
		admin.roles()
			.stream()
			.filter(held -> held.role() == Role.DEPARTMENT_ADMIN)
			.forEach(held -> departments.add(held.department()));
		return new AdminScope(admin.has(Role.SECURITY_ADMIN), departments);
	}

	public boolean covers(String department) {
		return all || departments.contains(department);
	}

	public boolean mayGrant(DepartmentRole role) {
		return covers(role.department()) && grantableRoles().contains(role.role());
	}

	public List<Role> grantableRoles() {
		return Arrays.stream(Role.values())
			.filter(role -> role.isStaff() && (all || !PLATFORM_ROLES.contains(role)))
			.toList();
	}

}
