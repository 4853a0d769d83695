package org.tongban.identity.web;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.tongban.shared.web.ApiContract;

/**
 * States in the OpenAPI document who may call each operation, from the rules that guard
 * the API ({@link SecurityConfiguration#API_RULES}) rather than from a second list that
 * could drift (R14.3): public operations need no token ({@code security: []}); the others
 * need the bearer token and may answer 401, and 403 when only some roles may call them.
 * <p>
 * No session cookie scheme is declared: the API is stateless and reads only the bearer
 * token; the session cookie signs in the pages, which are not part of the document.
 */
@Component
class ApiAccessDocumentation implements OpenApiCustomizer {

	/** The security scheme of the data-exchange API (client credentials, OAuth 2.0). */
	static final String EXCHANGE = "exchange";

	@Override
	public void customise(OpenAPI api) {
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			ApiRule rule = SecurityConfiguration.API_RULES.stream()
				.filter(candidate -> candidate.covers(HttpMethod.valueOf(method.name()), path))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No access rule for " + method + " " + path));
			if (rule.exchangeClients()) {
				operation.setSecurity(List.of(new SecurityRequirement().addList(EXCHANGE, "exchange")));
				ApiContract.refusal(operation, 401, "No valid access token of an enabled exchange client");
				ApiContract.refusal(operation, 403, "No grant in force, or not the registry's owner");
				return;
			}
			if (rule.anyone()) {
				operation.setSecurity(List.of());
				return;
			}
			operation.setSecurity(List.of(new SecurityRequirement().addList(SecurityConfiguration.BEARER)));
			ApiContract.refusal(operation, 401, "No valid bearer token: none, expired or revoked");
			if (!rule.roles().isEmpty()) {
				ApiContract.refusal(operation, 403, "The account has none of the roles " + rule.rolesText());
			}
		}));
	}

}
