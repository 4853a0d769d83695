package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tongban.application.datause.DataUse;
import org.tongban.application.datause.DataUseLog;
import org.tongban.approval.CaseFixtures.Submitted;
import org.tongban.catalog.MatterCatalog;
import org.tongban.exchange.AccessPurpose;
import org.tongban.exchange.Registry;
import org.tongban.exchange.RegistryAccessLog;
import org.tongban.identity.Actor;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.crypto.BlindIndex;
import org.tongban.shared.identifiers.ResidentIdNumber;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;
import org.tongban.support.WebPage;

/**
 * R16.1, R15.10: a citizen sees who used their data, when, why and for which case, every
 * registry read, every exchange request of another department's system and every staff
 * member opening their case or seeing their full number, named by department and role
 * only; an enterprise's account sees the reads of the enterprise's; nobody sees anybody
 * else's.
 */
@IdentityTest
class DataUsePageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CaseFixtures cases;

	@Autowired
	CaseWork work;

	@Autowired
	RegistryAccessLog registryLog;

	@Autowired
	DataUseLog dataUse;

	@Autowired
	MatterCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BlindIndex index;

	@Autowired
	Clock clock;

	@Test
	@DisplayName("R16.1: a registry read and an exchange request appear on the person's page, and on nobody else's")
	void aPersonSeesTheRegistryReadsAndExchangeRequestsOfTheirDataAndNobodyElseDoes() {
		TestAccounts.Person person = cases.food().accounts().person();
		TestAccounts.Person other = cases.food().accounts().person();
		String caseNumber = "GAJ-2026-" + UUID.randomUUID().toString().substring(0, 8);
		registryLog.record(Registry.POPULATION,
				new AccessPurpose("approval:review", LocalizedText.of("审查户籍迁移申请", "Review of a move"), caseNumber),
				person.residentId(), null, null);
		String exchangeCase = "RSJ-2026-" + UUID.randomUUID().toString().substring(0, 8);
		exchangeRequest(person.residentId(), null, "RSJ", exchangeCase, "REFUSED");

		DataUse read = find(person.actor(), caseNumber);
		assertThat(read.kind()).isEqualTo(DataUse.Kind.REGISTRY_READ);
		assertThat(read.source()).isEqualTo("POPULATION");
		assertThat(read.purpose().zh()).isEqualTo("审查户籍迁移申请");
		assertThat(read.answered()).isTrue();
		DataUse request = find(person.actor(), exchangeCase);
		assertThat(request.kind()).isEqualTo(DataUse.Kind.EXCHANGE_REQUEST);
		assertThat(request.departments()).extracting(DataUse.DepartmentName::code).containsExactly("RSJ");
		assertThat(request.answered()).as("the exchange refused it").isFalse();

		WebPage page = page(person.actor(), "/my/data-use");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains(caseNumber, exchangeCase, "审查户籍迁移申请", "人口基础信息库", "已拒绝");
		assertThat(page.text()).as("numbers are never shown").doesNotContain(person.residentId().value());
		assertThat(page(person.actor(), "/my/data-use?lang=en").text()).contains("Review of a move",
				"Population registry", "Refused");
		assertThat(page(other.actor(), "/my/data-use").text()).doesNotContain(caseNumber, exchangeCase);
		assertThat(dataUse.of(other.actor(), 1).items()).extracting(DataUse::caseNumber)
			.doesNotContain(caseNumber, exchangeCase);
	}

	@Test
	@DisplayName("R16.1: staff opening a case and seeing a full number appear by department and role, not by name")
	void anEnterpriseSeesStaffOpeningItsCaseAndItsRegistryReadsButNotAnotherEnterprises() {
		Submitted food = cases.foodLicence();
		Submitted another = cases.standard();
		Actor clerk = cases.clerk();
		work.open(clerk, food.number());
		mvc.post()
			.uri("/staff/cases/" + food.number() + "/reveal")
			.param("field", "legalRepIdNumber")
			.with(authentication(new ActorAuthentication(clerk)))
			.with(csrf())
			.exchange();
		String exchangeCase = "SWJ-2026-" + UUID.randomUUID().toString().substring(0, 8);
		exchangeRequest(null, UnifiedSocialCreditCode.parse(food.logInName()), "SWJ", exchangeCase, "ANSWERED");

		var mine = dataUse.of(food.applicant(), 1).items();
		assertThat(mine).filteredOn(use -> use.kind() == DataUse.Kind.CASE_VIEW)
			.filteredOn(use -> use.roles().contains("WINDOW_CLERK"))
			.isNotEmpty()
			.allSatisfy(use -> {
				assertThat(use.caseNumber()).isEqualTo(food.number());
				assertThat(use.departments()).extracting(DataUse.DepartmentName::code).containsExactly("SCJGJ");
				assertThat(use.purpose().zh()).isEqualTo("办理您的申请");
			});
		assertThat(mine).filteredOn(use -> use.kind() == DataUse.Kind.UNMASK)
			.singleElement()
			.satisfies(use -> assertThat(use.caseNumber()).isEqualTo(food.number()));
		assertThat(mine).as("the enterprise's registry record, read to fill in the form")
			.anySatisfy(use -> assertThat(use.source()).isEqualTo("LEGAL_PERSON"));
		assertThat(mine).anySatisfy(use -> {
			assertThat(use.caseNumber()).isEqualTo(exchangeCase);
			assertThat(use.kind()).isEqualTo(DataUse.Kind.EXCHANGE_REQUEST);
			assertThat(use.answered()).isTrue();
		});

		WebPage page = page(food.applicant(), "/my/data-use");
		assertThat(page.text())
			.contains(food.number(), exchangeCase, catalog.department("SCJGJ").name().zh(), "窗口受理员", "办理您的申请")
			.as("the officer is never named")
			.doesNotContain(clerk.name());
		var theirs = dataUse.of(another.applicant(), 1).items();
		assertThat(theirs).extracting(DataUse::caseNumber).doesNotContain(food.number(), exchangeCase);
		assertThat(page(another.applicant(), "/my/data-use").text()).doesNotContain(food.number(), exchangeCase);
	}

	@Test
	@DisplayName("R16.1: the API lists the same reads as the page, the caller's own only")
	void theApiListsTheCallersOwnReads() {
		Submitted food = cases.foodLicence();
		work.open(cases.reviewer(), food.number());

		var json = mvc.get()
			.uri("/api/v1/my/data-use")
			.with(authentication(new ActorAuthentication(food.applicant())))
			.exchange();

		assertThat(json).hasStatusOk();
		assertThat(json).bodyJson()
			.extractingPath("$.totalItems")
			.isEqualTo((int) dataUse.of(food.applicant(), 1).totalItems());
		assertThat(json).bodyJson().extractingPath("$.items[*].caseNumber").asArray().contains(food.number());
		assertThat(json).bodyJson().extractingPath("$.items[*].roles[*]").asArray().contains("REVIEWER");
		assertThat(mvc.get()
			.uri("/api/v1/my/data-use")
			.with(authentication(new ActorAuthentication(cases.reviewer())))
			.exchange()).as("staff have no data-use log").hasStatus(403);
		assertThat(mvc.get()
			.uri("/api/v1/my/data-use?page=0")
			.with(authentication(new ActorAuthentication(food.applicant())))
			.exchange()).hasStatus(400);
	}

	@Test
	@DisplayName("R16.1: /my/data-access, as the design names it, leads to /my/data-use")
	void theDesignsPathLeadsToThePage() {
		Actor person = cases.food().accounts().person().actor();
		assertThat(mvc.get().uri("/my/data-access").with(authentication(new ActorAuthentication(person))).exchange())
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/my/data-use");
		assertThat(page(person, "/my").text()).contains("我的数据使用记录");
	}

	private DataUse find(Actor actor, String caseNumber) {
		return dataUse.of(actor, 1)
			.items()
			.stream()
			.filter(use -> caseNumber.equals(use.caseNumber()))
			.findFirst()
			.orElseThrow();
	}

	/** A request of another department's system, as the exchange API logs it. */
	private void exchangeRequest(ResidentIdNumber person, UnifiedSocialCreditCode legalPerson, String department,
			String caseNumber, String outcome) {
		jdbc.sql("""
				insert into exchange_access_log (accessed_at, caller, registry, person_index, person_masked,
					credit_code, purpose_zh, purpose_en, case_reference, client_id, department_code, elements,
					outcome)
				values (:at, :caller, :registry, :index, :masked, :code, '核定社会保险待遇', 'Social insurance benefits',
					:case, :client, :department, 'DE0001,DE0005', :outcome)""")
			.param("at", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.param("caller", "client:" + department.toLowerCase())
			.param("registry", person != null ? "POPULATION" : "LEGAL_PERSON")
			.param("index", person == null ? null : index.of(person.value()))
			.param("masked", person == null ? null : person.masked())
			.param("code", legalPerson == null ? null : legalPerson.value())
			.param("case", caseNumber)
			.param("client", department.toLowerCase() + "-system")
			.param("department", department)
			.param("outcome", outcome)
			.update();
	}

	private WebPage page(Actor actor, String path) {
		return WebPage.of(mvc.get().uri(path).with(authentication(new ActorAuthentication(actor))).exchange());
	}

}
