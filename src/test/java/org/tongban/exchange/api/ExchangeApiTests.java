package org.tongban.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.exchange.ExchangeClientFixture.purpose;
import static org.tongban.exchange.ExchangeClientFixture.systemAdmin;
import static org.tongban.exchange.ExchangeClientFixture.why;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.x509;

import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;

import javax.security.auth.x500.X500Principal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tongban.exchange.ExchangeClientFixture;
import org.tongban.exchange.ExchangeClientFixture.Client;
import org.tongban.exchange.RegistryAccessLog;
import org.tongban.exchange.clients.ClientAuthentication;
import org.tongban.exchange.clients.ExchangeClients;
import org.tongban.exchange.clients.ExchangeClients.Administrator;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.LogInMethod;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.identity.login.ApiTokens;
import org.tongban.shared.audit.AuditActor;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.Sex;
import org.tongban.support.TestClock;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * R9.3: department systems are OAuth 2.0 clients of the platform (client-credentials
 * grant) and read the base registries only within their department's grants of the
 * sharing catalogue, naming the purpose and the case of every request; every request is
 * logged with the digests of request and answer. R9.2: a department publishes only into
 * the registry it owns. Each test names a purpose of its own, so that the grants of other
 * tests do not count.
 */
@IdentityTest
class ExchangeApiTests {

	static final String ZHANG_WEI = "210202198503120311";

	static final String WEIZHIYUAN = "91210202MA0Q5K7D3U";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ExchangeClients clients;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	RegistryAccessLog registryAccessLog;

	@AfterEach
	void resetClock() {
		((TestClock) clock).reset();
	}

	@Test
	void aClientGetsATokenWithItsCredentialsAtTheTokenEndpointAndAWrongSecretIsRefused() throws Exception {
		var client = client("SWJ");

		MockHttpServletResponse token = tokenResponse(client.clientId(), client.secret());
		MockHttpServletResponse wrong = tokenResponse(client.clientId(), client.secret() + "x");

		assertThat(token.getStatus()).isEqualTo(200);
		JsonNode answer = JSON.readTree(token.getContentAsString());
		assertThat(answer.path("token_type").asString()).isEqualTo("Bearer");
		assertThat(answer.path("scope").asString()).isEqualTo("exchange");
		assertThat(answer.path("expires_in").asInt()).isPositive().isLessThanOrEqualTo(600);
		assertThat(wrong.getStatus()).isEqualTo(401);
	}

	@Test
	void theAuthorizationServerPublishesItsMetadataWithTheClientCredentialsGrantAndMutualTls() throws Exception {
		var metadata = mvc.get().uri("/.well-known/oauth-authorization-server").exchange().getResponse();

		assertThat(metadata.getStatus()).isEqualTo(200);
		JsonNode answer = JSON.readTree(metadata.getContentAsString());
		assertThat(answer.path("token_endpoint").asString()).endsWith("/oauth2/token");
		assertThat(answer.path("grant_types_supported").toString()).contains("client_credentials");
		assertThat(answer.path("token_endpoint_auth_methods_supported").toString()).contains("client_secret_basic",
				"tls_client_auth");
	}

	@Test
	void aClientWithoutAGrantIsRefused403WithProblemDetails() throws Exception {
		String token = token(client("SWJ"));

		var response = readLegalPerson(token, WEIZHIYUAN, purpose(), "SWJ-2026-0001");

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(JSON.readTree(response.getContentAsString()).path("status").asInt()).isEqualTo(403);
	}

