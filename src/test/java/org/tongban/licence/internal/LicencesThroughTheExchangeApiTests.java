package org.tongban.licence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.exchange.ExchangeClientFixture.purpose;
import static org.tongban.exchange.ExchangeClientFixture.why;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tongban.exchange.ExchangeClientFixture;
import org.tongban.exchange.Registry;
import org.tongban.exchange.RegistryAccess;
import org.tongban.exchange.RegistryAccessLog;
import org.tongban.exchange.clients.ClientAuthentication;
import org.tongban.exchange.clients.ExchangeClients;
import org.tongban.identity.Accounts;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.TestAccounts;
import org.tongban.shared.audit.AuditActor;
import org.tongban.support.TestClock;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * R9.2, R9.3, R15.10: department systems read the base registry of e-licences through the
 * data-exchange API like the other base registries: within their department's grants of
 * the sharing catalogue (the registry's owner, ZWFWJ, reads all of it), naming purpose
 * and case, the holder's number in the body of a search and never in the address; every
 * request is logged for the holder to see (R16.1) and audited.
 */
@IdentityTest
class LicencesThroughTheExchangeApiTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ExchangeClients clients;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	HeldLicenceFixtures fixtures;

	@Autowired
	RegistryAccessLog accessLog;

	TestAccounts.Person holder;

	LicenceRecord licence;

	@BeforeEach
	void issueALicence() {
		holder = new TestAccounts(accounts).person();
		licence = fixtures.issued(holder.actor());
	}

	@Test
	@DisplayName("R9.3, R15.10: a client reads a licence by its id with only the elements granted; the holder sees the read")
	void aClientReadsALicenceWithinItsGrantsAndTheHolderSeesTheRead() throws Exception {
		String purpose = purpose();
		grant("SWJ", "DE0701", purpose);
		grant("SWJ", "DE0704", purpose);
		String token = token("SWJ");

		var response = read(token, licence.id(), purpose, "SWJ-2026-0101");

		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		JsonNode answer = JSON.readTree(response.getContentAsString());
		assertThat(answer.path("registry").asString()).isEqualTo("licence");
		assertThat(answer.path("elements").propertyNames()).containsExactly("DE0701", "DE0704");
		assertThat(answer.path("elements").path("DE0701").asString()).isEqualTo(licence.id());
		assertThat(answer.path("elements").path("DE0704").asString()).isEqualTo("VALID");
		assertThat(holderReads()).singleElement().satisfies(read -> {
			assertThat(read.caseReference()).isEqualTo("SWJ-2026-0101");
			assertThat(read.departmentCode()).isEqualTo("SWJ");
			assertThat(read.outcome()).isEqualTo("ANSWERED");
		});
		assertThat(jdbc.sql("""
				select count(*) from supervision_audit_record where action = 'exchange.request'
					and detail like 'LICENCE %' and detail like '%SWJ-2026-0101%'""").query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	@DisplayName("R9.3: without a grant 403, without purpose or case 400, a malformed id 400, an unknown one 404")
	void aLicenceIsRefusedWithoutAGrantPurposeOrCase() throws Exception {
		String token = token("SWJ");

		var noGrant = read(token, licence.id(), purpose(), "SWJ-2026-0102");
		var noPurpose = read(token, licence.id(), null, "SWJ-2026-0102");
		var noCase = read(token, licence.id(), purpose(), null);
		var malformed = read(token, "DZZZ-123", purpose(), "SWJ-2026-0102");
		var unknown = read(token, "DZZZ-00000000000000000000000000", purpose(), "SWJ-2026-0102");

		assertThat(noGrant.getStatus()).isEqualTo(403);
		assertThat(noGrant.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(noPurpose.getStatus()).isEqualTo(400);
		assertThat(noCase.getStatus()).isEqualTo(400);
		assertThat(malformed.getStatus()).isEqualTo(400);
		assertThat(unknown.getStatus()).isEqualTo(404);
		assertThat(holderReads()).as("refused requests are logged too")
			.hasSize(3)
			.allSatisfy(read -> assertThat(read.outcome()).isEqualTo("REFUSED"));
	}

	@Test
	@DisplayName("R9.2: the department that owns the registry of licences reads all its elements without a grant")
	void theOwnerOfTheRegistryReadsAllOfIt() throws Exception {
		var response = read(token("ZWFWJ"), licence.id(), purpose(), "ZWFWJ-2026-0103");

		assertThat(response.getStatus()).isEqualTo(200);
		JsonNode elements = JSON.readTree(response.getContentAsString()).path("elements");
		assertThat(elements.propertyNames()).containsExactly("DE0701", "DE0702", "DE0703", "DE0704");
		assertThat(elements.path("DE0702").asString()).isEqualTo(licence.type());
	}

	@Test
	@DisplayName("R9.3, R15.10: a client searches a holder's licences by the ID number in the body, by type; logged with the holder")
	void aClientSearchesAHoldersLicencesByTheNumberInTheBody() throws Exception {
		String purpose = purpose();
		grant("SWJ", "DE0701", purpose);
		String token = token("SWJ");
		String id = holder.residentId().value();

		var ofType = search(token, "{\"residentIdNumber\": \"" + id + "\", \"type\": \"" + licence.type() + "\"}",
				purpose, "SWJ-2026-0104");
		var ofOtherType = search(token, "{\"residentIdNumber\": \"" + id + "\", \"type\": \"NO_SUCH_TYPE\"}", purpose,
				"SWJ-2026-0105");
		var ofAnEnterprise = search(token, "{\"creditCode\": \"" + TestAccounts.creditCode().value() + "\"}", purpose,
				"SWJ-2026-0106");
		var noHolder = search(token, "{}", purpose, "SWJ-2026-0107");
		var both = search(token,
				"{\"residentIdNumber\": \"" + id + "\", \"creditCode\": \"" + TestAccounts.creditCode().value() + "\"}",
				purpose, "SWJ-2026-0107");
		var noGrant = search(token, "{\"residentIdNumber\": \"" + id + "\"}", purpose(), "SWJ-2026-0108");

		assertThat(ofType.getStatus()).as(ofType.getContentAsString()).isEqualTo(200);
		JsonNode found = JSON.readTree(ofType.getContentAsString()).path("licences");
		assertThat(found.size()).isEqualTo(1);
		assertThat(found.get(0).propertyNames()).containsExactly("DE0701");
		assertThat(found.get(0).path("DE0701").asString()).isEqualTo(licence.id());
		assertThat(JSON.readTree(ofOtherType.getContentAsString()).path("licences").size()).isZero();
		assertThat(ofAnEnterprise.getStatus()).isEqualTo(200);
		assertThat(JSON.readTree(ofAnEnterprise.getContentAsString()).path("licences").size()).isZero();
		assertThat(noHolder.getStatus()).isEqualTo(400);
		assertThat(both.getStatus()).isEqualTo(400);
		assertThat(noGrant.getStatus()).isEqualTo(403);
		assertThat(holderReads()).extracting(RegistryAccess::caseReference)
			.containsExactlyInAnyOrder("SWJ-2026-0104", "SWJ-2026-0105", "SWJ-2026-0108");
	}

	List<RegistryAccess> holderReads() {
		return accessLog.accessesTo(holder.residentId(), 1, RegistryAccessLog.MAX_SIZE)
			.items()
			.stream()
			.filter(read -> read.registry() == Registry.LICENCE)
			.toList();
	}

	void grant(String client, String element, String purpose) {
		fixture().grant(client, "ZWFWJ", element, purpose, TestClock.DEMO_DAY.plusMonths(6));
	}

	String token(String department) throws Exception {
		return fixture().token(department);
	}

	ExchangeClientFixture fixture() {
		return new ExchangeClientFixture(mvc, clients, jdbc);
	}

	MockHttpServletResponse read(String token, String licenceId, String purpose, String caseNumber) {
		var request = mvc.get()
			.uri("/api/v1/exchange/licences/{id}", licenceId)
			.header("Authorization", "Bearer " + token);
		return why(request, purpose, caseNumber).exchange().getResponse();
	}

	MockHttpServletResponse search(String token, String body, String purpose, String caseNumber) {
		var request = mvc.post()
			.uri("/api/v1/exchange/licences/searches")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		return why(request, purpose, caseNumber).exchange().getResponse();
	}

}
