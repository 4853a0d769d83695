package org.tongban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tongban.identity.Accounts;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.LogInMethod;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ApiTokens;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/**
 * Requests an attacker writes by hand, answered as the client's mistakes they are and
 * without echoing what the client made up (R12.3, R12.5): a forged {@code Host} never
 * reaches a redirect, a JSON body is parsed only up to a small limit, a refusal lists a
 * bounded number of fields, and every answer forbids the browser features the platform
 * does not use. Over a real connection: {@link OverTheWireTests}.
 */
@IdentityTest
class HostileRequestsTests {

	static final String FORGED_HOST = "evil.example";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Test
	@DisplayName("R12.5: the log-in redirect of a protected page is a path, whatever Host the client sends")
	void aForgedHostIsNotEchoedIntoTheLogInRedirect() {
		for (String host : new String[] { FORGED_HOST, FORGED_HOST + ":8443" }) {
			MvcTestResult answer = mvc.get().uri("/my").header("Host", host).exchange();

			assertThat(answer).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
		}
		assertThat(mvc.get().uri("/staff").header("X-Forwarded-Host", FORGED_HOST)).hasRedirectedUrl("/login");
	}

	@Test
	@DisplayName("R12.5: after log-in, the page asked for opens at a path, not on the host the request named")
	void aForgedHostIsNotEchoedIntoThePageAskedForBeforeLogIn() {
		TestAccounts.Person person = new TestAccounts(accounts).person();
		String address = TestAccounts.clientAddress();

		MvcTestResult protectedPage = mvc.get().uri("/my/notifications").header("Host", FORGED_HOST).with(call -> {
			call.setRemoteAddr(address);
			return call;
		}).exchange();
		Cookie session = protectedPage.getResponse().getCookie("__Host-TONGBAN_SESSION");
		MvcTestResult form = mvc.get().uri("/login").header("Host", FORGED_HOST).cookie(session).exchange();
		Matcher csrf = CSRF.matcher(body(form));
		assertThat(csrf.find()).isTrue();

		MvcTestResult login = mvc.post()
			.uri("/login")
			.header("Host", FORGED_HOST)
			.cookie(session)
			.param("username", person.mobile().value())
			.param("password", TestAccounts.PASSWORD)
			.param("_csrf", csrf.group(1))
			.with(call -> {
				call.setRemoteAddr(address);
				return call;
			})
			.exchange();

		assertThat(login).hasStatus(HttpStatus.FOUND);
		assertThat(login.getResponse().getRedirectedUrl()).startsWith("/my/notifications").doesNotContain(FORGED_HOST);
	}

	@Test
	@DisplayName("R12.3: a JSON body of 1 MB is refused with 413 before it is parsed")
	void aLargeJsonBodyIsRefused() {
		String large = "{\"username\": \"" + "a".repeat(1024 * 1024) + "\", \"password\": \"x\"}";

		assertThat(mvc.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON).content(large))
			.hasStatus(HttpStatus.CONTENT_TOO_LARGE)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("请求内容过大：JSON 内容不得超过 64 KB。");
	}

	@Test
	@DisplayName("R12.3: a JSON body naming 100,000 unknown fields is refused with 413, not listed field by field")
	void aHundredThousandUnknownFieldsAreRefused() {
		MvcTestResult answer = answersOfANewDraft(unknownFields(100_000));

		assertThat(answer).hasStatus(HttpStatus.CONTENT_TOO_LARGE)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer.getResponse().getContentAsByteArray().length).isLessThan(2_000);
	}

	@Test
	@DisplayName("R12.3, R3.1: a refusal within the limit lists at most 100 fields and counts the others")
	void theFieldsOfARefusalAreBounded() {
		MvcTestResult answer = answersOfANewDraft(unknownFields(3_000));

		assertThat(answer).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Map<String, Object> errors = JsonPath.read(body(answer), "$.errors");
		assertThat(errors).hasSize(FieldErrors.MAX).containsKey("x0");
		assertThat((Integer) JsonPath.read(body(answer), "$.moreErrors")).isEqualTo(3_000 - FieldErrors.MAX);
	}

	@Test
	@DisplayName("R12.5: every answer forbids camera, microphone, geolocation, payment, USB and the like")
	void everyAnswerCarriesAPermissionsPolicy() {
		for (String path : new String[] { "/", "/login", "/css/tongban.css", "/no-such-page", "/api/v1/matters",
				"/api/v1/no-such-thing", "/actuator/health" }) {
			assertThat(mvc.get().uri(URI.create(path)).exchange().getResponse().getHeader("Permissions-Policy"))
				.as(path)
				.contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()");
		}
	}

	/**
	 * Saves the answers into a new draft of the food business licence, as a fresh
	 * enterprise through the API.
	 */
	private MvcTestResult answersOfANewDraft(Map<String, String> answers) {
		var testAccounts = new TestAccounts(accounts);
		String token = tokens
			.issue(testAccounts.enterprise(testAccounts.person(), TestAccounts.creditCode()).id(), LogInMethod.PASSWORD)
			.token();
		MvcTestResult created = mvc.post()
			.uri("/api/v1/drafts")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"matterCode\": \"SCJGJ-SPJYXK\"}")
			.exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		return mvc.put()
			.uri("/api/v1/drafts/" + JsonPath.read(body(created), "$.id"))
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("answers", answers)))
			.exchange();
	}

	private static Map<String, String> unknownFields(int count) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			fields.put("x" + i, "1");
		}
		return fields;
	}

	static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
