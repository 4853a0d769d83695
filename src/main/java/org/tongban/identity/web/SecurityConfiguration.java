package org.tongban.identity.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.identity.login.LoginProperties;
import org.tongban.identity.login.PasswordLogin;
import org.tongban.shared.audit.Audit;

/**
 * Who may use what (R12.5): every path is declared here, and anything not declared is
 * refused ({@code denyAll}).
 * <p>
 * Two filter chains. The API ({@code /api/**}) is stateless: a bearer token on each
 * request, no session, no CSRF (a token in a header is not sent by a browser on its own),
 * 401 and 403 as problem details. The pages use the web session (Spring Session in the
 * database) with CSRF protection on every form, and send anonymous visitors of a
 * protected page to {@code /login}.
 * <p>
 * {@code /actuator/prometheus} stays public like health: the metrics hold counts and
 * timings, no personal data, and a scraper with a credential that expires would stop
 * seeing the platform exactly when it matters. In production the actuator listens on its
 * own port (application-prod.yml), which only the operators' network reaches.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginProperties.class)
@SecurityScheme(name = SecurityConfiguration.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "A token from POST /api/v1/auth/login")
class SecurityConfiguration {

	/** The name of the bearer token in the OpenAPI document. */
	static final String BEARER = "bearer";

	/**
	 * No inline script or style anywhere (the pages have none); nothing may frame the
	 * platform.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/**
	 * The platform uses none of the browser's powerful features, so no page (or anything
	 * injected) may ask.
	 */
	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), bluetooth=(), camera=(), "
			+ "display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), "
			+ "payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), "
			+ "xr-spatial-tracking=()";

	/**
	 * Who may call what in the API, the first rule that matches deciding; anything else
	 * is refused. The OpenAPI document states these rules for each operation
	 * ({@link ApiAccessDocumentation}).
	 */
	static final List<ApiRule> API_RULES = List.of(
			ApiRule.anyone(GET, "/api/v1/matters", "/api/v1/matters/**", "/api/v1/departments", "/api/v1/themes",
					"/api/v1/bundles", "/api/v1/bundles/**", "/api/v1/calendar/**", "/api/v1/publicity"),
			// The data-element dictionary and the sharing catalogue, public (R9.1, R9.5).
			ApiRule.anyone(GET, "/api/v1/data-elements", "/api/v1/data-elements/**"),
			// The sharing catalogue's requests: department admins, the departments
			// checked
			// on every request (R9.5).
			ApiRule.roles(null, List.of(Role.DEPARTMENT_ADMIN), "/api/v1/admin/sharing/**"),
			ApiRule.signedIn(POST, "/api/v1/auth/logout", "/api/v1/auth/logout-everywhere"),
			ApiRule.roles(POST, List.of(Role.APPLICANT), "/api/v1/auth/register/enterprise"),
			ApiRule.anyone(null, "/api/v1/auth/**"), ApiRule.signedIn(GET, "/api/v1/me"),
			// Who used the caller's data (R16.1): their own only, no parameter names
			// anybody else.
			ApiRule.roles(GET, List.of(Role.APPLICANT), "/api/v1/my/data-use"),
			ApiRule.roles(null, List.of(Role.APPLICANT), "/api/v1/drafts", "/api/v1/drafts/**", "/api/v1/applications",
					"/api/v1/applications/**", "/api/v1/bundle-applications", "/api/v1/bundle-applications/**",
					"/api/v1/my/**"),
			ApiRule.anyone(GET, "/api/v1/query"), ApiRule.anyone(GET, "/api/v1/query/bundle"),
			// Questions on a matter (R10.3): anybody, a logged-in caller as their
			// account;
			// limited per client address.
			ApiRule.anyone(POST, "/api/v1/matters/*/questions"),
			// Open data (R9.6): anonymized statistics, small counts suppressed.
			ApiRule.anyone(GET, "/api/v1/open-data/**"),
			// The statistics console's tables (R11): the supervisors, and the department
			// leaders for their own department (checked by the API on every call).
			ApiRule.roles(GET, List.of(Role.SUPERVISOR, Role.APPROVER), "/api/v1/statistics", "/api/v1/statistics/**"),
			// The sharing metrics (R9.5): counts and timings, for the system admin and
			// the supervisors.
			ApiRule.roles(GET, List.of(Role.SYSTEM_ADMIN, Role.SUPERVISOR), "/api/v1/admin/sharing-metrics"),
			// The delivery of results at a department's hall: its window clerks, the
			// department checked on every delivery (R6.4).
			ApiRule.roles(null, List.of(Role.WINDOW_CLERK), "/api/v1/staff/deliveries", "/api/v1/staff/deliveries/**"),
			// The life cycle of licences: the approvers of the issuing department, the
			// department checked on every licence (R15.5).
			ApiRule.roles(null, List.of(Role.APPROVER), "/api/v1/staff/licences", "/api/v1/staff/licences/**"),
			// The licences a department issues by hand: its approvers, the department
			// checked on every licence (R6.3, R15.5).
			ApiRule.roles(null, List.of(Role.APPROVER), "/api/v1/staff/licence-issues",
					"/api/v1/staff/licence-issues/**"),
			// The public verification of licences (R6.3), limited per client address.
			ApiRule.anyone(GET, "/api/v1/licences/*/verification"),
			// The base registry of e-licences (R15.10): staff of any department and role,
			// the case named on every read checked to be of their department.
			ApiRule.roles(GET, Arrays.stream(Role.values()).filter(Role::isStaff).toList(), "/api/v1/registry/licences",
					"/api/v1/registry/licences/*"),
			// The holder renews their licence (R15.5); the service checks it is theirs.
			ApiRule.roles(POST, List.of(Role.APPLICANT), "/api/v1/licences/*/renewal"),
			// Satisfaction ratings (R15.8, R16.3): the supervision office verifies bad
			// ones, decides appeals and ranks; a department's administrator rectifies,
			// replies and appeals, the department checked on every rating.
			ApiRule.roles(null, List.of(Role.SUPERVISOR), "/api/v1/supervision/ratings",
					"/api/v1/supervision/ratings/**"),
			ApiRule.roles(null, List.of(Role.DEPARTMENT_ADMIN), "/api/v1/department/ratings",
					"/api/v1/department/ratings/**"),
			// Case work for department systems and staff: the department is checked on
			// every case.
			ApiRule.roles(null, List.of(Role.WINDOW_CLERK, Role.REVIEWER, Role.APPROVER), "/api/v1/staff/**"),
			// Expert review: an expert's assigned cases, each checked to be theirs
			// (R5.3).
			ApiRule.roles(null, List.of(Role.EXPERT), "/api/v1/expert/**"),
			// The integrated window: its desk checks that the clerk is of the
			// government service centre (R4.5).
			ApiRule.roles(null, List.of(Role.WINDOW_CLERK), "/api/v1/window/**"),
			// The data-exchange API: department systems with an access token of the
			// exchange's authorization server, within their department's grants (R9.3);
			// no account of the platform, and no token of this API, opens it.
			ApiRule.exchangeClients("/api/v1/exchange/**"),
			// The development outbox exists only in the demo profile, and checks its
			// callers itself (loopback only).
			ApiRule.anyone(null, "/api/v1/dev/**"),
			// Open311 GeoReport v2 (R10.1): anyone files and follows feedback, as on the
			// /feedback pages; the answers show nothing personal, and filing is limited
			// per address.
			ApiRule.anyone(GET, "/open311/v2/services.*", "/open311/v2/requests.*", "/open311/v2/requests/*"),
			ApiRule.anyone(POST, "/open311/v2/requests.*"));

	private static final String[] STAFF_ROLES = Arrays.stream(Role.values())
		.filter(Role::isStaff)
		.map(Role::name)
		.toArray(String[]::new);

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokenAuthenticationProvider tokens, ApiSecurityProblems problems)
			throws Exception {
		var bearer = new AuthenticationFilter(new ProviderManager(tokens),
				request -> BearerToken.of(request).orElse(null));
		bearer.setSuccessHandler((request, response, authentication) -> {
		});
		bearer.setFailureHandler(new AuthenticationEntryPointFailureHandler(problems));
		return http.securityMatcher("/api/**", "/open311/**").authorizeHttpRequests(requests -> {
			API_RULES.forEach(rule -> rule.applyTo(requests));
			requests.anyRequest().denyAll();
		})
			.addFilterBefore(bearer, AnonymousAuthenticationFilter.class)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.exceptionHandling(failures -> failures.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(SecurityConfiguration::headers)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, LoginProperties properties, Clock clock, Audit audit)
			throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(GET, "/", "/matters", "/matters/**", "/bundles/**", "/departments", "/query",
						"/publicity", "/open-data", "/data-elements", "/css/**", "/js/**", "/webjars/**",
						"/favicon.svg")
				.permitAll()
				// The public query posts its form, so that the query code stays out of
				// addresses (R7.2).
				.requestMatchers(POST, "/query")
				.permitAll()
				// The rating of a window visit (R15.8): whoever holds the receipt, its
				// query code posted.
				.requestMatchers("/rate-visit")
				.permitAll()
				// The rating results (R10.2, R16.3): public, the months that ended, small
				// counts withheld.
				.requestMatchers(GET, "/ratings")
				.permitAll()
				// Complaints, suggestions and reports (R10.1): anyone files and follows
				// them; the follow-up posts its form, so that the query code stays out of
				// addresses.
				.requestMatchers("/feedback", "/feedback/**")
				.permitAll()
				// Consultation (R10.3): anybody asks on a guide, follows with the number
				// and the posted query code, and finds an answer helpful.
				.requestMatchers(GET, "/questions", "/questions/asked")
				.permitAll()
				.requestMatchers(POST, "/matters/*/ask", "/questions", "/matters/*/faq/*/helpful")
				.permitAll()
				// The public verification of licences (R6.3): by id, and by an uploaded
				// PDF.
				.requestMatchers(GET, "/verify", "/verify/*")
				.permitAll()
				.requestMatchers(POST, "/verify")
				.permitAll()
				.requestMatchers("/register/enterprise")
				.hasRole(Role.APPLICANT.name())
				.requestMatchers("/login", "/login/**", "/register", "/register/**", "/error")
				.permitAll()
				.requestMatchers(GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui/**",
						"/swagger-ui.html")
				.permitAll()
				.requestMatchers(GET, "/actuator/health", "/actuator/health/**", "/actuator/prometheus")
				.permitAll()
				.requestMatchers("/my", "/my/**", "/apply/**")
				.hasRole(Role.APPLICANT.name())
				// The delivery of results: the window clerks of a department's hall
				// (R6.4).
				.requestMatchers("/staff/deliveries", "/staff/deliveries/**")
				.hasRole(Role.WINDOW_CLERK.name())
				// The life cycle of licences, and those issued by hand: the approvers of
				// the issuing department (R6.3, R15.5).
				.requestMatchers("/staff/licences", "/staff/licences/**", "/staff/licence-issues",
						"/staff/licence-issues/**")
				.hasRole(Role.APPROVER.name())
				// The window visits' ratings per clerk (R15.8): the supervision office,
				// and a department's administrators for their clerks (narrowed by the
				// service); never a clerk.
				.requestMatchers(GET, "/staff/visit-ratings")
				.hasAnyRole(Role.SUPERVISOR.name(), Role.DEPARTMENT_ADMIN.name())
				.requestMatchers("/staff", "/staff/**")
				.hasAnyRole(STAFF_ROLES)
				.requestMatchers("/expert", "/expert/**")
				.hasRole(Role.EXPERT.name())
				// The integrated window: its clerks of the government service centre
				// only (R4.5).
				.requestMatchers("/window", "/window/**")
				.hasAuthority(DepartmentRole.INTEGRATED_WINDOW.authority())
				.requestMatchers("/admin/calendar", "/admin/calendar/**", "/admin/notifications",
						"/admin/notifications/**", "/admin/processes", "/admin/processes/**", "/admin/events")
				.hasRole(Role.SYSTEM_ADMIN.name())
				// Accounts and roles: the security administrator's and department
				// admins', not the system admin's.
				.requestMatchers("/admin/staff", "/admin/staff/**", "/admin/departments")
				.hasAnyRole(Role.SECURITY_ADMIN.name(), Role.DEPARTMENT_ADMIN.name())
				// The sharing metrics (R9.5): counts and timings, no personal data.
				.requestMatchers(GET, "/admin/sharing-metrics")
				.hasAnyRole(Role.SYSTEM_ADMIN.name(), Role.SUPERVISOR.name())
				// The department systems that call the data-exchange API: the system
				// admin's for every department, a department admin's for their own
				// (R9.3).
				.requestMatchers("/admin/exchange-clients", "/admin/exchange-clients/**")
				.hasAnyRole(Role.SYSTEM_ADMIN.name(), Role.DEPARTMENT_ADMIN.name())
				// The sharing catalogue's requests: department admins, the departments
				// checked on every request (R9.5).
				.requestMatchers("/admin/sharing", "/admin/sharing/**")
				.hasRole(Role.DEPARTMENT_ADMIN.name())
				// A department's bad ratings: its administrators, the departments
				// checked on every rating (R15.8, R16.3).
				.requestMatchers("/admin/ratings", "/admin/ratings/**")
				.hasRole(Role.DEPARTMENT_ADMIN.name())
				.requestMatchers("/admin")
				.hasAnyRole(Role.SYSTEM_ADMIN.name(), Role.SECURITY_ADMIN.name(), Role.DEPARTMENT_ADMIN.name())
				.requestMatchers("/supervision", "/supervision/**")
				.hasRole(Role.SUPERVISOR.name())
				// The statistics console (R11.3): supervisors, and department leaders for
				// their own department (narrowed by the console itself).
				.requestMatchers(GET, "/statistics", "/statistics/**")
				.hasAnyRole(Role.SUPERVISOR.name(), Role.APPROVER.name())
				// The audit trail: the auditor's alone (MLPS level 3).
				.requestMatchers("/audit", "/audit/**")
				.hasRole(Role.AUDITOR.name())
				.requestMatchers(POST, "/logout", "/logout/everywhere")
				.authenticated()
				// The development outbox exists only in the demo profile, and checks its
				// callers itself (loopback only).
				.requestMatchers("/dev/**")
				.permitAll()
				.anyRequest()
				.denyAll())
			.addFilterBefore(new AbsoluteSessionTimeout(properties.absoluteSessionTimeout(), clock),
					SecurityContextHolderFilter.class)
			.exceptionHandling(
					failures -> failures.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.addLogoutHandler((request, response, authentication) -> loggedOut(audit, authentication, null)))
			.headers(SecurityConfiguration::headers)
			.csrf(Customizer.withDefaults())
			.build();
	}

	/**
	 * Records a log-out (R8.4) of an actor who had logged in; a visitor half-way through
	 * a log-in, or whose session had ended, leaves nothing to record.
	 */
	static void loggedOut(Audit audit, Authentication authentication, String detail) {
		if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
			audit.succeeded(actor.audited(), "logout", PasswordLogin.ACCOUNT, actor.id(), detail);
		}
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
	}

}