	@Test
	void aClientWithAGrantReadsOnlyTheElementsGrantedAndTheOthersAreLeftOut() throws Exception {
		var client = client("SWJ");
		String purpose = purpose();
		grant("SWJ", "SCJGJ", "DE0101", purpose, TestClock.DEMO_DAY.plusMonths(6));
		grant("SWJ", "SCJGJ", "DE0110", purpose, TestClock.DEMO_DAY.plusMonths(6));
		grant("SWJ", "GAJ", "DE0001", purpose, TestClock.DEMO_DAY.plusMonths(6));
		String token = token(client);

		var legalPerson = readLegalPerson(token, WEIZHIYUAN, purpose, "SWJ-2026-0002");
		var person = readPerson(token, ZHANG_WEI, purpose, "SWJ-2026-0002");

		assertThat(legalPerson.getStatus()).isEqualTo(200);
		JsonNode answer = JSON.readTree(legalPerson.getContentAsString());
		assertThat(answer.path("elements").propertyNames()).containsExactly("DE0101", "DE0110");
		assertThat(answer.path("elements").path("DE0110").asString()).isEqualTo("ACTIVE");
		assertThat(answer.path("purpose").asString()).isEqualTo(purpose);
		assertThat(answer.path("caseNumber").asString()).isEqualTo("SWJ-2026-0002");
		assertThat(person.getStatus()).isEqualTo(200);
		JsonNode personAnswer = JSON.readTree(person.getContentAsString());
		assertThat(personAnswer.path("elements").propertyNames()).containsExactly("DE0001");
		assertThat(personAnswer.path("elements").path("DE0001").asString()).isEqualTo("张伟");
	}

	@Test
	void aGrantForAnotherPurposeOrAnotherDepartmentOpensNothing() throws Exception {
		String purpose = purpose();
		grant("SWJ", "SCJGJ", "DE0101", purpose, TestClock.DEMO_DAY.plusMonths(6));

		var otherPurpose = readLegalPerson(token(client("SWJ")), WEIZHIYUAN, purpose(), "SWJ-2026-0003");
		var otherDepartment = readLegalPerson(token(client("RSJ")), WEIZHIYUAN, purpose, "RSJ-2026-0003");

		assertThat(otherPurpose.getStatus()).isEqualTo(403);
		assertThat(otherDepartment.getStatus()).isEqualTo(403);
	}

	@Test
	void aRequestWithoutPurposeOrCaseNumberIsRefused400() throws Exception {
		String purpose = purpose();
		grant("SWJ", "SCJGJ", "DE0101", purpose, TestClock.DEMO_DAY.plusMonths(6));
		String token = token(client("SWJ"));

		var noPurpose = readLegalPerson(token, WEIZHIYUAN, null, "SWJ-2026-0004");
		var noCase = readLegalPerson(token, WEIZHIYUAN, purpose, null);
		var noPurposeForAPerson = readPerson(token, ZHANG_WEI, null, "SWJ-2026-0004");

		assertThat(noPurpose.getStatus()).isEqualTo(400);
		assertThat(noPurpose.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(noCase.getStatus()).isEqualTo(400);
		assertThat(noPurposeForAPerson.getStatus()).isEqualTo(400);
	}

	@Test
	void aGrantThatHasExpiredIsRefused403() throws Exception {
		String purpose = purpose();
		grant("SWJ", "SCJGJ", "DE0101", purpose, TestClock.DEMO_DAY);
		String token = token(client("SWJ"));

		var onItsLastDay = readLegalPerson(token, WEIZHIYUAN, purpose, "SWJ-2026-0005");
		((TestClock) clock).advance(Duration.ofDays(1));
		var theDayAfter = readLegalPerson(token, WEIZHIYUAN, purpose, "SWJ-2026-0005");

		assertThat(onItsLastDay.getStatus()).isEqualTo(200);
		assertThat(theDayAfter.getStatus()).isEqualTo(403);
	}

	@Test
	void aDisabledClientGetsNoTokenAndTheTokensItHoldsOpenNothing() throws Exception {
		String purpose = purpose();
		grant("SWJ", "SCJGJ", "DE0101", purpose, TestClock.DEMO_DAY.plusMonths(6));
		var client = client("SWJ");
		String token = token(client);

		clients.disable(systemAdmin(), client.clientId());

		assertThat(tokenResponse(client.clientId(), client.secret()).getStatus()).isEqualTo(401);
		assertThat(readLegalPerson(token, WEIZHIYUAN, purpose, "SWJ-2026-0006").getStatus()).isEqualTo(401);
	}

	@Test
	void staffAndApplicantsCannotUseTheExchangeApiWithTheirSessionsOrTheirTokens() throws Exception {
		var testAccounts = new TestAccounts(accounts);
		Actor staff = testAccounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.REVIEWER, "SWJ"));
		Actor applicant = testAccounts.person().actor();
		String purpose = purpose();
		grant("SWJ", "SCJGJ", "DE0101", purpose, TestClock.DEMO_DAY.plusMonths(6));

