package org.tongban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What MockMvc cannot show, on the platform listening on a port, with requests written
 * byte for byte as an attacker would: the servlet container decodes the query string and
 * makes redirects absolute, and a body may come in chunks (R12.3, R12.5). The same
 * context as the browser tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class OverTheWireTests {

	/** What a browser asks for when it opens a page. */
	static final String BROWSER = "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n";

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/matters?q=%C3%28", "/query?number=%FF", "/matters?q=%C3%28&lang=en" })
	@DisplayName("R12.3: invalid UTF-8 in the query string of a page is a bad request on the site's error page")
	void invalidUtf8OnAPageIsABadRequest(String target, CapturedOutput output) {
		String answer = exchange("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(statusLine(answer)).isEqualTo("HTTP/1.1 400 ");
		assertThat(answer).containsAnyOf("地址或表单中的参数无法读取", "The parameters in the address or form could not be read")
			.contains("<footer");
		assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("IllegalStateException");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/matters?q=食品", "/matters?q=%ZZ", "/matters?q=%E9%A3", "/matters?q=100%", "/matters/食品",
			"/query?number=TB2026\u0001" })
	@DisplayName("Issue 13 item 8, R12.3: raw UTF-8, control characters or broken percent-encoding in a page's address is a bad request on the site's error page")
	void rawUtf8OrBrokenEncodingOnAPageIsABadRequest(String target, CapturedOutput output) {
		String answer = exchange(
				"GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + BROWSER + "Connection: close\r\n\r\n",
				StandardCharsets.UTF_8);

		assertThat(statusLine(answer)).isEqualTo("HTTP/1.1 400 ");
		assertThat(answer)
			.contains("Content-Type: text/html", "<link rel=\"stylesheet\" href=\"/css/tongban.css\">",
					"<title>请求有误 - D市政务服务网</title>", "<footer")
			.doesNotContain("Apache Tomcat", "HTTP Status 400");
		assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("IllegalStateException");
	}

	@Test
	@DisplayName("Issue 13 item 8: characters browsers send unencoded in a query, such as | or {}, are read")
	void charactersBrowsersLeaveUnencodedInAQueryAreRead() {
		String answer = exchange(
				"GET /matters?q=a|b{c} HTTP/1.1\r\nHost: localhost\r\n" + BROWSER + "Connection: close\r\n\r\n");

		assertThat(statusLine(answer)).isEqualTo("HTTP/1.1 200 ");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/matters?q=%C3%28", "/api/v1/query?number=%FF&code=ABCD2345" })
	@DisplayName("R12.3: invalid UTF-8 in the query string of the API is a 400 problem")
	void invalidUtf8InTheApiIsAProblem(String target, CapturedOutput output) {
		String answer = exchange("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(statusLine(answer)).isEqualTo("HTTP/1.1 400 ");
		assertThat(answer).contains("Content-Type: application/problem+json", "\"status\":400", "地址或表单中的参数无法读取");
		assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("IllegalStateException");
	}

	@Test
	@DisplayName("R12.5: the servlet container does not turn a redirect into an address on a forged host")
	void aForgedHostIsNotEchoed() {
		for (String headers : new String[] { "Host: evil.example", "Host: evil.example:8443",
				"Host: localhost\r\nX-Forwarded-Host: evil.example" }) {
			String answer = exchange("GET /my HTTP/1.1\r\n" + headers + "\r\nConnection: close\r\n\r\n");

			assertThat(statusLine(answer)).isEqualTo("HTTP/1.1 302 ");
			assertThat(answer).contains("\r\nLocation: /login\r\n").doesNotContain("evil.example");
		}
	}

	@Test
	@DisplayName("R12.3: a JSON body sent in chunks is read no further than the limit")
	void aChunkedJsonBodyIsReadUpToTheLimit() {
		String chunk = "{\"username\": \"" + "a".repeat(70 * 1024) + "\"}";
		String answer = exchange("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
				+ Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n");

		assertThat(statusLine(answer)).isEqualTo("HTTP/1.1 413 ");
		assertThat(answer).contains("Content-Type: application/problem+json");
	}

	private String exchange(String request) {
		return exchange(request, StandardCharsets.ISO_8859_1);
	}

	/**
	 * Writes the request in these bytes: UTF-8 to put raw, unencoded characters in the
	 * request line.
	 */
	private String exchange(String request, java.nio.charset.Charset bytes) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(bytes));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String statusLine(String answer) {
		return answer.substring(0, answer.indexOf("\r\n"));
	}

}
