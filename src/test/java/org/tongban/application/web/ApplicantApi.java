package org.tongban.application.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.tongban.identity.TestAccounts;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/**
 * An applicant of the API for the mobile app: every call with its bearer token, from one
 * client address.
 */
public class ApplicantApi {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvcTester mvc;

	private final String token;

	private final String address;

	public ApplicantApi(MockMvcTester mvc, String token, String address) {
		this.mvc = mvc;
		this.token = token;
		this.address = address;
	}

	/** Logs in with a password from an address of its own; answers the bearer token. */
	public static String logIn(MockMvcTester mvc, String username, String password) {
		MvcTestResult login = mvc.post()
			.uri("/api/v1/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("username", username, "password", password)))
			.with(request -> {
				request.setRemoteAddr(TestAccounts.clientAddress());
				return request;
			})
			.exchange();
		assertThat(login).hasStatusOk();
		return read(login, "$.token");
	}

	public MvcTestResult get(String uri) {
		return request(mvc.get().uri(uri));
	}

	public MvcTestResult post(String uri, Object body) {
		return request(
				mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)));
	}

	public MvcTestResult put(String uri, Object body) {
		return request(
				mvc.put().uri(uri).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)));
	}

	public MvcTestResult delete(String uri) {
		return request(mvc.delete().uri(uri));
	}

	public MvcTestResult upload(String id, String material, String fileName, byte[] content) {
		return request(mvc.post()
			.uri("/api/v1/drafts/" + id + "/materials")
			.multipart()
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
			.param("material", material));
	}

	public MvcTestResult submit(String id, String key) {
		return request(mvc.post().uri("/api/v1/drafts/" + id + "/submit").header("Idempotency-Key", key));
	}

	public MvcTestResult request(AbstractMockHttpServletRequestBuilder<?> request) {
		return mvc.perform(request.header("Authorization", "Bearer " + token).with(call -> {
			call.setRemoteAddr(address);
			return call;
		}));
	}

	public static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	public static String read(MvcTestResult result, String path) {
		return JsonPath.read(body(result), path);
	}

}
