package org.tongban.identity;

import java.io.Serializable;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.tongban.shared.audit.AuditActor;
import org.tongban.shared.audit.Audited;

/**
 * Who makes a request: an applicant or a member of staff who has logged in, with the
 * roles they hold. It carries no personal data beyond the name, because it lives in the
 * session for as long as the log-in lasts.
 *
 * @param id the account's id, never a personal number, so that logs and the session table
 * name nobody
 * @param kind natural person, legal person or staff
 * @param name the person's or enterprise's name
 * @param roles the department roles of staff; empty for applicants
 */
public record Actor(UUID id, AccountKind kind, String name,
		List<DepartmentRole> roles) implements Serializable, Audited {

	private static final Comparator<DepartmentRole> ORDER = Comparator.comparing(DepartmentRole::role)
		.thenComparing(DepartmentRole::department);

	public Actor {
		roles = roles.stream().sorted(ORDER).distinct().toList();
		if (kind != AccountKind.STAFF && !roles.isEmpty()) {
			throw new IllegalArgumentException("Only staff hold department roles");
		}
	}

	public boolean isStaff() {
		return kind == AccountKind.STAFF;
	}

	public boolean has(Role role) {
		return role == Role.APPLICANT ? !isStaff() : roles.stream().anyMatch(held -> held.role() == role);
	}

	/** The roles without their departments: {@code APPLICANT} for applicants. */
	public SortedSet<Role> roleNames() {
		var names = new TreeSet<Role>();
		if (!isStaff()) {
			names.add(Role.APPLICANT);
		}
		roles.forEach(held -> names.add(held.role()));
		return names;
	}

	/** The departments the actor's roles are scoped to. */
	public SortedSet<String> departments() {
		var departments = new TreeSet<String>();
		roles.forEach(held -> departments.add(held.department()));
		return departments;
	}

	/**
	 * What access rules check: {@code ROLE_<ROLE>} for every role and
	 * {@code dept:<DEPARTMENT>:<role>} for every department role.
	 */
	public Set<String> authorities() {
		var authorities = new LinkedHashSet<String>();
		roleNames().forEach(role -> authorities.add(role.authority()));
		roles.forEach(held -> authorities.add(held.authority()));
		return authorities;
	}

	/** The actor as the audit trail names them: the account, roles and departments. */
	@Override
	public AuditActor audited() {
		return new AuditActor(id, roleNames().stream().map(Role::name).collect(Collectors.joining(",")),
				departments().isEmpty() ? null : String.join(",", departments()));
	}

}
