package org.tongban.exchange.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;

/**
 * R9.3: a department administrator registers the systems of their own department as
 * clients of the data exchange, sees the secret once, and disables a client; another
 * department's clients are out of their reach. Registration and disabling are audited.
 */
@IdentityTest
class ExchangeClientsPageTests {

	private static final Pattern CLIENT_ID = Pattern.compile("id=\"client-id\">([a-z0-9-]+)<");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ExchangeClients clients;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDepartmentAdminRegistersAClientOfTheirDepartmentSeesTheSecretOnceAndDisablesIt() throws Exception {
		Actor admin = new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.DEPARTMENT_ADMIN, "RSJ"));

		var registered = mvc.post()
			.uri("/admin/exchange-clients")
			.with(authentication(new ActorAuthentication(admin)))
			.with(csrf())
			.param("department", "RSJ")
			.param("name", "社保业务系统")
			.param("authentication", "CLIENT_SECRET_BASIC")
			.exchange()
			.getResponse();

		assertThat(registered.getStatus()).isEqualTo(200);
		assertThat(registered.getHeader("Cache-Control")).contains("no-store");
		String page = registered.getContentAsString();
		var clientId = CLIENT_ID.matcher(page);
		assertThat(clientId.find()).as(page).isTrue();
		assertThat(page).contains("id=\"client-secret\"");
		String storedSecret = jdbc.sql("select client_secret from oauth2_registered_client where client_id = :id")
			.param("id", clientId.group(1))
			.query(String.class)
			.single();
		assertThat(storedSecret).as("only a hash is kept").startsWith("{argon2}");

		var list = mvc.get()
			.uri("/admin/exchange-clients?lang=en")
			.with(authentication(new ActorAuthentication(admin)))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(clientId.group(1)).doesNotContain("client-secret");

		var disabled = mvc.post()
			.uri("/admin/exchange-clients/{id}/disable", clientId.group(1))
			.with(authentication(new ActorAuthentication(admin)))
			.with(csrf())
			.exchange()
			.getResponse();
		assertThat(disabled.getRedirectedUrl()).isEqualTo("/admin/exchange-clients");
		assertThat(clients.find(clientId.group(1)).orElseThrow().enabled()).isFalse();
		assertThat(jdbc.sql("""
				select action from supervision_audit_record where object_type = 'exchange-client' and object_id = :id
				order by recorded_at, seq_no""").param("id", clientId.group(1)).query(String.class).list())
			.containsExactly("exchange.client.register", "exchange.client.disable");
	}

	@Test
	void aDepartmentAdminCannotRegisterOrDisableAnotherDepartmentsClients() throws Exception {
		Actor admin = new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.DEPARTMENT_ADMIN, "RSJ"));
		Actor other = new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.DEPARTMENT_ADMIN, "FGW"));
		var registration = clients.register(
				new ExchangeClients.Administrator(other.id(), other.audited(), false, java.util.Set.of("FGW")), "FGW",
				"发改业务系统", ClientAuthentication.CLIENT_SECRET_BASIC, null);

		var forAnother = mvc.post()
			.uri("/admin/exchange-clients?lang=en")
			.with(authentication(new ActorAuthentication(admin)))
			.with(csrf())
			.param("department", "FGW")
			.param("name", "冒名系统")
			.param("authentication", "CLIENT_SECRET_BASIC")
			.exchange()
			.getResponse();
		var disableAnother = mvc.post()
			.uri("/admin/exchange-clients/{id}/disable", registration.client().clientId())
			.with(authentication(new ActorAuthentication(admin)))
			.with(csrf())
			.exchange()
			.getResponse();

		assertThat(forAnother.getStatus()).isEqualTo(400);
		assertThat(forAnother.getContentAsString()).contains("Choose a department you administer");
		assertThat(disableAnother.getStatus()).isEqualTo(404);
		assertThat(clients.find(registration.client().clientId()).orElseThrow().enabled()).isTrue();
	}

}
