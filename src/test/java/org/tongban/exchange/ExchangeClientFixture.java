package org.tongban.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tongban.exchange.clients.ClientAuthentication;
import org.tongban.exchange.clients.ExchangeClients;
import org.tongban.exchange.clients.ExchangeClients.Administrator;
import org.tongban.shared.audit.AuditActor;

import tools.jackson.databind.json.JsonMapper;

/**
 * A department system as the tests of the exchange API make one: registered by the system
 * administrator, with a token from the token endpoint, and grants of the sharing
 * catalogue written as the owning department would have decided them.
 */
public final class ExchangeClientFixture {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvcTester mvc;

	private final ExchangeClients clients;

	private final JdbcClient jdbc;

	public ExchangeClientFixture(MockMvcTester mvc, ExchangeClients clients, JdbcClient jdbc) {
		this.mvc = mvc;
		this.clients = clients;
		this.jdbc = jdbc;
	}

	/** A client's credentials as its administrator was shown them once. */
	public record Client(String clientId, String secret) {
	}

	public static Administrator systemAdmin() {
		UUID id = UUID.randomUUID();
		return new Administrator(id, new AuditActor(id, "SYSTEM_ADMIN", "ZWFWJ"), true, Set.of());
	}

	/** A purpose code of its own, so that other tests' grants do not count. */
	public static String purpose() {
		return "test-" + HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 6);
	}

	/** A new client of the department's system, authenticated by a secret. */
	public Client client(String department) {
		var registration = clients.register(systemAdmin(), department, department + " 业务系统",
				ClientAuthentication.CLIENT_SECRET_BASIC, null);
		return new Client(registration.client().clientId(), registration.secret());
	}

	public MockHttpServletResponse tokenResponse(String clientId, String secret) {
		return mvc.post()
			.uri("/oauth2/token")
			.with(httpBasic(clientId, secret))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("grant_type", "client_credentials")
			.param("scope", "exchange")
			.exchange()
			.getResponse();
	}

	public String token(Client client) throws Exception {
		var response = tokenResponse(client.clientId(), client.secret());
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return JSON.readTree(response.getContentAsString()).path("access_token").asString();
	}

	/** The token of a new client of the department's system. */
	public String token(String department) throws Exception {
		return token(client(department));
	}

	/** A grant in force until the day given, decided by the owning department. */
	public void grant(String client, String owner, String element, String purpose, LocalDate validUntil) {
		jdbc.sql(
				"""
						insert into exchange_grant (id, client_department, owner_department, element_code, purpose, purpose_text,
							status, valid_until, requested_by, requested_at, decided_by, decided_at)
						values (:id, :client, :owner, :element, :purpose, :text, 'GRANTED', :until, :by, :at, :by, :at)""")
			.param("id", UUID.randomUUID())
			.param("client", client)
			.param("owner", owner)
			.param("element", element)
			.param("purpose", purpose)
			.param("text", "测试用途")
			.param("until", validUntil)
			.param("by", UUID.randomUUID())
			.param("at", LocalDateTime.of(2026, 11, 1, 9, 0))
			.update();
	}

	/** A request's reason as its query string names it; a missing one left out. */
	public static MockMvcTester.MockMvcRequestBuilder why(MockMvcTester.MockMvcRequestBuilder request, String purpose,
			String caseNumber) {
		if (purpose != null) {
			request.param("purpose", purpose);
		}
		if (caseNumber != null) {
			request.param("caseNumber", caseNumber);
		}
		return request;
	}

}
