package org.tongban.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tongban.exchange.ExchangeClientFixture;
import org.tongban.exchange.clients.ExchangeClients;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.LogInMethod;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.identity.login.ApiTokens;

/**
 * R12.5, least privilege and deny by default: every endpoint of the application, called
 * as every role and anonymously, answers what the table below says, and nothing else.
 * <p>
 * The endpoints are not listed by hand but read from Spring MVC
 * ({@code requestMappingHandlerMapping}): an endpoint that the table does not list, or a
 * row of the table that no endpoint answers any more, fails
 * {@link #theTableListsEveryEndpointOfTheApplication()}, so that a new endpoint cannot be
 * added without deciding who may use it.
 * <p>
 * Outcomes, by category rather than exact status:
 * <ul>
 * <li>{@code ok}: allowed, any 2xx, or a 3xx that is not a redirect to the log-in page
 * (e.g. after a form);</li>
 * <li>{@code login}: not logged in, a page redirects to {@code /login} and the API
 * answers 401 (log in first). The pages of the second log-in step also send anyone who is
 * not half-way through a staff log-in back to a log-in step ({@code /login} or
 * {@code /login/second-factor});</li>
 * <li>{@code 403}: logged in with a role that is not allowed;</li>
 * <li>{@code 404}: allowed, and the object does not exist or lies outside the caller's
 * scope (no insecure direct object references: the sample object is an unknown id,
 * refused the same way as somebody else's);</li>
 * <li>{@code 400} / {@code 422}: allowed through access control, and then refused by
 * validation because the sample call carries no (or an empty) body or form: this still
 * proves that access was granted;</li>
 * <li>{@code 401!}: a public log-in endpoint that refuses the empty credentials itself
 * (the API answers 401 for a wrong credential, whoever calls);</li>
 * <li>{@code 500}: the error page called directly, with no error to show.</li>
 * </ul>
 * Pages are called with the session authentication and a CSRF token. The API is called
 * with a real bearer token from {@link ApiTokens}, a fresh one for each call since one of
 * the calls revokes the caller's tokens: the test authentication of spring-security-test
 * would also pass the stateless chain, but only a token goes through the bearer filter
 * the way a real client does. Nothing here changes shared state: the objects of
 * state-changing calls do not exist, or the call is refused by validation, and log-out
 * everywhere ends only the sessions of this class's own fresh accounts.
 */
@IdentityTest
class EveryEndpointAsEveryRoleTests {

	/** The callers, in the order of the table's columns. */
	enum Caller {

		ANONYMOUS, PERSON, ENTERPRISE, WINDOW_CLERK, REVIEWER, APPROVER, EXPERT, SUPERVISOR, DEPARTMENT_ADMIN,
		SYSTEM_ADMIN, SECURITY_ADMIN, AUDITOR

	}

	/** An object nobody has: a member of staff, found by nobody. */
	static final UUID NOBODY = UUID.fromString("00000000-0000-4000-8000-0000000000e5");

	/** Where a caller who must log in (first, or again) is sent. */
	static final Set<String> LOG_IN_STEPS = Set.of("/login", "/login/second-factor");

	static final String MATTER = "SCJGJ-SPJYXK";

	static final String BUNDLE = "YJS-QYKB";

	/** A licence id nobody has. */
	static final String LICENCE = "DZZZ-00000000000000000000000000";

	/** A credit code of the demo's legal-person registry. */
	static final String CREDIT_CODE = "91210202MA0Q5K7D3U";

	/** A purpose of the sharing catalogue that no department holds a grant for. */
	static final String EXCHANGE_PURPOSE = "every-endpoint-test";

	/** An application number nobody has. */
	static final String NUMBER = "TB20261127999999";

