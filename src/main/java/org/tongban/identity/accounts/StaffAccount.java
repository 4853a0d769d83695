package org.tongban.identity.accounts;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.tongban.identity.AccountRefusedException;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;

/**
 * A member of staff (R1.5): a log-in name, a department of their own, a mobile for the
 * second factor, and roles scoped to departments (R12.5). Separation of duties (§6.3,
 * R12.7) holds whatever the order in which roles are given: a system or security
 * administrator cannot also work on cases, a supervisor cannot approve, an auditor holds
 * no other role, and a department administrator works on no case of the department they
 * administer, so that nobody grants themselves the power to decide alone or checks their
 * own work.
 *
 * @param accountName the name to log in with: lower-case letters, digits, dots, hyphens
 * and underscores
 */
@Table("identity_staff")
public record StaffAccount(@Id UUID id, String accountName, String name, String departmentCode,
		@Embedded.Empty(prefix = "mobile_") Sealed mobile, @MappedCollection(idColumn = "staff_id") Set<Grant> roles,
		@Version Long version) {

	/** The roles that must never meet in one person, each with those it excludes. */
	private static final Map<Role, Set<Role>> EXCLUDED = Map.of(Role.SYSTEM_ADMIN,
			Set.of(Role.APPROVER, Role.REVIEWER, Role.WINDOW_CLERK, Role.EXPERT), Role.SECURITY_ADMIN,
			Set.of(Role.APPROVER, Role.REVIEWER, Role.WINDOW_CLERK, Role.EXPERT, Role.SYSTEM_ADMIN), Role.SUPERVISOR,
			Set.of(Role.APPROVER));

	public StaffAccount {
		roles = Set.copyOf(roles);
		checkSeparationOfDuties(roles);
	}

	public static StaffAccount create(UUID id, String accountName, String name, String departmentCode, Sealed mobile,
			Set<DepartmentRole> roles) {
		return new StaffAccount(id, accountName, name, departmentCode, mobile,
				Set.copyOf(roles.stream().map(Grant::of).toList()), null);
	}

	public List<DepartmentRole> departmentRoles() {
		return roles.stream().map(Grant::departmentRole).toList();
	}

	/** The same account with one more role. */
	public StaffAccount with(DepartmentRole role) {
		var more = new HashSet<>(roles);
		more.add(Grant.of(role));
		return new StaffAccount(id, accountName, name, departmentCode, mobile, more, version);
	}

	/** The same account without a role. */
	public StaffAccount without(DepartmentRole role) {
		var fewer = new HashSet<>(roles);
		fewer.remove(Grant.of(role));
		return new StaffAccount(id, accountName, name, departmentCode, mobile, fewer, version);
	}

	private static void checkSeparationOfDuties(Set<Grant> grants) {
		List<Role> held = grants.stream().map(Grant::role).toList();
		for (Role role : held) {
			if (role == Role.AUDITOR && held.stream().anyMatch(other -> other != Role.AUDITOR)) {
				throw refused(role, held.stream().filter(other -> other != Role.AUDITOR).findFirst().orElseThrow());
			}
			for (Role excluded : EXCLUDED.getOrDefault(role, Set.of())) {
				if (held.contains(excluded)) {
					throw refused(role, excluded);
				}
			}
		}
		for (Grant admin : grants) {
			if (admin.role() == Role.DEPARTMENT_ADMIN) {
				grants.stream()
					.filter(other -> other.role().worksOnCases()
							&& other.departmentCode().equals(admin.departmentCode()))
					.findFirst()
					.ifPresent(other -> {
						throw refused(Role.DEPARTMENT_ADMIN, other.role());
					});
			}
		}
	}

	private static AccountRefusedException refused(Role one, Role other) {
		return new AccountRefusedException("roles", "identity.roles.separationOfDuties", label(one), label(other));
	}

	private static DefaultMessageSourceResolvable label(Role role) {
		return new DefaultMessageSourceResolvable("identity.role." + role.name());
	}

	/** A role in a department, as stored. */
	@Table("identity_staff_role")
	public record Grant(Role role, String departmentCode) {

		static Grant of(DepartmentRole role) {
			return new Grant(role.role(), role.department());
		}

		DepartmentRole departmentRole() {
			return DepartmentRole.of(role, departmentCode);
		}

	}

}
