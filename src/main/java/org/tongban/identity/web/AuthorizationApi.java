package org.tongban.identity.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.identity.Actor;
import org.tongban.identity.registration.AuthorizationForm;
import org.tongban.identity.registration.AuthorizationView;
import org.tongban.identity.registration.EnterpriseAuthorizations;

/**
 * Authorizations (授权委托, R1.6) for programs, as on the page: the legal representative
 * grants with {@code creditCode}, {@code agentName}, {@code agentResidentId},
 * {@code scope} ({@code REGISTER} or {@code AGENT}) and {@code validUntil} (201, or 422
 * field by field), lists what they granted and were granted, and revokes (404 for an
 * authorization they did not grant).
 */
@RestController
@RequestMapping(path = "/api/v1/my/authorizations", produces = "application/json")
@Tag(name = "Authorizations", description = "Authorizations of agents by an enterprise's legal representative (R1.6)")
class AuthorizationApi {

	private final EnterpriseAuthorizations authorizations;

	AuthorizationApi(EnterpriseAuthorizations authorizations) {
		this.authorizations = authorizations;
	}

	@GetMapping
	@Operation(summary = "The authorizations the caller granted and was granted")
	AuthorizationsJson list(@AuthenticationPrincipal Actor actor) {
		return new AuthorizationsJson(authorizations.grantedBy(actor), authorizations.grantedTo(actor));
	}

	@PostMapping
	@Operation(summary = "Grant an authorization to an agent of the caller's enterprise")
	@ApiResponse(responseCode = "201", description = "The authorization")
	@ApiResponse(responseCode = "422", description = "`errors` maps each wrong field to its message")
	@ResponseStatus(HttpStatus.CREATED)
	AuthorizationView grant(@RequestBody AuthorizationForm form, @AuthenticationPrincipal Actor actor)
			throws BindException {
		var errors = new BeanPropertyBindingResult(form, "authorization");
		return authorizations.grant(form, actor, errors).orElseThrow(() -> new BindException(errors));
	}

	@PostMapping("/{id}/revoke")
	@Operation(summary = "Revoke an authorization the caller granted")
	AuthorizationView revoke(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		return authorizations.revoke(id, actor);
	}

	record AuthorizationsJson(List<AuthorizationView> grantedBy, List<AuthorizationView> grantedTo) {
	}

}