	/**
	 * The table: the endpoint as Spring MVC names it ({@code METHOD path-pattern}, with a
	 * parameter condition in brackets), the request that stands for it, and the outcome
	 * for each caller in the order of {@link Caller}.
	 */
	static final List<Row> TABLE = List.of(
	// @formatter:off
	//                                                                                                                        anon    person  enterp  clerk   review  approv  expert  superv  deptad  sysadm  secadm  audit
	// The public catalogue and calendar: open to everyone, reading only.
	row("GET /",                                            "/",                                                             "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /matters",                                     "/matters",                                                      "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /matters/{code}",                              "/matters/" + MATTER,                                            "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /matters/{code}/application-form.pdf",         "/matters/" + MATTER + "/application-form.pdf",                  "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /publicity",                                   "/publicity",                                                    "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /bundles/{code}",                              "/bundles/" + BUNDLE,                                            "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /departments",                                 "/departments",                                                  "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /api/v1/matters",                              "/api/v1/matters",                                               "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /api/v1/matters/{code}",                       "/api/v1/matters/" + MATTER,                                     "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /api/v1/matters/{code}/versions/{version}",    "/api/v1/matters/" + MATTER + "/versions/1",                     "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /api/v1/publicity",                            "/api/v1/publicity?page=1",                                      "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /api/v1/departments",                          "/api/v1/departments",                                           "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /api/v1/themes",                               "/api/v1/themes",                                                "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /api/v1/bundles",                              "/api/v1/bundles",                                               "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /api/v1/bundles/{code}",                       "/api/v1/bundles/" + BUNDLE,                                     "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	// The data-element dictionary and the sharing catalogue (R9.1, R9.5): public, reading only.
	row("GET /data-elements",                                "/data-elements",                                                "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /api/v1/data-elements",                         "/api/v1/data-elements",                                         "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /api/v1/data-elements/{code}",                  "/api/v1/data-elements/DE0002",                                  "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /api/v1/data-elements/registries",              "/api/v1/data-elements/registries",                              "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /api/v1/calendar",                             "/api/v1/calendar",                                              "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	// Open data (R9.6): anonymized statistics, public.
	row("GET /open-data",                                   "/open-data",                                                    "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /api/v1/open-data/applications",               "/api/v1/open-data/applications?from=2026-01&to=2026-03",        "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /api/v1/open-data/on-time",                    "/api/v1/open-data/on-time",                                     "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /api/v1/calendar/{year}",                      "/api/v1/calendar/2026",                                         "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /api/v1/calendar/working-day",                 "/api/v1/calendar/working-day?date=2026-10-08",                  "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /api/v1/calendar/add-working-days",            "/api/v1/calendar/add-working-days?from=2026-09-30&days=5",      "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	// Logging in and registering: open to everyone; the empty sample form or body is refused by validation.
	row("GET /login",                                       "/login",                                                        "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("POST /login",                                      "/login",                                                        "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /login/sms",                                   "/login/sms",                                                    "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("POST /login/sms",                                  "/login/sms",                                                    "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("POST /login/sms [send]",                           "/login/sms?send",                                               "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /login/certificate",                           "/login/certificate",                                            "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("POST /login/certificate",                          "/login/certificate",                                            "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	// The second step of a staff log-in: only for a log-in half-way through (tested in StaffSecondFactorTests);
	// anyone else, logged in or not, is sent back to a log-in step.
	row("GET /login/second-factor",                         "/login/second-factor",                                          "login   login   login   login   login   login   login   login   login   login   login   login"),
	row("POST /login/second-factor",                        "/login/second-factor",                                          "login   login   login   login   login   login   login   login   login   login   login   login"),
	row("POST /login/second-factor/sms",                    "/login/second-factor/sms",                                      "login   login   login   login   login   login   login   login   login   login   login   login"),
	row("GET /login/second-factor/enrol",                   "/login/second-factor/enrol",                                    "login   login   login   login   login   login   login   login   login   login   login   login"),
	row("POST /login/second-factor/enrol",                  "/login/second-factor/enrol",                                    "login   login   login   login   login   login   login   login   login   login   login   login"),
	row("POST /login/second-factor/enrol/sms",              "/login/second-factor/enrol/sms",                                "login   login   login   login   login   login   login   login   login   login   login   login"),
	row("GET /register",                                    "/register",                                                     "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /register/person",                             "/register/person",                                              "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("POST /register/person",                            "/register/person",                                              "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("POST /register/person [send]",                     "/register/person?send",                                         "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /register/done",                               "/register/done",                                                "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	// An enterprise is registered by the applicant who acts for it: an applicant role is required; that the agent is a
	// natural person, not an enterprise, is checked by the registration itself (the form shows the refusal).
	row("GET /register/enterprise",                         "/register/enterprise",                                          "login   ok      ok      403     403     403     403     403     403     403     403     403"),
	row("POST /register/enterprise",                        "/register/enterprise",                                          "login   ok      ok      403     403     403     403     403     403     403     403     403"),
	// Authorizations of agents by an enterprise's legal representative (R1.6): applicants; that the grantor is a natural
	// person and the representative is checked by the service (422); nobody revokes an authorization they did not grant.
	row("GET /my/authorizations",                           "/my/authorizations",                                            "login   ok      ok      403     403     403     403     403     403     403     403     403"),
	row("POST /my/authorizations",                          "/my/authorizations",                                            "login   ok      ok      403     403     403     403     403     403     403     403     403"),
	row("POST /my/authorizations/{id}/revoke",              "/my/authorizations/" + NOBODY + "/revoke",                      "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/my/authorizations",                    "/api/v1/my/authorizations",                                     "login   ok      ok      403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/my/authorizations",                   "/api/v1/my/authorizations",                                     "login   422     422     403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/my/authorizations/{id}/revoke",       "/api/v1/my/authorizations/" + NOBODY + "/revoke",               "login   404     404     403     403     403     403     403     403     403     403     403"),
	// The API log-in steps: open to everyone; the empty sample credentials are refused by the endpoint itself (401,
	// the same answer whatever was wrong), a certificate challenge is issued to anyone who asks.
	row("POST /api/v1/auth/login",                          "/api/v1/auth/login",                                            "401!    401!    401!    401!    401!    401!    401!    401!    401!    401!    401!    401!"),
	row("POST /api/v1/auth/sms-code",                       "/api/v1/auth/sms-code",                                         "400     400     400     400     400     400     400     400     400     400     400     400"),
	row("POST /api/v1/auth/second-factor/sms",              "/api/v1/auth/second-factor/sms",                                "401!    401!    401!    401!    401!    401!    401!    401!    401!    401!    401!    401!"),
	row("POST /api/v1/auth/certificate/challenge",          "/api/v1/auth/certificate/challenge",                            "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("POST /api/v1/auth/certificate/login",              "/api/v1/auth/certificate/login",                                "401!    401!    401!    401!    401!    401!    401!    401!    401!    401!    401!    401!"),
	row("POST /api/v1/auth/register/person",                "/api/v1/auth/register/person",                                  "422     422     422     422     422     422     422     422     422     422     422     422"),
	row("POST /api/v1/auth/register/enterprise",            "/api/v1/auth/register/enterprise",                              "login   422     422     403     403     403     403     403     403     403     403     403"),
	// Anyone logged in: who am I, log out, log out everywhere (this class's own accounts only).
	row("GET /api/v1/me",                                   "/api/v1/me",                                                    "login   ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("POST /api/v1/auth/logout",                         "/api/v1/auth/logout",                                           "login   ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("POST /api/v1/auth/logout-everywhere",              "/api/v1/auth/logout-everywhere",                                "login   ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("POST /logout/everywhere",                          "/logout/everywhere",                                            "login   ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	// Each area is for its roles.
	row("GET /my",                                          "/my",                                                           "login   ok      ok      403     403     403     403     403     403     403     403     403"),
	row("GET /staff",                                       "/staff",                                                        "login   403     403     ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	// Applying online and following one's applications: applicants only; the sample draft (an unknown id), application
	// (a well-formed unknown number) and matter are not found. The public query is open to everyone.
	row("GET /my/materials",                                "/my/materials",                                                 "login   ok      ok      403     403     403     403     403     403     403     403     403"),
	row("GET /my/materials/{attachmentId:[0-9a-fA-F-]{36}}", "/my/materials/" + NOBODY,                                       "login   404     404     403     403     403     403     403     403     403     403     403"),
	// The licence library (R6.5): the applicant's own licences only.
	row("GET /my/licences",                                 "/my/licences",                                                  "login   ok      ok      403     403     403     403     403     403     403     403     403"),
	row("GET /my/data-use",                                 "/my/data-use",                                                  "login   ok      ok      403     403     403     403     403     403     403     403     403"),
	row("GET /my/data-access",                              "/my/data-access",                                               "login   ok      ok      403     403     403     403     403     403     403     403     403"),
	row("GET /my/licences/{licenceId:DZZZ-[0-9A-Z]{26}}/pdf", "/my/licences/" + LICENCE + "/pdf",                            "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /my/licences/{licenceId:DZZZ-[0-9A-Z]{26}}/qr.png", "/my/licences/" + LICENCE + "/qr.png",                      "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /apply/{matterCode}",                          "/apply/" + MATTER,                                              "login   ok      ok      403     403     403     403     403     403     403     403     403"),
	row("POST /apply/{matterCode}",                         "/apply/NO-SUCH-MATTER",                                         "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /apply/{matterCode}/drafts",                   "/apply/NO-SUCH-MATTER/drafts",                                  "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /apply/{matterCode}/drafts",                  "/apply/NO-SUCH-MATTER/drafts",                                  "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /apply/drafts/{id}",                           "/apply/drafts/" + NOBODY,                                       "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /apply/drafts/{id}/sections/{key}",            "/apply/drafts/" + NOBODY + "/sections/operator",                "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /apply/drafts/{id}/sections/{key}",           "/apply/drafts/" + NOBODY + "/sections/operator",                "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /apply/drafts/{id}/materials",                 "/apply/drafts/" + NOBODY + "/materials",                        "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /apply/drafts/{id}/materials/{attachmentId:[0-9a-fA-F-]{36}}", "/apply/drafts/" + NOBODY + "/materials/" + NOBODY,             "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /apply/drafts/{id}/materials/{code}",         "/apply/drafts/" + NOBODY + "/materials/M04",                    "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /apply/drafts/{id}/materials/{code}/reuse",   "/apply/drafts/" + NOBODY + "/materials/M04/reuse?attachmentId=" + NOBODY, "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /apply/drafts/{id}/materials/{code}/licence", "/apply/drafts/" + NOBODY + "/materials/M05/licence?licenceId=" + LICENCE, "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /apply/drafts/{id}/materials/{code}/shared/confirm", "/apply/drafts/" + NOBODY + "/materials/M02/shared/confirm", "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /apply/drafts/{id}/materials/{code}/shared/own", "/apply/drafts/" + NOBODY + "/materials/M02/shared/own", "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /apply/drafts/{id}/materials/{code}/remove",  "/apply/drafts/" + NOBODY + "/materials/M04/remove?attachmentId=" + NOBODY, "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /apply/drafts/{id}/check",                     "/apply/drafts/" + NOBODY + "/check",                            "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /apply/drafts/{id}/submit",                   "/apply/drafts/" + NOBODY + "/submit?token=" + NOBODY,           "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /apply/drafts/{id}/commitment",                "/apply/drafts/" + NOBODY + "/commitment",                       "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /apply/drafts/{id}/commitment",               "/apply/drafts/" + NOBODY + "/commitment?code=123456",           "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /apply/drafts/{id}/commitment [send]",        "/apply/drafts/" + NOBODY + "/commitment?send",                  "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /apply/drafts/{id}/commitment/withdraw",      "/apply/drafts/" + NOBODY + "/commitment/withdraw",              "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /apply/drafts/{id}/commitment/certificate",   "/apply/drafts/" + NOBODY + "/commitment/certificate",           "login   404     404     403     403     403     403     403     403     403     403     403"),
	// How the result reaches the applicant (R6.4): a task of the draft.
	row("GET /apply/drafts/{id}/delivery",                  "/apply/drafts/" + NOBODY + "/delivery",                         "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /apply/drafts/{id}/delivery",                 "/apply/drafts/" + NOBODY + "/delivery?method=POST",             "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /apply/drafts/{id}/delete",                    "/apply/drafts/" + NOBODY + "/delete",                           "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /apply/drafts/{id}/delete",                   "/apply/drafts/" + NOBODY + "/delete",                           "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /apply/bundle/{code}",                         "/apply/bundle/" + BUNDLE,                                       "login   ok      ok      403     403     403     403     403     403     403     403     403"),
	row("POST /apply/bundle/{code}",                        "/apply/bundle/NO-SUCH-BUNDLE",                                  "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /apply/bundles/{id}/form",                     "/apply/bundles/" + NOBODY + "/form",                                     "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /apply/bundles/{id}/form",                    "/apply/bundles/" + NOBODY + "/form",                                     "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /apply/bundles/{id}/materials",                "/apply/bundles/" + NOBODY + "/materials",                                "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /apply/bundles/{id}/materials/{key}",         "/apply/bundles/" + NOBODY + "/materials/SCJGJ-QYSLDJ.M02",               "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /apply/bundles/{id}/materials/{key}/remove",  "/apply/bundles/" + NOBODY + "/materials/SCJGJ-QYSLDJ.M02/remove?attachmentId=" + NOBODY, "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /apply/bundles/{id}/check",                    "/apply/bundles/" + NOBODY + "/check",                                    "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /apply/bundles/{id}/submit",                  "/apply/bundles/" + NOBODY + "/submit?token=" + NOBODY,                   "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /my/bundles/{number}",                         "/my/bundles/" + NUMBER,                                         "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /my/bundles/{number}/confirmation",            "/my/bundles/" + NUMBER + "/confirmation",                       "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /my/bundles/{number}/withdraw",                "/my/bundles/" + NUMBER + "/withdraw",                           "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /my/bundles/{number}/withdraw",               "/my/bundles/" + NUMBER + "/withdraw",                           "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /my/applications/{number}",                    "/my/applications/" + NUMBER,                                    "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /my/applications/{number}/confirmation",       "/my/applications/" + NUMBER + "/confirmation",                  "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /my/applications/{number}/messages",          "/my/applications/" + NUMBER + "/messages?body=hello",           "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /my/applications/{number}/automatic-review",  "/my/applications/" + NUMBER + "/automatic-review?reason=why",   "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /my/applications/{number}/materials/{attachmentId}", "/my/applications/" + NUMBER + "/materials/" + NOBODY, "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /my/applications/{number}/withdraw",           "/my/applications/" + NUMBER + "/withdraw",                      "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /my/applications/{number}/withdraw",          "/my/applications/" + NUMBER + "/withdraw",                      "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /query",                                       "/query?number=" + NUMBER + "&code=ABCDEF",                      "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("POST /query",                                      "/query?number=" + NUMBER + "&code=ABCDEF",                      "404     404     404     404     404     404     404     404     404     404     404     404"),
	// The public verification of licences (R6.3): an unknown id is unknown to all; the upload without a file is refused.
	row("GET /verify",                                      "/verify",                                                       "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /verify/{id}",                                 "/verify/DZZZ-00000000000000000000000000",                       "404     404     404     404     404     404     404     404     404     404     404     404"),
	row("POST /verify",                                     "/verify",                                                       "400     400     400     400     400     400     400     400     400     400     400     400"),
	// The admin console: its home for every administrator; accounts and roles for the security and department admins
	// (not the system admin, who configures); a member of staff outside the scope is not found.
	row("GET /admin",                                       "/admin",                                                        "login   403     403     403     403     403     403     403     ok      ok      ok      403"),
	row("GET /admin/departments",                           "/admin/departments",                                            "login   403     403     403     403     403     403     403     ok      403     ok      403"),
	row("GET /admin/staff",                                 "/admin/staff",                                                  "login   403     403     403     403     403     403     403     ok      403     ok      403"),
	row("GET /admin/staff/new",                             "/admin/staff/new",                                              "login   403     403     403     403     403     403     403     ok      403     ok      403"),
	row("POST /admin/staff",                                "/admin/staff",                                                  "login   403     403     403     403     403     403     403     ok      403     ok      403"),
	row("GET /admin/staff/{id}",                            "/admin/staff/" + NOBODY,                                        "login   403     403     403     403     403     403     403     404     403     404     403"),
	row("POST /admin/staff/{id}/mobile",                    "/admin/staff/" + NOBODY + "/mobile",                            "login   403     403     403     403     403     403     403     404     403     404     403"),
	row("GET /admin/staff/{id}/grant",                      "/admin/staff/" + NOBODY + "/grant",                             "login   403     403     403     403     403     403     403     404     403     404     403"),
	row("POST /admin/staff/{id}/grant",                     "/admin/staff/" + NOBODY + "/grant",                             "login   403     403     403     403     403     403     403     404     403     404     403"),
	row("POST /admin/staff/{id}/revoke",                    "/admin/staff/" + NOBODY + "/revoke?role=REVIEWER&department=SCJGJ", "login   403     403     403     403     403     403     403     404     403     404     403"),
	row("GET /admin/staff/{id}/disable",                    "/admin/staff/" + NOBODY + "/disable",                           "login   403     403     403     403     403     403     403     404     403     404     403"),
	row("POST /admin/staff/{id}/disable",                   "/admin/staff/" + NOBODY + "/disable",                           "login   403     403     403     403     403     403     403     404     403     404     403"),
	row("POST /admin/staff/{id}/enable",                    "/admin/staff/" + NOBODY + "/enable",                            "login   403     403     403     403     403     403     403     404     403     404     403"),
	row("GET /admin/staff/{id}/password",                   "/admin/staff/" + NOBODY + "/password",                          "login   403     403     403     403     403     403     403     404     403     404     403"),
	row("POST /admin/staff/{id}/password",                  "/admin/staff/" + NOBODY + "/password",                          "login   403     403     403     403     403     403     403     404     403     404     403"),
	// The working-day calendar is configuration: the system admin's alone. The sample declaration has no date
	// (refused by validation, the page is shown again), the sample removal has no date parameter (400).
	// The sharing catalogue's requests (R9.5): department admins only; a request of neither of their departments, as
	// the sample id nobody has, is not found; the empty sample request is refused by validation.
	row("GET /admin/sharing",                                "/admin/sharing",                                                "login   403     403     403     403     403     403     403     ok      403     403     403"),
	row("POST /admin/sharing",                               "/admin/sharing",                                                "login   403     403     403     403     403     403     403     ok      403     403     403"),
	row("GET /admin/sharing/{id}",                           "/admin/sharing/" + NOBODY,                                      "login   403     403     403     403     403     403     403     404     403     403     403"),
	row("POST /admin/sharing/{id}/decision",                 "/admin/sharing/" + NOBODY + "/decision",                        "login   403     403     403     403     403     403     403     404     403     403     403"),
	row("POST /admin/sharing/{id}/withdrawal",               "/admin/sharing/" + NOBODY + "/withdrawal",                      "login   403     403     403     403     403     403     403     404     403     403     403"),
	row("GET /api/v1/admin/sharing/requests",                "/api/v1/admin/sharing/requests",                                "login   403     403     403     403     403     403     403     ok      403     403     403"),
	row("GET /api/v1/admin/sharing/requests/{id}",           "/api/v1/admin/sharing/requests/" + NOBODY,                      "login   403     403     403     403     403     403     403     404     403     403     403"),
	row("POST /api/v1/admin/sharing/requests",               "/api/v1/admin/sharing/requests",                                "login   403     403     403     403     403     403     403     400     403     403     403"),
	row("POST /api/v1/admin/sharing/requests/{id}/grant",    "/api/v1/admin/sharing/requests/" + NOBODY + "/grant",           "login   403     403     403     403     403     403     403     404     403     403     403"),
	row("POST /api/v1/admin/sharing/requests/{id}/refusal",  "/api/v1/admin/sharing/requests/" + NOBODY + "/refusal",         "login   403     403     403     403     403     403     403     404     403     403     403"),
	row("POST /api/v1/admin/sharing/requests/{id}/withdrawal", "/api/v1/admin/sharing/requests/" + NOBODY + "/withdrawal",      "login   403     403     403     403     403     403     403     404     403     403     403"),
	row("GET /admin/calendar",                              "/admin/calendar?year=2026",                                     "login   403     403     403     403     403     403     403     403     ok      403     403"),
	row("POST /admin/calendar",                             "/admin/calendar",                                               "login   403     403     403     403     403     403     403     403     ok      403     403"),
	row("POST /admin/calendar/remove",                      "/admin/calendar/remove",                                        "login   403     403     403     403     403     403     403     403     400     403     403"),
	row("GET /admin/calendar/new",                          "/admin/calendar/new",                                           "login   403     403     403     403     403     403     403     403     ok      403     403"),
	row("POST /admin/calendar/new",                         "/admin/calendar/new",                                           "login   403     403     403     403     403     403     403     403     400     403     403"),
	// The applicant API (R3, R7): applicants only, and only their own drafts and applications (an unknown one is not
	// found, as somebody else's). The samples carry an empty body: no matter code (400), no Idempotency-Key (400), no
	// multipart upload (415), nothing to reuse (400). The public query answers anyone, here "wrong number or code".
	row("POST /api/v1/drafts",                              "/api/v1/drafts",                                                "login   400     400     403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/applications",                         "/api/v1/applications",                                          "login   ok      ok      403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/drafts/{id:[0-9a-fA-F-]{36}}",   "/api/v1/drafts/" + NOBODY,                                "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("PUT /api/v1/drafts/{id:[0-9a-fA-F-]{36}}",   "/api/v1/drafts/" + NOBODY,                                "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("DELETE /api/v1/drafts/{id:[0-9a-fA-F-]{36}}", "/api/v1/drafts/" + NOBODY,                                "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/drafts/{id:[0-9a-fA-F-]{36}}/check", "/api/v1/drafts/" + NOBODY + "/check",                       "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/drafts/{id:[0-9a-fA-F-]{36}}/commitment", "/api/v1/drafts/" + NOBODY + "/commitment",             "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/drafts/{id:[0-9a-fA-F-]{36}}/commitment", "/api/v1/drafts/" + NOBODY + "/commitment",            "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("DELETE /api/v1/drafts/{id:[0-9a-fA-F-]{36}}/commitment", "/api/v1/drafts/" + NOBODY + "/commitment",          "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/drafts/{id:[0-9a-fA-F-]{36}}/commitment/code", "/api/v1/drafts/" + NOBODY + "/commitment/code",  "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/drafts/{id:[0-9a-fA-F-]{36}}/commitment/certificate", "/api/v1/drafts/" + NOBODY + "/commitment/certificate", "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/applications/{number:TB\\d{14,}}/commitment", "/api/v1/applications/" + NUMBER + "/commitment",   "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/drafts/{id:[0-9a-fA-F-]{36}}/delivery", "/api/v1/drafts/" + NOBODY + "/delivery",                 "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("PUT /api/v1/drafts/{id:[0-9a-fA-F-]{36}}/delivery", "/api/v1/drafts/" + NOBODY + "/delivery",                 "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/drafts/{id:[0-9a-fA-F-]{36}}/submit", "/api/v1/drafts/" + NOBODY + "/submit",                    "login   400     400     403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/drafts/{id:[0-9a-fA-F-]{36}}/materials", "/api/v1/drafts/" + NOBODY + "/materials",                 "login   415     415     403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/drafts/{id:[0-9a-fA-F-]{36}}/materials/reuse", "/api/v1/drafts/" + NOBODY + "/materials/reuse",           "login   400     400     403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/drafts/{id:[0-9a-fA-F-]{36}}/materials/licence", "/api/v1/drafts/" + NOBODY + "/materials/licence",     "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("PUT /api/v1/drafts/{id:[0-9a-fA-F-]{36}}/shared-materials/{material:[A-Za-z0-9_-]{1,20}}", "/api/v1/drafts/" + NOBODY + "/shared-materials/M01", "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/drafts/{id:[0-9a-fA-F-]{36}}/materials/{attachmentId:[0-9a-fA-F-]{36}}", "/api/v1/drafts/" + NOBODY + "/materials/" + NOBODY,       "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("DELETE /api/v1/drafts/{id:[0-9a-fA-F-]{36}}/materials/{attachmentId:[0-9a-fA-F-]{36}}", "/api/v1/drafts/" + NOBODY + "/materials/" + NOBODY,       "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/my/materials",                         "/api/v1/my/materials",                                          "login   ok      ok      403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/my/data-use",                          "/api/v1/my/data-use",                                           "login   ok      ok      403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/my/materials/{attachmentId:[0-9a-fA-F-]{36}}", "/api/v1/my/materials/" + NOBODY,                                "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/my/licences",                          "/api/v1/my/licences",                                           "login   ok      ok      403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/my/licences/{licenceId:DZZZ-[0-9A-Z]{26}}/pdf", "/api/v1/my/licences/" + LICENCE + "/pdf",              "login   404     404     403     403     403     403     403     403     403     403     403"),
	// The base registry of e-licences (R15.10): staff of any department, refused
	// without a purpose and a case of theirs.
	row("GET /api/v1/registry/licences",                    "/api/v1/registry/licences",                                     "login   403     403     400     400     400     400     400     400     400     400     400"),
	row("GET /api/v1/registry/licences/{id}",               "/api/v1/registry/licences/" + LICENCE,                          "login   403     403     400     400     400     400     400     400     400     400     400"),
	row("GET /api/v1/applications/{number:TB\\d{14,}}",     "/api/v1/applications/" + NUMBER,                                "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/applications/{number:TB\\d{14,}}/withdraw", "/api/v1/applications/" + NUMBER + "/withdraw",                  "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/applications/{number:TB\\d{14,}}/messages", "/api/v1/applications/" + NUMBER + "/messages",                  "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/applications/{number:TB\\d{14,}}/automatic-review", "/api/v1/applications/" + NUMBER + "/automatic-review", "login   404     404     403     403     403     403     403     403     403     403     403"),
	// Bundle applications (R2.5): as the single ones, the applicant's own only.
	row("POST /api/v1/bundle-applications",                 "/api/v1/bundle-applications",                                   "login   400     400     403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/bundle-applications",                  "/api/v1/bundle-applications",                                   "login   ok      ok      403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/bundle-applications/{id:[0-9a-fA-F-]{36}}", "/api/v1/bundle-applications/" + NOBODY,                  "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("PATCH /api/v1/bundle-applications/{id:[0-9a-fA-F-]{36}}/answers", "/api/v1/bundle-applications/" + NOBODY + "/answers", "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/bundle-applications/{id:[0-9a-fA-F-]{36}}/materials/{materialKey}", "/api/v1/bundle-applications/" + NOBODY + "/materials/SCJGJ-QYSLDJ.M02", "login   415     415     403     403     403     403     403     403     403     403     403"),
	row("DELETE /api/v1/bundle-applications/{id:[0-9a-fA-F-]{36}}/files/{attachmentId:[0-9a-fA-F-]{36}}", "/api/v1/bundle-applications/" + NOBODY + "/files/" + NOBODY, "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/bundle-applications/{id:[0-9a-fA-F-]{36}}/check", "/api/v1/bundle-applications/" + NOBODY + "/check", "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/bundle-applications/{id:[0-9a-fA-F-]{36}}/submission", "/api/v1/bundle-applications/" + NOBODY + "/submission", "login   400     400     403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/bundle-applications/by-number/{number:TB\\d{14,}}", "/api/v1/bundle-applications/by-number/" + NUMBER, "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/bundle-applications/by-number/{number:TB\\d{14,}}/withdrawal", "/api/v1/bundle-applications/by-number/" + NUMBER + "/withdrawal", "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/query",                                "/api/v1/query?number=" + NUMBER + "&code=ABCDEFGH",             "404     404     404     404     404     404     404     404     404     404     404     404"),
	row("GET /api/v1/query/bundle",                         "/api/v1/query/bundle?number=" + NUMBER + "&code=ABCDEFGH",      "404     404     404     404     404     404     404     404     404     404     404     404"),
	row("GET /api/v1/licences/{id}/verification",           "/api/v1/licences/DZZZ-00000000000000000000000000/verification", "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	// The renewal of a licence (R15.5): its holder's alone; an unknown licence is not found.
	row("GET /my/licences/{id}/renewal",                   "/my/licences/DZZZ-00000000000000000000000000/renewal",          "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /my/licences/{id}/renewal",                  "/my/licences/DZZZ-00000000000000000000000000/renewal",          "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/licences/{id}/renewal",              "/api/v1/licences/DZZZ-00000000000000000000000000/renewal",      "login   404     404     403     403     403     403     403     403     403     403     403"),
	// -- issue 5, staff pages (rows below) --
	// The staff workbench: staff only; a case of another department, as the sample number nobody has, is not found.
	row("GET /staff/cases/{number}",                        "/staff/cases/" + NUMBER,                                        "login   403     403     404     404     404     404     404     404     404     404     404"),
	row("GET /staff/cases/{number}/files/{attachmentId}",   "/staff/cases/" + NUMBER + "/files/" + NOBODY,                   "login   403     403     404     404     404     404     404     404     404     404     404"),
	row("GET /staff/cases/{number}/{action:accept|accept-with-gaps|refuse|request-correction|review|send-back|start-special-period|end-special-period|expert-review|extend|decide}", "/staff/cases/" + NUMBER + "/accept", "login   403     403     404     404     404     404     404     404     404     404     404"),
	row("POST /staff/cases/{number}/{action:accept|accept-with-gaps|refuse|request-correction|review|send-back|start-special-period|end-special-period|expert-review|extend|decide}", "/staff/cases/" + NUMBER + "/accept?opinion=ok", "login   403     403     404     404     404     404     404     404     404     404     404"),
	row("POST /staff/cases/{number}/claim",                 "/staff/cases/" + NUMBER + "/claim",                             "login   403     403     404     404     404     404     404     404     404     404     404"),
	row("POST /staff/cases/{number}/release",               "/staff/cases/" + NUMBER + "/release",                           "login   403     403     404     404     404     404     404     404     404     404     404"),
	row("POST /staff/cases/{number}/write",                 "/staff/cases/" + NUMBER + "/write?body=hello",                  "login   403     403     404     404     404     404     404     404     404     404     404"),
	row("POST /staff/cases/{number}/reveal",                "/staff/cases/" + NUMBER + "/reveal?field=mobile",                "login   403     403     404     404     404     404     404     404     404     404     404"),
	// The lead department's bundles (issue 16): staff only; a bundle another department leads, as the sample number
	// nobody has, is not found.
	row("GET /staff/post-verifications",                    "/staff/post-verifications",                                     "login   403     403     ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /staff/post-verifications/{id}",               "/staff/post-verifications/" + NOBODY,                           "login   403     403     404     404     404     404     404     404     404     404     404"),
	row("POST /staff/post-verifications/{id}",              "/staff/post-verifications/" + NOBODY + "?outcome=CONFIRMED",    "login   403     403     404     404     404     404     404     404     404     404     404"),
	// The delivery of results at a department's hall (R6.4): its window clerks only, the department checked.
	row("GET /staff/deliveries",                           "/staff/deliveries",                                             "login   403     403     ok      403     403     403     403     403     403     403     403"),
	row("GET /staff/deliveries/{number}",                  "/staff/deliveries/" + NUMBER,                                   "login   403     403     404     403     403     403     403     403     403     403     403"),
	row("POST /staff/deliveries/{number}/hand-over",       "/staff/deliveries/" + NUMBER + "/hand-over",                    "login   403     403     404     403     403     403     403     403     403     403     403"),
	row("POST /staff/deliveries/{number}/post",            "/staff/deliveries/" + NUMBER + "/post",                         "login   403     403     404     403     403     403     403     403     403     403     403"),
	row("POST /staff/deliveries/{number}/receipt",         "/staff/deliveries/" + NUMBER + "/receipt",                      "login   403     403     404     403     403     403     403     403     403     403     403"),
	row("GET /staff/deliveries/{number}/signature",        "/staff/deliveries/" + NUMBER + "/signature",                    "login   403     403     404     403     403     403     403     403     403     403     403"),
	row("GET /staff/licences",                             "/staff/licences",                                               "login   403     403     403     403     ok      403     403     403     403     403     403"),
	row("GET /staff/licences/{licenceId:DZZZ-[0-9A-Za-z]{26}}",   "/staff/licences/" + LICENCE,                                    "login   403     403     403     403     404     403     403     403     403     403     403"),
	row("GET /staff/licences/{licenceId:DZZZ-[0-9A-Za-z]{26}}/{action:revoke|suspend|lift|change}", "/staff/licences/" + LICENCE + "/revoke", "login   403     403     403     403     404     403     403     403     403     403     403"),
	row("POST /staff/licences/{licenceId:DZZZ-[0-9A-Za-z]{26}}/{action:revoke|suspend|lift|change}", "/staff/licences/" + LICENCE + "/revoke", "login   403     403     403     403     404     403     403     403     403     403     403"),
	row("POST /staff/licences/{licenceId:DZZZ-[0-9A-Za-z]{26}}/{action:revoke|suspend|lift|change}/edit", "/staff/licences/" + LICENCE + "/revoke/edit", "login   403     403     403     403     404     403     403     403     403     403     403"),
	row("POST /staff/licences/{licenceId:DZZZ-[0-9A-Za-z]{26}}/{action:revoke|suspend|lift|change}/confirm", "/staff/licences/" + LICENCE + "/revoke/confirm", "login   403     403     403     403     404     403     403     403     403     403     403"),
	// Consultation (R10.3): anybody asks, follows and votes; the department's staff answer and publish, each
	// question checked to be of their department (an unknown one is not found).
	row("GET /matters/{code}/ask",                          "/matters/" + MATTER + "/ask",                                   "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("POST /matters/{code}/ask",                         "/matters/" + MATTER + "/ask",                                   "400     400     400     400     400     400     400     400     400     400     400     400"),
	row("GET /matters/{code}/faq/{id}/helpful",             "/matters/" + MATTER + "/faq/" + NOBODY + "/helpful",            "404     404     404     404     404     404     404     404     404     404     404     404"),
	row("POST /matters/{code}/faq/{id}/helpful",            "/matters/" + MATTER + "/faq/" + NOBODY + "/helpful",            "404     404     404     404     404     404     404     404     404     404     404     404"),
	row("GET /questions",                                   "/questions",                                                    "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("POST /questions",                                  "/questions",                                                    "404     404     404     404     404     404     404     404     404     404     404     404"),
	row("GET /questions/asked",                             "/questions/asked",                                              "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /my/questions",                                "/my/questions",                                                 "login   ok      ok      403     403     403     403     403     403     403     403     403"),
	row("GET /staff/questions",                             "/staff/questions",                                              "login   403     403     ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /staff/questions/{id}",                        "/staff/questions/" + NOBODY,                                    "login   403     403     404     404     404     404     404     404     404     404     404"),
	row("POST /staff/questions/{id}/answer",                "/staff/questions/" + NOBODY + "/answer",                        "login   403     403     404     404     404     404     404     404     404     404     404"),
	row("POST /staff/questions/{id}/publish",               "/staff/questions/" + NOBODY + "/publish",                       "login   403     403     404     404     404     404     404     404     404     404     404"),
	row("POST /staff/faq/{id}/withdraw",                    "/staff/faq/" + NOBODY + "/withdraw",                            "login   403     403     404     404     404     404     404     404     404     404     404"),
	row("POST /staff/faq/{id}/up",                          "/staff/faq/" + NOBODY + "/up",                                  "login   403     403     404     404     404     404     404     404     404     404     404"),
	row("GET /api/v1/matters/{code}/faq",                   "/api/v1/matters/" + MATTER + "/faq",                            "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("POST /api/v1/matters/{code}/questions",            "/api/v1/matters/" + MATTER + "/questions",                      "400     400     400     400     400     400     400     400     400     400     400     400"),
	row("GET /staff/licence-issues",                       "/staff/licence-issues",                                         "login   403     403     403     403     ok      403     403     403     403     403     403"),
	row("GET /staff/licence-issues/{number}",              "/staff/licence-issues/" + NUMBER,                               "login   403     403     403     403     404     403     403     403     403     403     403"),
	row("POST /staff/licence-issues/{number}",             "/staff/licence-issues/" + NUMBER,                               "login   403     403     403     403     404     403     403     403     403     403     403"),
	row("GET /staff/bundles",                               "/staff/bundles",                                                "login   403     403     ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /staff/bundles/{number}",                      "/staff/bundles/" + NUMBER,                                      "login   403     403     404     404     404     404     404     404     404     404     404"),
	row("GET /staff/bundles/{number}/{action:extend|message}", "/staff/bundles/" + NUMBER + "/extend",                       "login   403     403     404     404     404     404     404     404     404     404     404"),
	row("POST /staff/bundles/{number}/{action:extend|message}", "/staff/bundles/" + NUMBER + "/message?body=hello",          "login   403     403     404     404     404     404     404     404     404     404     404"),

	// -- issue 5, staff API (rows below) --
	row("GET /api/v1/staff/tasks",                          "/api/v1/staff/tasks",                                           "login   403     403     ok      ok      ok      403     403     403     403     403     403"),
	row("GET /api/v1/staff/cases/{number:TB\\d{14,}}",      "/api/v1/staff/cases/" + NUMBER,                                 "login   403     403     404     404     404     403     403     403     403     403     403"),
	row("POST /api/v1/staff/cases/{number:TB\\d{14,}}/{action}", "/api/v1/staff/cases/" + NUMBER + "/accept",                   "login   403     403     404     404     404     403     403     403     403     403     403"),
	row("GET /api/v1/staff/cases/{number:TB\\d{14,}}/files/{attachmentId:[0-9a-fA-F-]{36}}", "/api/v1/staff/cases/" + NUMBER + "/files/" + NOBODY, "login   403     403     404     404     404     403     403     403     403     403     403"),
	row("GET /api/v1/staff/post-verifications",             "/api/v1/staff/post-verifications",                              "login   403     403     ok      ok      ok      403     403     403     403     403     403"),
	row("GET /api/v1/staff/post-verifications/{id:[0-9a-fA-F-]{36}}", "/api/v1/staff/post-verifications/" + NOBODY,          "login   403     403     404     404     404     403     403     403     403     403     403"),
	row("POST /api/v1/staff/post-verifications/{id:[0-9a-fA-F-]{36}}/outcome", "/api/v1/staff/post-verifications/" + NOBODY + "/outcome", "login   403     403     404     404     404     403     403     403     403     403     403"),
	// The API hand-over is a multipart form with the recipient's signature: the sample, no such form, is 415.
	row("GET /api/v1/staff/deliveries",                    "/api/v1/staff/deliveries",                                      "login   403     403     ok      403     403     403     403     403     403     403     403"),
	row("GET /api/v1/staff/deliveries/{number:TB\\d{14,}}", "/api/v1/staff/deliveries/" + NUMBER,                      "login   403     403     404     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/staff/deliveries/{number:TB\\d{14,}}/hand-over", "/api/v1/staff/deliveries/" + NUMBER + "/hand-over", "login   403     403     415     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/staff/deliveries/{number:TB\\d{14,}}/signature", "/api/v1/staff/deliveries/" + NUMBER + "/signature", "login   403     403     404     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/staff/deliveries/{number:TB\\d{14,}}/post", "/api/v1/staff/deliveries/" + NUMBER + "/post",      "login   403     403     404     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/staff/deliveries/{number:TB\\d{14,}}/receipt", "/api/v1/staff/deliveries/" + NUMBER + "/receipt", "login   403     403     404     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/staff/licences",                      "/api/v1/staff/licences",                                        "login   403     403     403     403     ok      403     403     403     403     403     403"),
	row("GET /api/v1/staff/licences/{id:DZZZ-[0-9A-Za-z]{26}}", "/api/v1/staff/licences/" + LICENCE,                        "login   403     403     403     403     404     403     403     403     403     403     403"),
	row("POST /api/v1/staff/licences/{id:DZZZ-[0-9A-Za-z]{26}}/revocation", "/api/v1/staff/licences/" + LICENCE + "/revocation", "login   403     403     403     403     404     403     403     403     403     403     403"),
	row("POST /api/v1/staff/licences/{id:DZZZ-[0-9A-Za-z]{26}}/suspension", "/api/v1/staff/licences/" + LICENCE + "/suspension", "login   403     403     403     403     404     403     403     403     403     403     403"),
	row("POST /api/v1/staff/licences/{id:DZZZ-[0-9A-Za-z]{26}}/resumption", "/api/v1/staff/licences/" + LICENCE + "/resumption", "login   403     403     403     403     404     403     403     403     403     403     403"),
	row("POST /api/v1/staff/licences/{id:DZZZ-[0-9A-Za-z]{26}}/change", "/api/v1/staff/licences/" + LICENCE + "/change",  "login   403     403     403     403     404     403     403     403     403     403     403"),
	row("GET /api/v1/staff/licence-issues",                "/api/v1/staff/licence-issues",                                  "login   403     403     403     403     ok      403     403     403     403     403     403"),
	row("GET /api/v1/staff/licence-issues/{number:TB\\d{14,}}", "/api/v1/staff/licence-issues/" + NUMBER,              "login   403     403     403     403     404     403     403     403     403     403     403"),
	row("POST /api/v1/staff/licence-issues/{number:TB\\d{14,}}", "/api/v1/staff/licence-issues/" + NUMBER,             "login   403     403     403     403     404     403     403     403     403     403     403"),
	row("GET /api/v1/staff/bundles",                        "/api/v1/staff/bundles",                                         "login   403     403     ok      ok      ok      403     403     403     403     403     403"),
	row("GET /api/v1/staff/bundles/{number:TB\\d{14,}}",    "/api/v1/staff/bundles/" + NUMBER,                               "login   403     403     404     404     404     403     403     403     403     403     403"),
	row("POST /api/v1/staff/bundles/{number:TB\\d{14,}}/extend", "/api/v1/staff/bundles/" + NUMBER + "/extend",             "login   403     403     404     404     404     403     403     403     403     403     403"),
	row("POST /api/v1/staff/bundles/{number:TB\\d{14,}}/message", "/api/v1/staff/bundles/" + NUMBER + "/message",           "login   403     403     404     404     404     403     403     403     403     403     403"),
	row("GET /api/v1/staff/cases/{number:TB\\d{14,}}/experts", "/api/v1/staff/cases/" + NUMBER + "/experts",           "login   403     403     404     404     404     403     403     403     403     403     403"),
	row("GET /api/v1/staff/cases/{number:TB\\d{14,}}/expert-reviews", "/api/v1/staff/cases/" + NUMBER + "/expert-reviews", "login   403     403     404     404     404     403     403     403     403     403     403"),
	// Expert review (R5.3): the expert's own pages and API; a case not assigned to them is 404.
	row("GET /expert",                                      "/expert",                                                       "login   403     403     403     403     403     ok      403     403     403     403     403"),
	row("GET /expert/cases/{number}",                       "/expert/cases/" + NUMBER,                                       "login   403     403     403     403     403     404     403     403     403     403     403"),
	row("POST /expert/cases/{number}",                      "/expert/cases/" + NUMBER + "?outcome=AGREE&opinion=ok",         "login   403     403     403     403     403     404     403     403     403     403     403"),
	row("GET /expert/cases/{number}/files/{attachmentId}",  "/expert/cases/" + NUMBER + "/files/" + NOBODY,                  "login   403     403     403     403     403     404     403     403     403     403     403"),
	row("GET /api/v1/expert/cases",                         "/api/v1/expert/cases",                                          "login   403     403     403     403     403     ok      403     403     403     403     403"),
	row("GET /api/v1/expert/cases/{number:TB\\d{14,}}",    "/api/v1/expert/cases/" + NUMBER,                                "login   403     403     403     403     403     404     403     403     403     403     403"),
	row("POST /api/v1/expert/cases/{number:TB\\d{14,}}/opinion", "/api/v1/expert/cases/" + NUMBER + "/opinion",              "login   403     403     403     403     403     404     403     403     403     403     403"),
	row("GET /api/v1/expert/cases/{number:TB\\d{14,}}/files/{attachmentId:[0-9a-fA-F-]{36}}", "/api/v1/expert/cases/" + NUMBER + "/files/" + NOBODY, "login   403     403     403     403     403     404     403     403     403     403     403"),

	// -- issue 5, notifications (rows below) --
	// The applicant's messages and e-mail address: applicants only; the empty sample address is refused on the page
	// (shown again, 200), removing an address nobody gave changes nothing. Deliveries: the system admin's; the sample
	// delivery does not exist.
	row("GET /my/notifications",                            "/my/notifications",                                             "login   ok      ok      403     403     403     403     403     403     403     403     403"),
	row("POST /my/notifications/email",                     "/my/notifications/email",                                       "login   ok      ok      403     403     403     403     403     403     403     403     403"),
	row("POST /my/notifications/email/remove",              "/my/notifications/email/remove",                                "login   ok      ok      403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/my/notifications",                     "/api/v1/my/notifications",                                      "login   ok      ok      403     403     403     403     403     403     403     403     403"),
	row("GET /admin/notifications",                         "/admin/notifications",                                          "login   403     403     403     403     403     403     403     403     ok      403     403"),
	row("GET /admin/events",                                "/admin/events",                                                 "login   403     403     403     403     403     403     403     403     ok      403     403"),
	row("POST /admin/notifications/{id}/retry",             "/admin/notifications/" + NOBODY + "/retry",                     "login   403     403     403     403     403     403     403     403     404     403     403"),

	// -- issue 5, applicant corrections and documents (rows below) --
	row("GET /my/applications/{number}/correction", "/my/applications/" + NUMBER + "/correction", "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /my/applications/{number}/correction", "/my/applications/" + NUMBER + "/correction", "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /my/applications/{number}/correction/materials/{code}", "/my/applications/" + NUMBER + "/correction/materials/M04", "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /my/applications/{number}/correction/materials/{code}/remove", "/my/applications/" + NUMBER + "/correction/materials/M04/remove?attachmentId=" + NOBODY, "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /my/applications/{number}/correction/check", "/my/applications/" + NUMBER + "/correction/check", "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /my/applications/{number}/correction/submit", "/my/applications/" + NUMBER + "/correction/submit", "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /my/applications/{number}/documents/{attachmentId}", "/my/applications/" + NUMBER + "/documents/" + NOBODY, "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/applications/{number:TB\\d{14,}}/correction", "/api/v1/applications/" + NUMBER + "/correction", "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("PUT /api/v1/applications/{number:TB\\d{14,}}/correction", "/api/v1/applications/" + NUMBER + "/correction", "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/applications/{number:TB\\d{14,}}/correction/materials", "/api/v1/applications/" + NUMBER + "/correction/materials", "login   415     415     403     403     403     403     403     403     403     403     403"),
	row("DELETE /api/v1/applications/{number:TB\\d{14,}}/correction/materials/{attachmentId:[0-9a-fA-F-]{36}}", "/api/v1/applications/" + NUMBER + "/correction/materials/" + NOBODY, "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/applications/{number:TB\\d{14,}}/correction/submit", "/api/v1/applications/" + NUMBER + "/correction/submit", "login   404     404     403     403     403     403     403     403     403     403     403"),
	// Acceptance with gaps (R4.3, R15.6): the applicant's own application only.
	row("POST /my/applications/{number}/gaps/{code}", "/my/applications/" + NUMBER + "/gaps/M04", "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/applications/{number:TB\\d{14,}}/gaps", "/api/v1/applications/" + NUMBER + "/gaps", "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/applications/{number:TB\\d{14,}}/gaps", "/api/v1/applications/" + NUMBER + "/gaps", "login   415     415     403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/applications/{number:TB\\d{14,}}/materials/{attachmentId:[0-9a-fA-F-]{36}}", "/api/v1/applications/" + NUMBER + "/materials/" + NOBODY, "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/applications/{number:TB\\d{14,}}/documents/{attachmentId:[0-9a-fA-F-]{36}}", "/api/v1/applications/" + NUMBER + "/documents/" + NOBODY, "login   404     404     403     403     403     403     403     403     403     403     403"),

	// -- issue 13, the contact phone of an application (rows below) --
	row("GET /my/applications/{number}/contact-phone", "/my/applications/" + NUMBER + "/contact-phone", "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /my/applications/{number}/contact-phone", "/my/applications/" + NUMBER + "/contact-phone?code=123456", "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /my/applications/{number}/contact-phone [send]", "/my/applications/" + NUMBER + "/contact-phone?send", "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/applications/{number:TB\\d{14,}}/contact-phone", "/api/v1/applications/" + NUMBER + "/contact-phone", "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/applications/{number:TB\\d{14,}}/contact-phone", "/api/v1/applications/" + NUMBER + "/contact-phone", "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/applications/{number:TB\\d{14,}}/contact-phone/code", "/api/v1/applications/" + NUMBER + "/contact-phone/code", "login   404     404     403     403     403     403     403     403     403     403     403"),

	// -- issue 5, process administration (rows below) --
	// Process models are configuration: the system admin's alone (R5.1). The sample upload has no matter or file (400),
	// the sample definition is not deployed (404).
	row("GET /admin/processes",                             "/admin/processes",                                              "login   403     403     403     403     403     403     403     403     ok      403     403"),
	row("GET /admin/processes/upload",                      "/admin/processes/upload",                                       "login   403     403     403     403     403     403     403     403     ok      403     403"),
	row("POST /admin/processes/upload",                     "/admin/processes/upload",                                       "login   403     403     403     403     403     403     403     403     400     403     403"),
	row("GET /admin/processes/{key}/{version}",             "/admin/processes/NO-SUCH-MATTER/1",                             "login   403     403     403     403     403     403     403     403     404     403     403"),
	row("GET /admin/processes/{key}/{version}.bpmn",        "/admin/processes/NO-SUCH-MATTER/1.bpmn",                        "login   403     403     403     403     403     403     403     403     404     403     403"),

	// -- issue 15, the audit trail (rows below) --
	// The auditor's alone (MLPS level 3): the search, its export, the verification. A bad date is refused (400).
	row("GET /audit",                                       "/audit?q=" + NUMBER,                                            "login   403     403     403     403     403     403     403     403     403     403     ok"),
	row("GET /audit/export",                                "/audit/export?from=2026-02-30",                                 "login   403     403     403     403     403     403     403     403     403     403     400"),
	row("GET /audit/verification",                          "/audit/verification",                                           "login   403     403     403     403     403     403     403     403     403     403     ok"),
	row("POST /audit/verification",                         "/audit/verification",                                           "login   403     403     403     403     403     403     403     403     403     403     ok"),

	// -- issue 15 items 3 and 4, accountability and the supervisor console (rows below) --
	// Accountability records: the supervisor's list, record and finding; the department's answer by its approvers and
	// administrators (other staff are refused, another department's record is not found).
	// Satisfaction ratings (R15.8, R16.3): the applicant's own finished case (the sample number nobody has is not found); the supervision office's verification, appeals and rankings; a department
	// administrator's rectification replies and appeals; the public results; the window visits' ratings per clerk, for the
	// supervision office and department administrators.
	row("GET /my/applications/{number}/rating",              "/my/applications/" + NUMBER + "/rating",                        "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /my/applications/{number}/rating",             "/my/applications/" + NUMBER + "/rating",                        "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /my/applications/{number}/rating/rectification", "/my/applications/" + NUMBER + "/rating/rectification",       "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/my/applications/{number}/rating",       "/api/v1/my/applications/" + NUMBER + "/rating",                 "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("PUT /api/v1/my/applications/{number}/rating",       "/api/v1/my/applications/" + NUMBER + "/rating",                 "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("PUT /api/v1/my/applications/{number}/rating/rectification", "/api/v1/my/applications/" + NUMBER + "/rating/rectification", "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /supervision/ratings",                          "/supervision/ratings",                                          "login   403     403     403     403     403     403     ok      403     403     403     403"),
	row("GET /api/v1/supervision/ratings",                   "/api/v1/supervision/ratings",                                   "login   403     403     403     403     403     403     ok      403     403     403     403"),
	row("GET /api/v1/supervision/ratings/{number}",          "/api/v1/supervision/ratings/" + NUMBER,                         "login   403     403     403     403     403     403     404     403     403     403     403"),
	row("POST /api/v1/supervision/ratings/{number}/verification", "/api/v1/supervision/ratings/" + NUMBER + "/verification",  "login   403     403     403     403     403     403     404     403     403     403     403"),
	row("POST /api/v1/supervision/ratings/{number}/appeal-decision", "/api/v1/supervision/ratings/" + NUMBER + "/appeal-decision", "login   403     403     403     403     403     403     400     403     403     403     403"),
	row("GET /api/v1/supervision/ratings/rankings",          "/api/v1/supervision/ratings/rankings?from=2026-11-01&to=2026-11-30", "login   403     403     403     403     403     403     ok      403     403     403     403"),
	row("GET /supervision/ratings/waiting",                  "/supervision/ratings/waiting",                                  "login   403     403     403     403     403     403     ok      403     403     403     403"),
	row("GET /supervision/ratings/{number}",                 "/supervision/ratings/" + NUMBER,                                "login   403     403     403     403     403     403     404     403     403     403     403"),
	row("POST /supervision/ratings/{number}/verification",   "/supervision/ratings/" + NUMBER + "/verification",              "login   403     403     403     403     403     403     404     403     403     403     403"),
	row("POST /supervision/ratings/{number}/appeal-decision", "/supervision/ratings/" + NUMBER + "/appeal-decision",         "login   403     403     403     403     403     403     404     403     403     403     403"),
	row("GET /admin/ratings",                                "/admin/ratings",                                                "login   403     403     403     403     403     403     403     ok      403     403     403"),
	row("GET /admin/ratings/{number}",                       "/admin/ratings/" + NUMBER,                                      "login   403     403     403     403     403     403     403     404     403     403     403"),
	row("POST /admin/ratings/{number}/reply",                "/admin/ratings/" + NUMBER + "/reply",                           "login   403     403     403     403     403     403     403     404     403     403     403"),
	row("POST /admin/ratings/{number}/appeal",               "/admin/ratings/" + NUMBER + "/appeal",                          "login   403     403     403     403     403     403     403     404     403     403     403"),
	row("GET /ratings",                                      "/ratings",                                                      "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /staff/visit-ratings",                          "/staff/visit-ratings",                                          "login   403     403     403     403     403     403     ok      ok      403     403     403"),
	row("GET /rate-visit",                                   "/rate-visit?number=" + NUMBER,                                  "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("POST /rate-visit",                                  "/rate-visit?number=" + NUMBER + "&queryCode=ABCDEF",            "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /api/v1/department/ratings",                    "/api/v1/department/ratings",                                    "login   403     403     403     403     403     403     403     ok      403     403     403"),
	row("POST /api/v1/department/ratings/{number}/reply",    "/api/v1/department/ratings/" + NUMBER + "/reply",               "login   403     403     403     403     403     403     403     404     403     403     403"),
	row("POST /api/v1/department/ratings/{number}/appeal",   "/api/v1/department/ratings/" + NUMBER + "/appeal",              "login   403     403     403     403     403     403     403     404     403     403     403"),
	row("GET /supervision/accountability",                  "/supervision/accountability",                                   "login   403     403     403     403     403     403     ok      403     403     403     403"),
	row("GET /supervision/accountability/{id}",             "/supervision/accountability/" + NOBODY,                         "login   403     403     403     403     403     403     404     403     403     403     403"),
	row("POST /supervision/accountability/{id}/finding",    "/supervision/accountability/" + NOBODY + "/finding",            "login   403     403     403     403     403     403     404     403     403     403     403"),
	row("POST /supervision/accountability/{id}/close",      "/supervision/accountability/" + NOBODY + "/close",              "login   403     403     403     403     403     403     404     403     403     403     403"),
	row("GET /staff/accountability",                        "/staff/accountability",                                         "login   403     403     403     403     ok      403     403     ok      403     403     403"),
	row("GET /staff/accountability/{id}",                   "/staff/accountability/" + NOBODY,                               "login   403     403     403     403     404     403     403     404     403     403     403"),
	row("POST /staff/accountability/{id}/answer",           "/staff/accountability/" + NOBODY + "/answer",                   "login   403     403     403     403     404     403     403     404     403     403     403"),

	// The supervisor console and its overdue reports (without dates: this year so far), the supervisor's alone.
	row("GET /supervision",                                 "/supervision",                                                  "login   403     403     403     403     403     403     ok      403     403     403     403"),
	// The statistics console and its exports (R11.3): the supervisors, and the department leaders for their own.
	row("GET /statistics",                                  "/statistics",                                                   "login   403     403     403     403     ok      403     ok      403     403     403     403"),
	row("GET /statistics/{table}.csv",                      "/statistics/volume.csv",                                        "login   403     403     403     403     ok      403     ok      403     403     403     403"),
	row("GET /statistics/{table}.xlsx",                     "/statistics/volume.xlsx",                                       "login   403     403     403     403     ok      403     ok      403     403     403     403"),
	row("GET /api/v1/statistics",                           "/api/v1/statistics",                                            "login   403     403     403     403     ok      403     ok      403     403     403     403"),
	row("GET /api/v1/statistics/{table}",                   "/api/v1/statistics/volume?grain=week",                          "login   403     403     403     403     ok      403     ok      403     403     403     403"),
	// The sharing metrics (R9.5): the system admin and the supervisors.
	row("GET /admin/sharing-metrics",                       "/admin/sharing-metrics",                                        "login   403     403     403     403     403     403     ok      403     ok      403     403"),
	row("GET /api/v1/admin/sharing-metrics",                "/api/v1/admin/sharing-metrics?from=2026-01-01&to=2026-01-31",   "login   403     403     403     403     403     403     ok      403     ok      403     403"),
	row("GET /supervision/cases/{number}",                  "/supervision/cases/" + NUMBER,                                  "login   403     403     403     403     403     403     404     403     403     403     403"),
	row("GET /supervision/reports/overdue.csv",             "/supervision/reports/overdue.csv",                              "login   403     403     403     403     403     403     ok      403     403     403     403"),
	row("GET /supervision/reports/overdue.xlsx",            "/supervision/reports/overdue.xlsx",                             "login   403     403     403     403     403     403     ok      403     403     403     403"),

	// -- issue 16 item 4, the integrated window (rows below) --
	// Its pages are for the window clerks of the government service centre (ZWFWJ) only: a department's own clerk, as
	// here, is refused like everybody else (the desk's own tests show the ZWFWJ clerk at work). Its API lets window
	// clerks through, and the desk refuses one who is not of ZWFWJ (403); the submission without its key is refused
	// first (400), a scan that is no multipart upload too (415).
	row("GET /window",                                      "/window",                                                       "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("GET /window/identify/{kind:person|enterprise}",    "/window/identify/person",                                       "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("POST /window/identify/{kind:person|enterprise}",   "/window/identify/person",                                       "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("GET /window/matter",                               "/window/matter",                                                "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("POST /window/matter",                              "/window/matter",                                                "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("GET /window/applications/{id}",                    "/window/applications/" + NOBODY,                                "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("GET /window/applications/{id}/sections/{key}",     "/window/applications/" + NOBODY + "/sections/nurse",            "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("POST /window/applications/{id}/sections/{key}",    "/window/applications/" + NOBODY + "/sections/nurse",            "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("GET /window/applications/{id}/materials",          "/window/applications/" + NOBODY + "/materials",                 "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("GET /window/applications/{id}/materials/{attachmentId:[0-9a-fA-F-]{36}}", "/window/applications/" + NOBODY + "/materials/" + NOBODY, "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("POST /window/applications/{id}/materials/{code}",  "/window/applications/" + NOBODY + "/materials/M03",             "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("POST /window/applications/{id}/materials/{code}/remove", "/window/applications/" + NOBODY + "/materials/M03/remove?attachmentId=" + NOBODY, "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("GET /window/applications/{id}/check",              "/window/applications/" + NOBODY + "/check",                     "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("POST /window/applications/{id}/submit",            "/window/applications/" + NOBODY + "/submit?token=" + NOBODY,    "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("GET /window/receipts/{number}",                    "/window/receipts/" + NUMBER,                                    "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("POST /window/bundle",                             "/window/bundle",                                                "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("GET /window/bundles/{id}/form",                   "/window/bundles/" + NOBODY + "/form",                           "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("POST /window/bundles/{id}/form",                  "/window/bundles/" + NOBODY + "/form",                           "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("GET /window/bundles/{id}/materials",              "/window/bundles/" + NOBODY + "/materials",                      "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("POST /window/bundles/{id}/materials/{key}",       "/window/bundles/" + NOBODY + "/materials/SCJGJ-QYSLDJ.M02",     "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("POST /window/bundles/{id}/materials/{key}/remove", "/window/bundles/" + NOBODY + "/materials/SCJGJ-QYSLDJ.M02/remove?attachmentId=" + NOBODY, "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("GET /window/bundles/{id}/check",                  "/window/bundles/" + NOBODY + "/check",                          "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("POST /window/bundles/{id}/submit",                "/window/bundles/" + NOBODY + "/submit?token=" + NOBODY,         "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("GET /window/bundle-receipts/{number}",            "/window/bundle-receipts/" + NUMBER,                             "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/window/applications",                 "/api/v1/window/applications",                                   "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/window/applications/{id:[0-9a-fA-F-]{36}}", "/api/v1/window/applications/" + NOBODY,                    "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("PUT /api/v1/window/applications/{id:[0-9a-fA-F-]{36}}", "/api/v1/window/applications/" + NOBODY,                    "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/window/applications/{id:[0-9a-fA-F-]{36}}/materials", "/api/v1/window/applications/" + NOBODY + "/materials", "login   403     403     415     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/window/applications/{id:[0-9a-fA-F-]{36}}/submit", "/api/v1/window/applications/" + NOBODY + "/submit", "login   403     403     400     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/window/bundle-applications",         "/api/v1/window/bundle-applications",                            "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/window/bundle-applications/{id:[0-9a-fA-F-]{36}}", "/api/v1/window/bundle-applications/" + NOBODY,                  "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("PATCH /api/v1/window/bundle-applications/{id:[0-9a-fA-F-]{36}}/answers", "/api/v1/window/bundle-applications/" + NOBODY + "/answers",     "login   403     403     403     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/window/bundle-applications/{id:[0-9a-fA-F-]{36}}/materials/{materialKey}", "/api/v1/window/bundle-applications/" + NOBODY + "/materials/SCJGJ-QYSLDJ.M02", "login   403     403     415     403     403     403     403     403     403     403     403"),
	row("POST /api/v1/window/bundle-applications/{id:[0-9a-fA-F-]{36}}/submission", "/api/v1/window/bundle-applications/" + NOBODY + "/submission",  "login   403     403     400     403     403     403     403     403     403     403     403"),

	// -- issue 19 item 3, department systems as clients of the data exchange (rows below) --
	// Their administration: the system admin for every department, a department admin for their own; the empty form
	// is refused (400), a client nobody has is not found (404).
	row("GET /admin/exchange-clients",                      "/admin/exchange-clients",                                       "login   403     403     403     403     403     403     403     ok      ok      403     403"),
	row("POST /admin/exchange-clients",                     "/admin/exchange-clients",                                       "login   403     403     403     403     403     403     403     400     400     403     403"),
	row("POST /admin/exchange-clients/{clientId}/disable",  "/admin/exchange-clients/nobody-000000000000/disable",           "login   403     403     403     403     403     403     403     404     404     403     403"),
	// The data-exchange API opens to the access tokens of its clients alone (R9.3): no account of the platform and no
	// token of its API gets further than the log-in (see EXCHANGE_AS_CLIENT for the clients).
	row("POST /api/v1/exchange/population/lookups",         "/api/v1/exchange/population/lookups?purpose=" + EXCHANGE_PURPOSE + "&caseNumber=TB-1", "login   login   login   login   login   login   login   login   login   login   login   login"),
	row("POST /api/v1/exchange/population/records",         "/api/v1/exchange/population/records?purpose=" + EXCHANGE_PURPOSE + "&caseNumber=TB-1", "login   login   login   login   login   login   login   login   login   login   login   login"),
	row("GET /api/v1/exchange/legal-persons/{creditCode}",  "/api/v1/exchange/legal-persons/" + CREDIT_CODE + "?purpose=" + EXCHANGE_PURPOSE + "&caseNumber=TB-1", "login   login   login   login   login   login   login   login   login   login   login   login"),
	row("PUT /api/v1/exchange/legal-persons/{creditCode}",  "/api/v1/exchange/legal-persons/" + CREDIT_CODE + "?purpose=" + EXCHANGE_PURPOSE + "&caseNumber=TB-1", "login   login   login   login   login   login   login   login   login   login   login   login"),
	row("GET /api/v1/exchange/licences/{licenceId}",        "/api/v1/exchange/licences/DZZZ-00000000000000000000000000?purpose=" + EXCHANGE_PURPOSE + "&caseNumber=TB-1", "login   login   login   login   login   login   login   login   login   login   login   login"),
	row("POST /api/v1/exchange/licences/searches",          "/api/v1/exchange/licences/searches?purpose=" + EXCHANGE_PURPOSE + "&caseNumber=TB-1", "login   login   login   login   login   login   login   login   login   login   login   login"),

	// -- issue 20 item 1, complaints, suggestions and reports (rows below) --
	// Anyone files and follows them: the empty form is refused (400), the check and confirmation without a filing in
	// the session send back to the form, a number nobody has is not found. An applicant's own under /my; the queue and
	// answer are for the department's reviewers and approvers (other staff refused by the service, 403), the overdue
	// list for the supervision office.
	row("GET /feedback",                                    "/feedback",                                                     "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /feedback/new",                                "/feedback/new",                                                 "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("POST /feedback/new",                               "/feedback/new",                                                 "400     400     400     400     400     400     400     400     400     400     400     400"),
	row("GET /feedback/check",                              "/feedback/check",                                               "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("POST /feedback/check",                             "/feedback/check",                                               "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /feedback/confirmation",                       "/feedback/confirmation",                                        "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /feedback/follow",                             "/feedback/follow",                                              "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("POST /feedback/follow",                            "/feedback/follow",                                              "400     400     400     400     400     400     400     400     400     400     400     400"),
	row("POST /feedback/follow/verdict",                    "/feedback/follow/verdict",                                      "400     400     400     400     400     400     400     400     400     400     400     400"),
	row("GET /my/feedback",                                 "/my/feedback",                                                  "login   ok      ok      403     403     403     403     403     403     403     403     403"),
	row("GET /my/feedback/{number}",                        "/my/feedback/FK20000101000000",                                 "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("POST /my/feedback/{number}/verdict",               "/my/feedback/FK20000101000000/verdict",                         "login   404     404     403     403     403     403     403     403     403     403     403"),
	row("GET /staff/feedback",                              "/staff/feedback",                                               "login   403     403     403     ok      ok      403     403     403     403     403     403"),
	row("GET /staff/feedback/{number}",                     "/staff/feedback/FK20000101000000",                              "login   403     403     403     404     404     403     403     403     403     403     403"),
	row("POST /staff/feedback/{number}/answer",             "/staff/feedback/FK20000101000000/answer",                       "login   403     403     403     404     404     403     403     403     403     403     403"),
	row("GET /supervision/feedback",                        "/supervision/feedback",                                         "login   403     403     403     403     403     403     ok      403     403     403     403"),
	// Open311 GeoReport v2: anyone, like the pages; the empty request is refused (400), a number nobody has not found.
	row("GET /open311/v2/services.{format:json|xml}",       "/open311/v2/services.json",                                     "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("POST /open311/v2/requests.{format:json|xml}",      "/open311/v2/requests.json",                                     "400     400     400     400     400     400     400     400     400     400     400     400"),
	row("GET /open311/v2/requests.{format:json|xml}",       "/open311/v2/requests.json",                                     "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /open311/v2/requests/{id}.{format:json|xml}",  "/open311/v2/requests/FK20000101000000.json",                    "404     404     404     404     404     404     404     404     404     404     404     404"),

	// The development outbox: demo profile only (the profile of these tests), and only for callers on the platform's
	// own machine, whoever they are: these calls come from other addresses.
	row("GET /dev/outbox",                                  "/dev/outbox",                                                   "403     403     403     403     403     403     403     403     403     403     403     403"),
	row("GET /api/v1/dev/outbox",                           "/api/v1/dev/outbox?recipient=13800138000",                      "403     403     403     403     403     403     403     403     403     403     403     403"),
	// The API documentation is public, like the API it documents.
	row("GET /v3/api-docs",                                 "/v3/api-docs",                                                  "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /v3/api-docs.yaml",                            "/v3/api-docs.yaml",                                             "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /v3/api-docs/swagger-config",                  "/v3/api-docs/swagger-config",                                   "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	row("GET /swagger-ui.html",                             "/swagger-ui.html",                                              "ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok      ok"),
	// The error page is open to everyone (it shows the errors of every other page); called directly, without an
	// error to show, it answers the generic 500 page.
	row("ANY /error",                                       "/error",                                                        "500     500     500     500     500     500     500     500     500     500     500     500")
	// @formatter:on
	);

	/**
	 * Separation of duties (R12.7) as rows: the same endpoints, each caller acting on
	 * their own account ({@code {self}} in the sample). An administrator in scope is
	 * refused 409 (nobody grants or takes roles on their own account); the others are
	 * refused as in the table above.
	 */
	static final List<Row> OWN_ACCOUNT = List.of(
	// @formatter:off
	//                                                                                                                        anon    person  enterp  clerk   review  approv  expert  superv  deptad  sysadm  secadm  audit
	row("POST /admin/staff/{id}/grant",                     "/admin/staff/{self}/grant?role=APPROVER&department=SCJGJ",      "login   403     403     403     403     403     403     403     409     403     409     403"),
	row("POST /admin/staff/{id}/revoke",                    "/admin/staff/{self}/revoke?role=DEPARTMENT_ADMIN&department=SCJGJ", "login   403     403     403     403     403     403     403     409     403     409     403")
	// @formatter:on
	);

	/**
	 * The data-exchange API called by a department system of the tax bureau with an
	 * access token of the client-credentials grant (R9.3): it sends an empty body to look
	 * a person up (400), holds no grant for the sample's purpose (403), does not own the
	 * legal-person registry it would publish into (403), asks for a licence nobody holds
	 * (404), searches licences naming no holder (400) and publishes a person without an
	 * ID number (400).
	 */
	static final Map<String, String> EXCHANGE_AS_CLIENT = Map.of("POST /api/v1/exchange/population/lookups", "400",
			"GET /api/v1/exchange/legal-persons/{creditCode}", "403", "PUT /api/v1/exchange/legal-persons/{creditCode}",
			"403", "GET /api/v1/exchange/licences/{licenceId}", "404", "POST /api/v1/exchange/licences/searches", "400",
			"POST /api/v1/exchange/population/records", "400");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	ExchangeClients exchangeClients;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void theTableListsEveryEndpointOfTheApplication() {
		Set<String> table = TABLE.stream().map(Row::endpoint).collect(Collectors.toCollection(TreeSet::new));
		assertThat(TABLE).as("one row per endpoint").hasSize(table.size());
		Set<String> application = endpoints();

		assertThat(difference(application, table)).as("endpoints of the application that the table does not list")
			.isEmpty();
		assertThat(difference(table, application)).as("rows of the table that no endpoint answers any more").isEmpty();
	}

	@TestFactory
	Stream<DynamicContainer> everyEndpointAnswersEveryCallerAsTheTableSays() {
		Map<Caller, Actor> actors = actors();
		return TABLE.stream()
			.map(row -> DynamicContainer.dynamicContainer(row.endpoint(),
					Arrays.stream(Caller.values())
						.map(caller -> DynamicTest.dynamicTest(caller + " → " + row.expected().get(caller),
								() -> assertThat(call(row, caller, actors.get(caller)))
									.as("%s %s as %s", row.endpoint(), row.sample(), caller)
									.isEqualTo(row.expected().get(caller))))));
	}

	@TestFactory
	Stream<DynamicContainer> nobodyChangesTheRolesOfTheirOwnAccount() {
		Map<Caller, Actor> actors = actors();
		return OWN_ACCOUNT.stream()
			.map(row -> DynamicContainer.dynamicContainer(row.endpoint() + " [own account]",
					Arrays.stream(Caller.values()).map(caller -> {
						Actor actor = actors.get(caller);
						Row own = new Row(row.endpoint(),
								row.sample()
									.replace("{self}", actor == null ? NOBODY.toString() : actor.id().toString()),
								row.expected());
						return DynamicTest.dynamicTest(caller + " → " + row.expected().get(caller),
								() -> assertThat(call(own, caller, actor))
									.as("%s %s as %s", own.endpoint(), own.sample(), caller)
									.isEqualTo(row.expected().get(caller)));
					})));
	}

	/**
	 * An exchange client with its access token: on the exchange API as
	 * {@link #EXCHANGE_AS_CLIENT} says, and everywhere else no further than an anonymous
	 * visitor, since an exchange token opens nothing of the platform's own (R9.3, R12.5).
	 */
	@TestFactory
	Stream<DynamicTest> everyEndpointAnswersAnExchangeClientNoFurtherThanAnAnonymousVisitor() throws Exception {
		String token = new ExchangeClientFixture(mvc, exchangeClients, jdbc).token("SWJ");
		assertThat(token).isNotBlank();
		return TABLE.stream().map(row -> {
			String anonymous = row.expected().get(Caller.ANONYMOUS);
			String expected = EXCHANGE_AS_CLIENT.get(row.endpoint());
			return DynamicTest.dynamicTest(row.endpoint() + " → " + (expected != null ? expected : "as anonymous"),
					() -> {
						String outcome = callAsExchangeClient(row, token);
						if (expected != null) {
							assertThat(outcome).as("%s %s", row.endpoint(), row.sample()).isEqualTo(expected);
						}
						else {
							// A token the platform's API does not know is refused 401
							// even
							// where no token is needed.
							assertThat(outcome).as("%s %s", row.endpoint(), row.sample())
								.isIn(anonymous, "401!", "login");
						}
					});
		});
	}

	private String callAsExchangeClient(Row row, String token) {
		boolean api = row.path().startsWith("/api/");
		boolean withBody = "POST".equals(row.method()) || "PUT".equals(row.method()) || "PATCH".equals(row.method());
		MockMvcRequestBuilder request = mvc
			.method("ANY".equals(row.method()) ? HttpMethod.GET : HttpMethod.valueOf(row.method()))
			.uri(URI.create(row.sample().replace("?send", "?send=")));
		request.with(call -> {
			call.setRemoteAddr(TestAccounts.clientAddress());
			return call;
		});
		request.header("Accept-Language", "en").header("Authorization", "Bearer " + token);
		if (api && withBody) {
			request.contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		if (!api && !"GET".equals(row.method()) && !"ANY".equals(row.method())) {
			request.with(csrf());
		}
		return outcome(api, request.exchange().getResponse());
	}

	/** Fresh accounts of this class's own, one for each caller. */
	private Map<Caller, Actor> actors() {
		var testAccounts = new TestAccounts(accounts);
		Map<Caller, Actor> actors = new EnumMap<>(Caller.class);
		TestAccounts.Person person = testAccounts.person();
		actors.put(Caller.PERSON, person.actor());
		actors.put(Caller.ENTERPRISE, testAccounts.enterprise(testAccounts.person(), TestAccounts.creditCode()));
		for (Role role : List.of(Role.WINDOW_CLERK, Role.REVIEWER, Role.APPROVER, Role.EXPERT, Role.DEPARTMENT_ADMIN)) {
			actors.put(Caller.valueOf(role.name()),
					testAccounts.staff(TestAccounts.accountName(), DepartmentRole.of(role, "SCJGJ")));
		}
		for (Role role : List.of(Role.SUPERVISOR, Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR)) {
			actors.put(Caller.valueOf(role.name()),
					testAccounts.staff(TestAccounts.accountName(), DepartmentRole.of(role, "ZWFWJ")));
		}
		return actors;
	}

	/** The outcome of the row's sample request made by the caller. */
	private String call(Row row, Caller caller, Actor actor) {
		boolean api = row.path().startsWith("/api/");
		URI uri = URI.create(row.sample().replace("?send", "?send="));
		boolean withBody = "POST".equals(row.method()) || "PUT".equals(row.method()) || "PATCH".equals(row.method());
		MockMvcRequestBuilder request = mvc
			.method("ANY".equals(row.method()) ? HttpMethod.GET : HttpMethod.valueOf(row.method()))
			.uri(uri);
		request.with(call -> {
			call.setRemoteAddr(TestAccounts.clientAddress());
			return call;
		});
		if (api) {
			request.header("Accept-Language", "en");
			if (withBody) {
				request.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
			if (actor != null) {
				request.header("Authorization", "Bearer " + tokens.issue(actor.id(), LogInMethod.PASSWORD).token());
			}
		}
		else {
			if (!"GET".equals(row.method()) && !"ANY".equals(row.method())) {
				request.with(csrf());
			}
			if (actor != null) {
				request.with(authentication(new ActorAuthentication(actor)));
			}
		}
		MockHttpServletResponse response = request.exchange().getResponse();
		return outcome(api, response);
	}

	private static String outcome(boolean api, MockHttpServletResponse response) {
		int status = response.getStatus();
		String redirect = response.getRedirectedUrl();
		if (status / 100 == 3 && redirect != null && LOG_IN_STEPS.contains(URI.create(redirect).getPath())
				&& URI.create(redirect).getQuery() == null) {
			return "login";
		}
		if (status / 100 == 2 || status / 100 == 3) {
			return "ok";
		}
		if (status == 401) {
			return api && isEntryPoint(response) ? "login" : "401!";
		}
		return Integer.toString(status);
	}

	/**
	 * The 401 of access control (log in first), not of a log-in endpoint refusing a
	 * credential.
	 */
	private static boolean isEntryPoint(MockHttpServletResponse response) {
		try {
			// The platform's API, and the data-exchange API (its own message).
			String content = response.getContentAsString();
			return content.contains("Sign in first") || content.contains("access token");
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Every endpoint of the application, as
	 * {@code METHOD path-pattern [parameter condition]}.
	 */
	private Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			List<String> names = methods.isEmpty() ? List.of("ANY")
					: methods.stream().map(RequestMethod::name).toList();
			String params = info.getParamsCondition().getExpressions().isEmpty() ? ""
					: " " + info.getParamsCondition().getExpressions();
			for (String method : names) {
				for (String pattern : info.getPatternValues()) {
					endpoints.add(method + " " + pattern + params);
				}
			}
		}
		return endpoints;
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> difference = new TreeSet<>(a);
		difference.removeAll(b);
		return difference;
	}

	private static Row row(String endpoint, String sample, String outcomes) {
		String[] expected = outcomes.trim().split("\\s+");
		assert expected.length == Caller.values().length : endpoint;
		Map<Caller, String> byCaller = new EnumMap<>(Caller.class);
		for (Caller caller : Caller.values()) {
			byCaller.put(caller, expected[caller.ordinal()]);
		}
		return new Row(endpoint, sample, byCaller);
	}

	record Row(String endpoint, String sample, Map<Caller, String> expected) {

		Row {
			if (expected.size() != Caller.values().length) {
				throw new IllegalArgumentException(endpoint + ": one outcome for each caller");
			}
		}

		String method() {
			return endpoint.substring(0, endpoint.indexOf(' '));
		}

		String path() {
			return endpoint.split(" ")[1];
		}

	}

}