		for (Actor actor : List.of(staff, applicant)) {
			var session = new MockHttpSession();
			session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
					new SecurityContextImpl(new ActorAuthentication(actor)));
			var withSession = mvc.get()
				.uri("/api/v1/exchange/legal-persons/{code}?purpose={purpose}&caseNumber=SWJ-2026-0007", WEIZHIYUAN,
						purpose)
				.session(session)
				.exchange()
				.getResponse();
			var withApiToken = readLegalPerson(apiTokens.issue(actor.id(), LogInMethod.PASSWORD).token(), WEIZHIYUAN,
					purpose, "SWJ-2026-0007");
			assertThat(withSession.getStatus()).as("a session").isEqualTo(401);
			assertThat(withApiToken.getStatus()).as("a token of the platform's API").isEqualTo(401);
		}
	}

	@Test
	void anExchangeTokenOpensNoOtherApiOfThePlatform() throws Exception {
		String token = token(client("SWJ"));

		var me = mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token).exchange().getResponse();
		var staffCases = mvc.get()
			.uri("/api/v1/staff/deliveries")
			.header("Authorization", "Bearer " + token)
			.exchange()
			.getResponse();

		assertThat(me.getStatus()).isEqualTo(401);
		assertThat(staffCases.getStatus()).isEqualTo(401);
	}

	@Test
	void onlyTheDepartmentThatOwnsTheRegistryPublishesIntoIt() throws Exception {
		String code = TestAccounts.creditCode().value();
		String record = """
				{"name": "大连通办测试有限公司", "legalForm": "LIMITED_LIABILITY_COMPANY", "representativeName": "张伟",
				 "representativeIdNumber": "210202198503120311", "registeredAddress": "D市中心区人民路1号",
				 "establishedOn": "2026-11-02", "status": "ACTIVE"}""";
		String owner = token(client("SCJGJ"));
		String other = token(client("SWJ"));

		var byOther = publish(other, code, record, purpose(), "SWJ-2026-0008");
		var added = publish(owner, code, record, purpose(), "SCJGJ-2026-0008");
		var replaced = publish(owner, code, record.replace("人民路1号", "人民路2号"), purpose(), "SCJGJ-2026-0009");
		var malformed = publish(owner, code, record.replace("LIMITED_LIABILITY_COMPANY", "PARTNERSHIP"), purpose(),
				"SCJGJ-2026-0010");

		assertThat(byOther.getStatus()).isEqualTo(403);
		assertThat(byOther.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(added.getStatus()).isEqualTo(201);
		assertThat(replaced.getStatus()).isEqualTo(200);
		assertThat(malformed.getStatus()).isEqualTo(400);
		var readBack = readLegalPerson(owner, code, purpose(), "SCJGJ-2026-0011");
		assertThat(readBack.getStatus()).as("the owner reads its own registry without a grant").isEqualTo(200);
		JsonNode stored = JSON.readTree(readBack.getContentAsString()).path("elements");
		assertThat(stored.propertyNames()).containsExactly("DE0102", "DE0101", "DE0111", "DE0103", "DE0002", "DE0107",
				"DE0112", "DE0110");
		assertThat(stored.path("DE0107").asString()).isEqualTo("D市中心区人民路2号");
		assertThat(stored.path("DE0112").asString()).isEqualTo("2026-11-02");
	}

	@Test
	void everyRequestIsLoggedWithWhoAskedForWhoseRecordWhichElementsForWhichCaseAndTheDigests() throws Exception {
		var client = client("SWJ");
		String purpose = purpose();
		grant("SWJ", "SCJGJ", "DE0101", purpose, TestClock.DEMO_DAY.plusMonths(6));
		String token = token(client);

		var answered = readLegalPerson(token, WEIZHIYUAN, purpose, "SWJ-2026-0011");
		readLegalPerson(token, WEIZHIYUAN, purpose(), "SWJ-2026-0012");
		readLegalPerson(token, WEIZHIYUAN, null, "SWJ-2026-0013");

		List<Map<String, Object>> rows = jdbc.sql("""
				select department_code, credit_code, person_masked, purpose_zh, case_reference, elements,
					request_digest, answer_digest, latency_ms, outcome, refusal, accessed_at
				from exchange_access_log where client_id = :clientId order by id""")
			.param("clientId", client.clientId())
			.query()
			.listOfRows();
		assertThat(rows).hasSize(3);
		assertThat(rows).allSatisfy(row -> {
			assertThat(row.get("DEPARTMENT_CODE")).isEqualTo("SWJ");
			assertThat(row.get("CREDIT_CODE")).isEqualTo(WEIZHIYUAN);
			assertThat((String) row.get("REQUEST_DIGEST")).matches("[0-9a-f]{64}");
			assertThat(row.get("LATENCY_MS")).isNotNull();
			assertThat(((java.sql.Timestamp) row.get("ACCESSED_AT")).toLocalDateTime())
				.isEqualTo(LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
		});
		var first = rows.get(0);
		assertThat(first.get("OUTCOME")).isEqualTo("ANSWERED");
		assertThat(first.get("PERSON_MASKED")).as("the representative, whose data the record holds").isNotNull();
		assertThat(first.get("PURPOSE_ZH")).as("the granted purpose in words").isEqualTo("测试用途");
		assertThat(first.get("CASE_REFERENCE")).isEqualTo("SWJ-2026-0011");
		assertThat(first.get("ELEMENTS")).isEqualTo("DE0101");
		assertThat(first.get("ANSWER_DIGEST")).isEqualTo(ExchangeRequests.sha256(answered.getContentAsByteArray()));
		assertThat(rows.get(1)).containsEntry("OUTCOME", "REFUSED").containsEntry("REFUSAL", "NOT_GRANTED");
		assertThat(rows.get(1).get("ANSWER_DIGEST")).isNull();
		assertThat(rows.get(1).get("ELEMENTS")).isNull();
		assertThat(rows.get(2)).containsEntry("OUTCOME", "REFUSED").containsEntry("REFUSAL", "MALFORMED");
		assertThat(jdbc.sql(
				"select count(*) from supervision_audit_record where action = 'exchange.request' and detail like :client")
			.param("client", "%" + client.clientId() + "%")
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void onlyThePopulationRegistrysOwnerPublishesAPersonWithTheNumberInTheBodyAndConsistentWithIt() throws Exception {
		ResidentIdNumber id = TestAccounts.residentId();
		String record = """
				{"residentIdNumber": "%s", "name": "李娜", "sex": "%s", "birthDate": "%s",
				 "householdAddress": "D市中心区人民路3号", "status": "NORMAL"}""".formatted(id.value(), id.sex(),
				id.birthDate());
		String otherSex = id.sex() == Sex.MALE ? "FEMALE" : "MALE";
		char last = id.value().charAt(17);
		String badChecksum = id.value().substring(0, 17) + (last == 'X' ? '0' : (char) ('0' + (last - '0' + 1) % 10));
		var gaj = client("GAJ");
		String owner = token(gaj);
		var swj = client("SWJ");
		String other = token(swj);

		var byOther = publishPerson(other, record, purpose(), "SWJ-2026-0020");
		var added = publishPerson(owner, record, purpose(), "GAJ-2026-0021");
		var replaced = publishPerson(owner, record.replace("人民路3号", "人民路4号"), purpose(), "GAJ-2026-0022");
		var wrongSex = publishPerson(owner, record.replace("\"sex\": \"" + id.sex(), "\"sex\": \"" + otherSex),
				purpose(), "GAJ-2026-0023");
		var wrongBirthDate = publishPerson(owner,
				record.replace(id.birthDate().toString(), id.birthDate().plusDays(1).toString()), purpose(),
				"GAJ-2026-0023");
		var wrongChecksum = publishPerson(owner, record.replace(id.value(), badChecksum), purpose(), "GAJ-2026-0023");
		var noName = publishPerson(owner, record.replace("李娜", " "), purpose(), "GAJ-2026-0023");
		var noStatus = publishPerson(owner, record.replace("NORMAL", "MOVED"), purpose(), "GAJ-2026-0023");
		var noPurpose = publishPerson(owner, record, null, "GAJ-2026-0023");

		assertThat(byOther.getStatus()).isEqualTo(403);
		assertThat(byOther.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(201);
		assertThat(replaced.getStatus()).isEqualTo(200);
		assertThat(List.of(wrongSex, wrongBirthDate, wrongChecksum, noName, noStatus, noPurpose))
			.allSatisfy(refused -> assertThat(refused.getStatus()).isEqualTo(400));
		assertThat(wrongSex.getContentAsString()).contains("性别与居民身份证号码不符");
		assertThat(wrongBirthDate.getContentAsString()).contains("出生日期与居民身份证号码不符");
		JsonNode stored = JSON.readTree(readPerson(owner, id.value(), purpose(), "GAJ-2026-0024").getContentAsString())
			.path("elements");
		assertThat(stored.path("DE0001").asString()).isEqualTo("李娜");
		assertThat(stored.path("DE0005").asString()).isEqualTo("D市中心区人民路4号");
		assertThat(jdbc.sql("""
				select outcome, refusal, person_masked, elements from exchange_access_log
				where client_id = :clientId and case_reference in ('GAJ-2026-0021', 'GAJ-2026-0022') order by id""")
			.param("clientId", gaj.clientId())
			.query()
			.listOfRows()).as("each publication logged with whose record and the elements written")
			.hasSize(2)
			.allSatisfy(row -> assertThat(row).containsEntry("OUTCOME", "ANSWERED")
				.containsEntry("PERSON_MASKED", id.masked())
				.containsEntry("ELEMENTS", "DE0002,DE0001,DE0006,DE0007,DE0005,DE0009"));
		assertThat(jdbc
			.sql("select count(*) from exchange_access_log where client_id = :clientId and refusal = 'NOT_OWNER'")
			.param("clientId", swj.clientId())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theDataSubjectSeesTheGrantedPurposeInWordsAndTheCodeWhereNoGrantWasUsed() throws Exception {
		String granted = purpose();
		grant("SWJ", "GAJ", "DE0001", granted, TestClock.DEMO_DAY.plusMonths(6));
		String ownPurpose = purpose();

		readPerson(token(client("SWJ")), ZHANG_WEI, granted, "SWJ-2026-0030");
		readPerson(token(client("GAJ")), ZHANG_WEI, ownPurpose, "GAJ-2026-0031");

		var seen = registryAccessLog.accessesTo(ResidentIdNumber.parse(ZHANG_WEI), 1, RegistryAccessLog.MAX_SIZE)
			.items();
		assertThat(seen).filteredOn(read -> "SWJ-2026-0030".equals(read.caseReference()))
			.singleElement()
			.satisfies(read -> assertThat(read.purpose().zh()).isEqualTo("测试用途"));
		assertThat(seen).filteredOn(read -> "GAJ-2026-0031".equals(read.caseReference()))
			.singleElement()
			.as("the registry's owner reads without a grant: its code is all there is")
			.satisfies(read -> assertThat(read.purpose().zh()).isEqualTo(ownPurpose));
		assertThat(jdbc.sql("select purpose_code from exchange_access_log where case_reference = 'SWJ-2026-0030'")
			.query(String.class)
			.list()).as("the code is kept beside the words").containsOnly(granted);
	}

	@Test
	void aClientRegisteredForMutualTlsGetsATokenWithItsCertificateAndNotWithAnother() throws Exception {
		var registration = clients.register(systemAdmin(), "GAJ", "公安业务系统", ClientAuthentication.TLS_CLIENT_AUTH,
				"CN=gaj-system, O=Tongban Test, C=CN");
		String clientId = registration.client().clientId();

		var withItsCertificate = mtlsToken(clientId, certificate("CN=gaj-system,O=Tongban Test,C=CN"));
		var withAnother = mtlsToken(clientId, certificate("CN=someone-else,O=Tongban Test,C=CN"));

		assertThat(registration.secret()).as("no secret for a client with a certificate").isNull();
		assertThat(withItsCertificate.getStatus()).as(withItsCertificate.getContentAsString()).isEqualTo(200);
		assertThat(withAnother.getStatus()).isEqualTo(401);
	}

	MockHttpServletResponse mtlsToken(String clientId, X509Certificate[] chain) {
		return mvc.post()
			.uri("/oauth2/token")
			.with(x509(chain))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("grant_type", "client_credentials")
			.param("client_id", clientId)
			.param("scope", "exchange")
			.exchange()
			.getResponse();
	}

	/**
	 * A client certificate issued by a certification authority, as the TLS server hands
	 * the chain on once it has checked it.
	 */
	static X509Certificate[] certificate(String subject) throws Exception {
		var generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		var caKeys = generator.generateKeyPair();
		var clientKeys = generator.generateKeyPair();
		// Through X500Principal, which encodes the names in the order RFC 2253 writes
		// them.
		var ca = X500Name.getInstance(new X500Principal("CN=Tongban Test CA,C=CN").getEncoded());
		var from = java.util.Date.from(java.time.Instant.parse("2026-01-01T00:00:00Z"));
		var until = java.util.Date.from(java.time.Instant.parse("2036-01-01T00:00:00Z"));
		var signer = new JcaContentSignerBuilder("SHA256withRSA").build(caKeys.getPrivate());
		var converter = new JcaX509CertificateConverter();
		var caCertificate = converter.getCertificate(
				new JcaX509v3CertificateBuilder(ca, BigInteger.ONE, from, until, ca, caKeys.getPublic()).build(signer));
		var clientCertificate = converter.getCertificate(new JcaX509v3CertificateBuilder(ca, BigInteger.TWO, from,
				until, X500Name.getInstance(new X500Principal(subject).getEncoded()), clientKeys.getPublic())
			.build(signer));
		return new X509Certificate[] { clientCertificate, caCertificate };
	}

	// --- helpers

	Client client(String department) {
		return fixture().client(department);
	}

	String token(Client client) throws Exception {
		return fixture().token(client);
	}

	MockHttpServletResponse tokenResponse(String clientId, String secret) {
		return fixture().tokenResponse(clientId, secret);
	}

	void grant(String client, String owner, String element, String purpose, LocalDate validUntil) {
		fixture().grant(client, owner, element, purpose, validUntil);
	}

	ExchangeClientFixture fixture() {
		return new ExchangeClientFixture(mvc, clients, jdbc);
	}

	MockHttpServletResponse readLegalPerson(String token, String code, String purpose, String caseNumber) {
		var request = mvc.get()
			.uri("/api/v1/exchange/legal-persons/{code}", code)
			.header("Authorization", "Bearer " + token);
		return why(request, purpose, caseNumber).exchange().getResponse();
	}

	MockHttpServletResponse readPerson(String token, String residentId, String purpose, String caseNumber) {
		var request = mvc.post()
			.uri("/api/v1/exchange/population/lookups")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"residentIdNumber\": \"" + residentId + "\"}");
		return why(request, purpose, caseNumber).exchange().getResponse();
	}

	MockHttpServletResponse publishPerson(String token, String record, String purpose, String caseNumber) {
		var request = mvc.post()
			.uri("/api/v1/exchange/population/records")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(record);
		return why(request, purpose, caseNumber).exchange().getResponse();
	}

	MockHttpServletResponse publish(String token, String code, String record, String purpose, String caseNumber) {
		return mvc.put()
			.uri("/api/v1/exchange/legal-persons/{code}", code)
			.header("Authorization", "Bearer " + token)
			.param("purpose", purpose)
			.param("caseNumber", caseNumber)
			.contentType(MediaType.APPLICATION_JSON)
			.content(record)
			.exchange()
			.getResponse();
	}

}
