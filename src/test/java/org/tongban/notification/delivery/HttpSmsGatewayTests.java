package org.tongban.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tongban.notification.NotificationFailedException;
import org.tongban.shared.identifiers.MobileNumber;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Outside the demo, SMS go to the city's SMS gateway as a documented JSON request (R6.2);
 * a refusal, an error or silence of the gateway reaches the caller as a
 * {@link NotificationFailedException}, which names the message and the masked number,
 * never the number itself. Runs against a local HTTP server.
 */
class HttpSmsGatewayTests {

	static final Sms SMS = new Sms(UUID.fromString("0b7c6f0e-5d1a-4c1e-9a43-3f1c2b7d8e90"),
			MobileNumber.parse("13800138000"), "【D市政务服务网】您的登录验证码为012345，5分钟内有效。请勿泄露给他人。");

	final CopyOnWriteArrayList<Received> received = new CopyOnWriteArrayList<>();

	HttpServer server;

	@AfterEach
	void stopServer() {
		if (server != null) {
			server.stop(0);
		}
	}

	@Test
	void postsTheMessageAsJsonWithTheApiKey() {
		gateway("secret-key", answering(202)).send(SMS);

		assertThat(received).singleElement().satisfies(request -> {
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.path()).isEqualTo("/v1/messages");
			assertThat(request.contentType()).startsWith("application/json");
			assertThat(request.authorization()).isEqualTo("Bearer secret-key");
			assertThat(new JsonMapper().readValue(request.body(), Map.class)).containsExactly(
					Map.entry("id", "0b7c6f0e-5d1a-4c1e-9a43-3f1c2b7d8e90"), Map.entry("phone", "13800138000"),
					Map.entry("text", "【D市政务服务网】您的登录验证码为012345，5分钟内有效。请勿泄露给他人。"));
		});
	}

	@Test
	void sendsNoAuthorizationWithoutAnApiKey() {
		gateway(null, answering(200)).send(SMS);

		assertThat(received).singleElement().extracting(Received::authorization).isNull();
	}

	@Test
	void aRefusalIsAFailureThatNamesTheStatusAndNotTheNumber() {
		HttpSmsGateway gateway = gateway("secret-key", answering(503));

		assertThatExceptionOfType(NotificationFailedException.class).isThrownBy(() -> gateway.send(SMS))
			.withMessageContaining("HTTP 503")
			.withMessageContaining(SMS.id().toString())
			.withMessageContaining("138****8000")
			.withMessageNotContaining("13800138000");
		assertThat(received).hasSize(1);
	}

	@Test
	void aClientErrorIsAFailureToo() {
		HttpSmsGateway gateway = gateway("wrong-key", answering(401));

		assertThatExceptionOfType(NotificationFailedException.class).isThrownBy(() -> gateway.send(SMS))
			.withMessageContaining("HTTP 401");
	}

	@Test
	void aGatewayThatCannotBeReachedIsAFailure() {
		HttpSmsGateway gateway = gateway("secret-key", answering(200));
		server.stop(0);
		server = null;

		assertThatExceptionOfType(NotificationFailedException.class).isThrownBy(() -> gateway.send(SMS))
			.withMessageContaining(SMS.id().toString())
			.withMessageNotContaining("13800138000");
	}

	@Test
	void aGatewayThatDoesNotAnswerInTimeIsAFailure() {
		HttpSmsGateway gateway = gateway("secret-key", exchange -> {
			try {
				Thread.sleep(3_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			respond(exchange, 200);
		}, Duration.ofMillis(300));

		assertThatExceptionOfType(NotificationFailedException.class).isThrownBy(() -> gateway.send(SMS));
	}

	private HttpSmsGateway gateway(String apiKey, HttpHandler handler) {
		return gateway(apiKey, handler, Duration.ofSeconds(10));
	}

	/** A gateway adapter posting to a local server. */
	private HttpSmsGateway gateway(String apiKey, HttpHandler handler, Duration readTimeout) {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.createContext("/", exchange -> {
			received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
					exchange.getRequestHeaders().getFirst("Content-Type"),
					exchange.getRequestHeaders().getFirst("Authorization"),
					new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
			handler.handle(exchange);
		});
		server.start();
		URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/messages");
		return new HttpSmsGateway(new SmsGatewayProperties(url, apiKey, Duration.ofSeconds(5), readTimeout));
	}

	private static HttpHandler answering(int status) {
		return exchange -> respond(exchange, status);
	}

	private static void respond(HttpExchange exchange, int status) throws IOException {
		byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	record Received(String method, String path, String contentType, String authorization, String body) {
	}

}
