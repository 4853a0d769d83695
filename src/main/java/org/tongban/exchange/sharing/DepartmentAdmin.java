package org.tongban.exchange.sharing;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * A department administrator as the sharing catalogue sees them: their account and the
 * departments they administer, read from the authorities
 * {@code dept:<DEPT>:department_admin} of the log-in, since the exchange module may not
 * know the identity module's accounts.
 */
public record DepartmentAdmin(UUID id, Set<String> departments) {

	static final String AUTHORITY_PREFIX = "dept:";

	static final String AUTHORITY_SUFFIX = ":department_admin";

	public DepartmentAdmin {
		// sorted, so that pages list them in a stable order
		departments = Collections.unmodifiableSortedSet(new TreeSet<>(departments));
	}

	/**
	 * The administrator of a log-in; administering no department when it holds no such
	 * role.
	 */
	public static DepartmentAdmin of(UUID id, Authentication authentication) {
		return new DepartmentAdmin(id,
				departmentsOf(authentication == null ? List.of() : authentication.getAuthorities()));
	}

	static SortedSet<String> departmentsOf(Collection<? extends GrantedAuthority> authorities) {
		var departments = new TreeSet<String>();
		authorities.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority != null && authority.startsWith(AUTHORITY_PREFIX)
					&& authority.endsWith(AUTHORITY_SUFFIX))
			.map(authority -> authority.substring(AUTHORITY_PREFIX.length(),
					authority.length() - AUTHORITY_SUFFIX.length()))
			.forEach(departments::add);
		return departments;
	}

	public boolean administers(String department) {
		return departments.contains(department);
	}

}
