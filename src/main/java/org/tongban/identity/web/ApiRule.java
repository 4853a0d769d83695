package org.tongban.identity.web;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.web.util.pattern.PathPatternParser;
import org.tongban.identity.Role;

/**
 * One access rule of the API (R12.5): who may call the paths it names, with one method or
 * any. The rules are data so that the same list both guards the API
 * ({@link SecurityConfiguration}) and is stated for each operation of the OpenAPI
 * document ({@link ApiAccessDocumentation}).
 *
 * @param method the method, or null for any
 * @param roles who may call: empty for anybody signed in; ignored when {@code anyone}
 * @param anyone whether no token is needed
 * @param exchangeClients whether the paths are the data-exchange API's, which department
 * systems call with an access token of the exchange's authorization server (R9.3) and no
 * account of the platform opens
 */
record ApiRule(HttpMethod method, List<String> patterns, boolean anyone, List<Role> roles, boolean exchangeClients) {

	static ApiRule anyone(HttpMethod method, String... patterns) {
		return new ApiRule(method, List.of(patterns), true, List.of(), false);
	}

	static ApiRule signedIn(HttpMethod method, String... patterns) {
		return new ApiRule(method, List.of(patterns), false, List.of(), false);
	}

	static ApiRule roles(HttpMethod method, List<Role> roles, String... patterns) {
		return new ApiRule(method, List.of(patterns), false, roles, false);
	}

	/**
	 * The data-exchange API: the exchange module's own filter chain, ordered before the
	 * platform's, serves it to clients with an exchange token; should a request ever
	 * reach the platform's chain, it is refused.
	 */
	static ApiRule exchangeClients(String... patterns) {
		return new ApiRule(null, List.of(patterns), false, List.of(), true);
	}

	/**
	 * Whether the rule covers a path as the OpenAPI document writes it, with
	 * {@code {parameters}}.
	 */
	boolean covers(HttpMethod requested, String path) {
		PathContainer container = PathContainer.parsePath(path);
		return (method == null || method.equals(requested)) && patterns.stream()
			.anyMatch(pattern -> PathPatternParser.defaultInstance.parse(pattern).matches(container));
	}

	void applyTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		var paths = requests.requestMatchers(method, patterns.toArray(String[]::new));
		if (exchangeClients) {
			paths.denyAll();
		}
		else if (anyone) {
			paths.permitAll();
		}
		else if (roles.isEmpty()) {
			paths.authenticated();
		}
		else {
			paths.hasAnyRole(roles.stream().map(Role::name).toArray(String[]::new));
		}
	}

	/** The roles as a reader of the API names them. */
	String rolesText() {
		return roles.stream().map(Role::name).collect(Collectors.joining(", "));
	}

}
