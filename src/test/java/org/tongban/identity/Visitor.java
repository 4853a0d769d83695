package org.tongban.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMultipartMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.tongban.support.WebPage;

/**
 * A person using the pages through MockMvc as a browser would: keeps the cookies it is
 * given, sends them back, and posts forms with the CSRF token of the last page it saw,
 * from a client address of its own.
 */
public final class Visitor {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final MockMvcTester mvc;

	private final String address = TestAccounts.clientAddress();

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	private String csrf;

	public Visitor(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	public MvcTestResult get(String path) {
		MockMvcRequestBuilder request = mvc.get().uri(path);
		return send(request, request::exchange);
	}

	public WebPage page(String path) {
		return WebPage.of(get(path));
	}

	/** Posts a form with the CSRF token of the last page seen. */
	public MvcTestResult post(String path, String... nameValuePairs) {
		MockMvcRequestBuilder request = mvc.post().uri(path);
		for (int i = 0; i < nameValuePairs.length; i += 2) {
			request.param(nameValuePairs[i], nameValuePairs[i + 1]);
		}
		if (csrf != null) {
			request.param("_csrf", csrf);
		}
		return send(request, request::exchange);
	}

	/**
	 * Posts a form of one file, as a browser posts {@code multipart/form-data}, with the
	 * CSRF token.
	 */
	public MvcTestResult upload(String path, String field, String fileName, byte[] content) {
		return upload(path, field, fileName, content, new String[0]);
	}

	/**
	 * Posts a form of one file and other fields, as a browser posts
	 * {@code multipart/form-data}, with the CSRF token.
	 */
	public MvcTestResult upload(String path, String field, String fileName, byte[] content, String... nameValuePairs) {
		MockMultipartMvcRequestBuilder request = mvc.post()
			.uri(path)
			.multipart()
			.file(new MockMultipartFile(field, fileName, "application/octet-stream", content));
		for (int i = 0; i < nameValuePairs.length; i += 2) {
			request.param(nameValuePairs[i], nameValuePairs[i + 1]);
		}
		if (csrf != null) {
			request.param("_csrf", csrf);
		}
		return send(request, request::exchange);
	}

	/**
	 * Opens the log-in page and logs in; answers where the platform sends the visitor
	 * next.
	 */
	public MvcTestResult logIn(String username, String password) {
		get("/login");
		return post("/login", "username", username, "password", password);
	}

	/**
	 * Logs a staff member in with their password and the code their authenticator shows
	 * (R1.3); answers where the platform sends them after the second factor.
	 */
	public MvcTestResult logIn(EnrolledStaff staff) {
		logIn(staff.accountName(), TestAccounts.PASSWORD);
		get("/login/second-factor");
		return post("/login/second-factor", "code", staff.authenticator().code());
	}

	/**
	 * The value of the session cookie, which is the session id (Base64), or null without
	 * a session.
	 */
	public String sessionCookie() {
		Cookie session = cookies.get("__Host-TONGBAN_SESSION");
		return session == null ? null : session.getValue();
	}

	public String address() {
		return address;
	}

	private MvcTestResult send(AbstractMockHttpServletRequestBuilder<?> request, Supplier<MvcTestResult> exchange) {
		request.with(servletRequest -> {
			servletRequest.setRemoteAddr(address);
			return servletRequest;
		});
		if (!cookies.isEmpty()) {
			request.cookie(cookies.values().toArray(Cookie[]::new));
		}
		MvcTestResult result = exchange.get();
		for (Cookie cookie : result.getResponse().getCookies()) {
			if (cookie.getMaxAge() == 0) {
				cookies.remove(cookie.getName());
			}
			else {
				cookies.put(cookie.getName(), cookie);
			}
		}
		Matcher token = CSRF.matcher(WebPage.of(result).html());
		if (token.find()) {
			csrf = token.group(1);
		}
		return result;
	}

}
