package org.tongban.notification.devoutbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tongban.notification.Notifications;
import org.tongban.notification.SmsMessage;

import com.sun.net.httpserver.HttpServer;

/**
 * The development outbox exists in the demo profile only: in any other profile its beans
 * are not there, its page and API are not found, and SMS go to the city's SMS gateway
 * instead (R6.2). The platform runs here as it would be deployed, with keys of its own,
 * against a local HTTP server standing in for the gateway.
 */
@SpringBootTest(properties = { "tongban.crypto.active-key-id=k1",
		"tongban.crypto.keys.k1=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", "tongban.crypto.active-index-key-id=i1",
		"tongban.crypto.index-keys.i1=ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=" })
@AutoConfigureMockMvc
@ActiveProfiles("staging")
class DevOutboxOutsideTheDemoTests {

	static final List<String> GATEWAY_REQUESTS = new CopyOnWriteArrayList<>();

	static final HttpServer GATEWAY = gateway();

	@DynamicPropertySource
	static void gatewayAddress(DynamicPropertyRegistry properties) {
		properties.add("tongban.sms.gateway.url",
				() -> "http://127.0.0.1:" + GATEWAY.getAddress().getPort() + "/messages");
	}

	@AfterAll
	static void stopGateway() {
		GATEWAY.stop(0);
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Notifications notifications;

	@Test
	void theOutboxHasNoBeans() {
		for (Class<?> type : List.of(DevOutbox.class, DevOutboxPage.class, DevOutboxApi.class)) {
			assertThat(context.getBeanNamesForType(type)).as(type.getSimpleName()).isEmpty();
		}
	}

	@Test
	void thePageIsNotFound() {
		assertThat(mvc.get().uri("/dev/outbox").accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("您访问的页面或资源不存在");
		assertThat(mvc.get().uri("/dev/outbox?recipient=13800138000")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theApiIsNotFound() {
		assertThat(mvc.get().uri("/api/v1/dev/outbox")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mvc.get().uri("/api/v1/dev/outbox?recipient=13800138000&limit=1")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void smsGoToTheGateway() {
		notifications.sms(DevOutboxTests.newPhone(), SmsMessage.loginCode("314159", Duration.ofMinutes(5)),
				Locale.SIMPLIFIED_CHINESE);

		assertThat(GATEWAY_REQUESTS).anySatisfy(body -> assertThat(body).contains("您的登录验证码为314159"));
	}

	private static HttpServer gateway() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/messages", exchange -> {
				GATEWAY_REQUESTS.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
				exchange.sendResponseHeaders(202, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
