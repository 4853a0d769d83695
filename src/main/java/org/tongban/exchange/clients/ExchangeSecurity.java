package org.tongban.exchange.clients;

import java.util.List;
import java.util.function.Supplier;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.function.SingletonSupplier;

/**
 * The security of the data-exchange API (R9.3), ahead of the platform's own filter chains
 * (identity's {@code SecurityConfiguration}), which it leaves unchanged:
 * <ul>
 * <li>the authorization server (Spring Authorization Server) at {@code /oauth2/**} and
 * {@code /.well-known/oauth-authorization-server}: department systems get access tokens
 * with the client-credentials grant, authenticated by their secret or by a TLS client
 * certificate ({@code tls_client_auth});</li>
 * <li>a resource server for {@code /api/v1/exchange/**} only: a JWT access token of an
 * enabled client with the exchange scope, and nothing else. A session of an applicant or
 * of staff is not even read here, and an exchange token is no token of the platform's own
 * API, so neither opens the other.</li>
 * </ul>
 * The tokens are self-contained JWTs, signed with the key every node shares
 * ({@link SigningKey}), valid for {@link ExchangeClients#TOKEN_LIFETIME}; they are not
 * stored, and each request checks that its client is still enabled.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeSecurity {

	/** The path of the exchange API. */
	static final String API = "/api/v1/exchange/**";

	/** The claim of an access token that names its client's department. */
	static final String DEPARTMENT_CLAIM = "department";

	@Bean
	@Order(-2)
	SecurityFilterChain authorizationServer(HttpSecurity http, ExchangeSecurityProblems problems) throws Exception {
		http.oauth2AuthorizationServer(server -> http.securityMatcher(server.getEndpointsMatcher()))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.exceptionHandling(failures -> failures.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(-1)
	SecurityFilterChain exchangeResourceServer(HttpSecurity http, JwtDecoder exchangeJwtDecoder,
			ExchangeClients clients, ExchangeSecurityProblems problems) throws Exception {
		return http.securityMatcher(API)
			.authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority("SCOPE_" + ExchangeClients.SCOPE))
			.oauth2ResourceServer(server -> server
				.jwt(jwt -> jwt.decoder(exchangeJwtDecoder).jwtAuthenticationConverter(token -> caller(token, clients)))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.exceptionHandling(failures -> failures.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.build();
	}

	/**
	 * The caller of a valid token, if its client is still enabled: the department comes
	 * from the client's registration, not from the token.
	 */
	private static AbstractAuthenticationToken caller(Jwt token, ExchangeClients clients) {
		String clientId = token.getSubject();
		String department = clients.enabledDepartment(clientId)
			.orElseThrow(() -> new InvalidBearerTokenException("The client is disabled or unknown"));
		List<String> scopes = token.getClaimAsStringList("scope");
		var authorities = (scopes == null ? List.<String>of() : scopes).stream()
			.map(scope -> new SimpleGrantedAuthority("SCOPE_" + scope))
			.toList();
		var caller = new ExchangeCaller(clientId, department);
		var authentication = new AbstractAuthenticationToken(authorities) {

			@Override
			public Object getCredentials() {
				return token;
			}

			@Override
			public Object getPrincipal() {
				return caller;
			}

		};
		authentication.setAuthenticated(true);
		return authentication;
	}

	/**
	 * The registered clients (standard schema), of which the disabled ones are unknown to
	 * the authorization server, so that they get no token.
	 */
	@Bean
	RegisteredClientRepository registeredClientRepository(JdbcOperations jdbcOperations, JdbcClient jdbc) {
		var stored = new JdbcRegisteredClientRepository(jdbcOperations);
		return new RegisteredClientRepository() {

			@Override
			public void save(RegisteredClient registeredClient) {
				stored.save(registeredClient);
			}

			@Override
			public RegisteredClient findById(String id) {
				return enabled(stored.findById(id));
			}

			@Override
			public RegisteredClient findByClientId(String clientId) {
				return enabled(stored.findByClientId(clientId));
			}

			private RegisteredClient enabled(RegisteredClient client) {
				return client != null && jdbc
					.sql("select count(*) from exchange_client where client_id = :clientId and enabled = true")
					.param("clientId", client.getClientId())
					.query(Integer.class)
					.single() > 0 ? client : null;
			}

		};
	}

	/**
	 * Nothing is stored of a client-credentials grant: its JWT holds all the resource
	 * server needs, and a client disabled is refused on every request. Stored in memory,
	 * the grants would differ between nodes and grow without end.
	 */
	@Bean
	OAuth2AuthorizationService authorizationService() {
		return new OAuth2AuthorizationService() {

			@Override
			public void save(OAuth2Authorization authorization) {
			}

			@Override
			public void remove(OAuth2Authorization authorization) {
			}

			@Override
			public OAuth2Authorization findById(String id) {
				return null;
			}

			@Override
			public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
				return null;
			}

		};
	}

	/** Read when first needed, once the database has been migrated. */
	@Bean
	JWKSource<SecurityContext> jwkSource(SigningKey signingKey) {
		Supplier<JWKSet> keys = SingletonSupplier.of(() -> new JWKSet(signingKey.load()));
		return (selector, context) -> selector.select(keys.get());
	}

	@Bean
	JwtDecoder exchangeJwtDecoder(JWKSource<SecurityContext> jwkSource) {
		Supplier<JwtDecoder> decoder = SingletonSupplier.of(() -> NimbusJwtDecoder.withJwkSource(jwkSource).build());
		return token -> decoder.get().decode(token);
	}

	/**
	 * Names the client's department in its access tokens, for the department's systems.
	 */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> departmentClaim(JdbcClient jdbc) {
		return context -> {
			if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				jdbc.sql("select department_code from exchange_client where client_id = :clientId")
					.param("clientId", context.getRegisteredClient().getClientId())
					.query(String.class)
					.optional()
					.ifPresent(department -> context.getClaims().claim(DEPARTMENT_CLAIM, department));
			}
		};
	}

	/**
	 * The issuer is the address the platform is reached at, from the request, unless
	 * {@code tongban.exchange.issuer} fixes it (behind a proxy that rewrites the host).
	 */
	@Bean
	AuthorizationServerSettings authorizationServerSettings(@Value("${tongban.exchange.issuer:}") String issuer) {
		var settings = AuthorizationServerSettings.builder();
		if (!issuer.isBlank()) {
			settings.issuer(issuer);
		}
		return settings.build();
	}

}
