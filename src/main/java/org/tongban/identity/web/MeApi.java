package org.tongban.identity.web;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.identity.AccountKind;
import org.tongban.identity.AccountProfile;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;

/**
 * Who the caller is (R1.3): their account with numbers masked, their roles and the
 * departments these cover.
 */
@RestController
@Tag(name = "Account", description = "The caller's own account (R1.3)")
class MeApi {

	private final Accounts accounts;

	MeApi(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping(path = "/api/v1/me", produces = "application/json")
	@Operation(operationId = "getMe",
			summary = "The caller's account with numbers masked, roles and the departments they cover")
	MeJson me(@AuthenticationPrincipal Actor actor) {
		AccountProfile profile = accounts.profile(actor.id());
		return new MeJson(actor.id(), actor.kind(), profile.name(), profile.accountName(), profile.department(),
				profile.residentId(), profile.mobile(), profile.creditCode(), profile.legalRepresentative(),
				profile.agents(), profile.actsFor(), actor.roleNames(), actor.departments(), actor.roles(),
				actor.authorities());
	}

	/** Empty fields are left out: each kind of account has its own. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record MeJson(UUID id, AccountKind kind, String name, String accountName, String department, String residentId,
			String mobile, String creditCode, String legalRepresentative, List<String> agents, List<String> actsFor,
			SortedSet<Role> roles, SortedSet<String> departments, List<DepartmentRole> departmentRoles,
			Set<String> authorities) {
	}

}
