package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.Application;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CaseFiles;
import org.tongban.application.Commitments;
import org.tongban.application.Drafts;
import org.tongban.application.Submissions;
import org.tongban.approval.CaseFixtures.Submitted;
import org.tongban.approval.publicity.PublicityScans;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.SmsInbox;
import org.tongban.identity.TestAccounts;
import org.tongban.licence.LicenceIssued;
import org.tongban.licence.LicenceRevoked;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.DeadlineWarned;
import org.tongban.supervision.warning.WarningScans;
import org.tongban.support.TestClock;
import org.tongban.support.WebPage;

import com.jayway.jsonpath.JsonPath;

/**
 * R6.1, R15.9: every grant is published (双公示) with its matter, department, decision
 * number and day, and its holder (an enterprise by name, a natural person masked, no ID
 * number); revocations are published too; the licence's validity once issued; within 7
 * working days of the decision, a publication that failed is caught up by the scan, and a
 * late one is warned red like any other deadline. Searchable and paged on the page and
 * the API, listed for the publicity period.
 */
@IdentityTest
class PublicityTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CaseFixtures cases;

	@Autowired
	Accounts accounts;

	@Autowired
	Drafts drafts;

	@Autowired
	ApplicationMaterials materials;

	@Autowired
	Commitments commitments;

	@Autowired
	Submissions submissions;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	PostVerifications verifications;

	@Autowired
	CaseClocks clocks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	@DisplayName("R6.1: an enterprise's grant is published with matter, department, decision number and day, and the enterprise's name")
	void anEnterprisesGrantIsPublishedByItsName() {
		Submitted granted = grantedToAnEnterprise();

		String json = awaitPublished(granted.number());

		assertThat((String) JsonPath.read(json, "$.items[0].kind")).isEqualTo("GRANT");
		assertThat((String) JsonPath.read(json, "$.items[0].matterName")).isEqualTo("仅销售预包装食品备案");
		assertThat((String) JsonPath.read(json, "$.items[0].departmentName")).isEqualTo("市市场监督管理局");
		assertThat((String) JsonPath.read(json, "$.items[0].decisionNumber"))
			.isEqualTo("SCJGJ许字〔2026〕" + granted.number() + "号");
		assertThat((String) JsonPath.read(json, "$.items[0].decidedOn")).isEqualTo(TestClock.DEMO_DAY.toString());
		assertThat((String) JsonPath.read(json, "$.items[0].holderKind")).isEqualTo("ENTERPRISE");
		assertThat((String) JsonPath.read(json, "$.items[0].holderName")).isEqualTo(granted.applicant().name());
		assertThat((Object) JsonPath.read(json, "$.items[0].validFrom")).as("no licence yet").isNull();
		assertThat(audited("publicity.publish", granted.number())).isEqualTo(1);

		WebPage page = WebPage.of(mvc.get().uri("/publicity?number={number}", granted.number()).exchange());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("找到 1 条公示", "准予许可：仅销售预包装食品备案", "SCJGJ许字〔2026〕" + granted.number() + "号",
				"市市场监督管理局", granted.applicant().name());
	}

	@Test
	@DisplayName("R6.1, R15.7: a person's grant on informed commitment is published masked, with no ID number or full name on the page or the API; its revocation is published and the grant marked revoked")
	void aPersonsGrantIsPublishedMaskedAndItsRevocationToo() {
		TestAccounts.Person person = new TestAccounts(accounts).person();
		Application draft = InformedCommitmentTests.completeDraft(drafts, materials, person.actor());
		commitments.sendCode(person.actor(), draft.id(), TestAccounts.clientAddress(), Locale.CHINA);
		commitments.sign(person.actor(), draft.id(), new SmsInbox(mvc).latestCode(person.mobile()).orElseThrow(),
				Locale.CHINA);
		String number = submissions.submit(person.actor(), draft.id(), UUID.randomUUID().toString()).number();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> caseFiles.get(draft.id()).status() == ApplicationStatus.GRANTED);
		String fullName = person.actor().name();
		String masked = fullName.substring(0, 1) + "*".repeat(fullName.length() - 1);

		String json = awaitPublished(number);
		assertThat((String) JsonPath.read(json, "$.items[0].holderKind")).isEqualTo("PERSON");
		assertThat((String) JsonPath.read(json, "$.items[0].holderName")).isEqualTo(masked);
		String html = WebPage.of(mvc.get().uri("/publicity?number={number}", number).exchange()).html();
		for (String raw : new String[] { json, html,
				jdbc.sql("select holder_name from approval_publicity where case_id = :id")
					.param("id", draft.id())
					.query(String.class)
					.single() }) {
			assertThat(raw).doesNotContain(fullName, person.residentId().value(), person.mobile().value());
		}
		assertThat(html).contains(masked);

		Actor reviewer = cases.staff(Role.REVIEWER, InformedCommitmentTests.YBJ);
		PostVerification open = await().atMost(Duration.ofSeconds(30))
			.until(() -> verifications.open(reviewer).stream().filter(each -> each.number().equals(number)).findFirst(),
					found -> found.isPresent())
			.orElseThrow();
		verifications.record(reviewer, open.id(), PostVerification.Outcome.FALSE_COMMITMENT, "申请人张三丰未在异地长期居住",
				"《中华人民共和国行政许可法》第六十九条第二款");

		String both = await().atMost(Duration.ofSeconds(30))
			.until(() -> search("number=" + number), body -> ((Integer) JsonPath.read(body, "$.totalItems")) == 2);
		assertThat(first(both, "$.items[?(@.kind == 'REVOCATION')].decisionNumber"))
			.isEqualTo("YBJ撤许字〔2026〕" + number + "号");
		assertThat(first(both, "$.items[?(@.kind == 'REVOCATION')].legalBasis")).isEqualTo("《中华人民共和国行政许可法》第六十九条第二款");
		assertThat(first(both, "$.items[?(@.kind == 'GRANT')].revokedOn")).isEqualTo(TestClock.DEMO_DAY.toString());
		assertThat(both).as("the reasons may name persons: not published").doesNotContain("张三丰", fullName);
		assertThat(audited("publicity.revoke", number)).isEqualTo(1);
		assertThat(WebPage.of(mvc.get().uri("/publicity?number={number}", number).exchange()).text()).contains("撤销许可",
				"已于 " + TestClock.DEMO_DAY + " 撤销");
	}

	@Test
	@DisplayName("R6.1: the licence issued for a grant fills the validity of its entry")
	void theLicenceFillsTheValidity() {
		Submitted granted = grantedToAnEnterprise();
		awaitPublished(granted.number());

		new TransactionTemplate(transactions)
			.executeWithoutResult(status -> events.publishEvent(new LicenceIssued("L-" + UUID.randomUUID(),
					granted.id(), granted.number(), TestClock.DEMO_DAY, LocalDate.of(2031, 11, 26), clock.instant())));

		String json = await().atMost(Duration.ofSeconds(30))
			.until(() -> search("number=" + granted.number()),
					body -> JsonPath.read(body, "$.items[0].validFrom") != null);
		assertThat((String) JsonPath.read(json, "$.items[0].validFrom")).isEqualTo("2026-11-27");
		assertThat((String) JsonPath.read(json, "$.items[0].validUntil")).isEqualTo("2031-11-26");
		assertThat(WebPage.of(mvc.get().uri("/publicity?number={number}", granted.number()).exchange()).text())
			.contains("2026-11-27 至 2031-11-26");
	}

	@Test
	@DisplayName("R6.1, R15.5: a licence its department revokes is published as a revocation, with its legal basis, and the grant marked revoked")
	void aLicenceRevokedByItsDepartmentIsPublished() {
		Submitted granted = grantedToAnEnterprise();
		awaitPublished(granted.number());

		new TransactionTemplate(transactions)
			.executeWithoutResult(status -> events.publishEvent(new LicenceRevoked("L-" + UUID.randomUUID(),
					granted.id(), granted.number(), TestClock.DEMO_DAY, "经营场所已灭失", "《中华人民共和国行政许可法》第七十条第四项")));

		String both = await().atMost(Duration.ofSeconds(30))
			.until(() -> search("number=" + granted.number()),
					body -> ((Integer) JsonPath.read(body, "$.totalItems")) == 2);
		assertThat(first(both, "$.items[?(@.kind == 'REVOCATION')].legalBasis")).isEqualTo("《中华人民共和国行政许可法》第七十条第四项");
		assertThat(first(both, "$.items[?(@.kind == 'GRANT')].revokedOn")).isEqualTo(TestClock.DEMO_DAY.toString());
		assertThat(both).as("the reasons are not published").doesNotContain("经营场所已灭失");
		assertThat(audited("publicity.revoke", granted.number())).isEqualTo(1);
	}

	@Test
	@DisplayName("R15.9: decided Thursday 24 December 2026, New Year's Day a holiday: due Tuesday 5 January 2027; a failed publication caught up on that day is on time, no warning")
	void aFailedPublicationCaughtUpOnTheDueDayIsOnTime() {
		Submitted granted = decidedOn(LocalDate.of(2026, 12, 24));
		publicationFailed(granted);

		clock.set(LocalDateTime.of(2027, 1, 5, 9, 0));
		assertThat(PublicityScans.scan(context)).contains(granted.number());

		Map<String, Object> entry = entry(granted.id());
		assertThat(entry.get("due_on")).hasToString("2027-01-05");
		assertThat(entry.get("published_on")).hasToString("2027-01-05");
		assertThat(clocks.of(PublicityScans.clockOf(granted.id()))).as("no lapse to warn of").isEmpty();
	}

	@Test
	@DisplayName("R15.9: decided Thursday 24 December 2026, still unpublished on Wednesday 6 January 2027 after New Year's Day: warned red, due the 5th, and published")
	void aLatePublicationIsWarnedRedAndPublished() {
		Submitted granted = decidedOn(LocalDate.of(2026, 12, 24));
		publicationFailed(granted);
		UUID lapse = PublicityScans.clockOf(granted.id());

		clock.set(LocalDateTime.of(2027, 1, 6, 9, 0));
		assertThat(PublicityScans.scan(context)).as("late: warned first").doesNotContain(granted.number());
		assertThat(clocks.of(lapse)).hasValueSatisfying(started -> {
			assertThat(started.dueOn()).as("7 working days, 1 January off").isEqualTo(LocalDate.of(2027, 1, 5));
			assertThat(started.isStopped()).isFalse();
		});

		assertThat(WarningScans.scan(context)).filteredOn(warned -> warned.caseId().equals(lapse))
			.singleElement()
			.satisfies(warned -> {
				assertThat(warned.level()).isEqualTo(DeadlineWarned.Level.RED);
				assertThat(warned.caseNumber()).isEqualTo(granted.number());
				assertThat(warned.dueOn()).isEqualTo(LocalDate.of(2027, 1, 5));
			});

		await().atMost(Duration.ofSeconds(30))
			.until(() -> !jdbc.sql("select count(*) from approval_publicity where case_id = :id")
				.param("id", granted.id())
				.query(Integer.class)
				.single()
				.equals(0));
		assertThat(entry(granted.id()).get("published_on")).hasToString("2027-01-06");
		await().atMost(Duration.ofSeconds(30)).until(() -> clocks.of(lapse).orElseThrow().isStopped());
	}

	@Test
	@DisplayName("R6.1: found by matter, holder and number, paged, on the page and the API")
	void searchesAndPages() {
		Submitted first = grantedToAnEnterprise();
		Submitted second = grantedToAnEnterprise();
		awaitPublished(first.number());
		awaitPublished(second.number());
		String holder = first.applicant().name();

		String byHolder = search("holder=" + holder);
		assertThat((Integer) JsonPath.read(byHolder, "$.totalItems")).isEqualTo(1);
		assertThat((String) JsonPath.read(byHolder, "$.items[0].caseNumber")).isEqualTo(first.number());

		String byMatter = search("matter=预包装食品&from=2026-11-27&to=2026-11-27&size=1&page=2");
		assertThat((Integer) JsonPath.read(byMatter, "$.totalItems")).isGreaterThanOrEqualTo(2);
		assertThat((Integer) JsonPath.read(byMatter, "$.size")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(byMatter, "$.page")).isEqualTo(2);
		assertThat((List<?>) JsonPath.read(byMatter, "$.items")).hasSize(1);

		assertThat(search("holder=" + holder + "&from=2026-11-28")).as("decided before").contains("\"totalItems\":0");
		assertThat(search("holder=" + holder + "&from=2026-11-27&to=2026-11-27")).contains("\"totalItems\":1");

		WebPage page = WebPage.of(mvc.get().uri("/publicity?matter={m}&size=1", "预包装食品").exchange());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("rel=\"next\"");
		assertThat(WebPage.of(mvc.get().uri("/publicity?holder={h}", holder).exchange()).text()).contains("找到 1 条公示",
				first.number());
	}

	@ParameterizedTest
	@CsvSource({ "from=2026-13-01, from", "to=yesterday, to", "from=2026-12-01&to=2026-11-01, to", "page=0, page",
			"page=10001, page", "page=two, page", "size=101, size",
			"matter=一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一, matter",
			"holder=一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一, holder" })
	@DisplayName("R6.1: a bad filter is a localized 400 on the API and the page, never a 500")
	void refusesBadFilters(String query, String parameter) {
		var problem = assertThat(mvc.get().uri("/api/v1/publicity?" + query).header("Accept-Language", "en"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson();
		problem.extractingPath("$.parameter").isEqualTo(parameter);
		problem.extractingPath("$.detail").asString().isNotBlank().doesNotContain("Exception");

		WebPage page = WebPage.of(mvc.get().uri("/publicity?" + query).exchange());
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.title()).startsWith("错误：行政许可公示");
		assertThat(page.html()).contains("href=\"#" + parameter + "\"");
	}

	@Test
	@DisplayName("R6.1: past its publicity period (3 years) an entry is no longer listed, yet kept")
	void thePublicityPeriodHidesOldEntries() {
		Submitted granted = grantedToAnEnterprise();
		awaitPublished(granted.number());

		clock.set(LocalDateTime.of(2029, 11, 27, 10, 0));
		assertThat(search("number=" + granted.number())).as("the last day of the period").contains("\"totalItems\":1");
		clock.set(LocalDateTime.of(2029, 11, 28, 10, 0));
		assertThat(search("number=" + granted.number())).contains("\"totalItems\":0");
		assertThat(WebPage.of(mvc.get().uri("/publicity?number={n}", granted.number()).exchange()).text())
			.contains("没有找到符合条件的公示。");
		assertThat(entry(granted.id())).as("kept").isNotEmpty();
	}

	private Submitted grantedToAnEnterprise() {
		Submitted submitted = cases.standard();
		cases.decideFromAcceptance(submitted.number(), CaseFixtures.SCJGJ, Decision.GRANT);
		return submitted;
	}

	private Submitted decidedOn(LocalDate day) {
		clock.set(day.atTime(10, 0));
		return grantedToAnEnterprise();
	}

	/** As if the listener had failed: the entry is gone, as the scan finds it. */
	private void publicationFailed(Submitted granted) {
		awaitPublished(granted.number());
		jdbc.sql("delete from approval_publicity where case_id = :id").param("id", granted.id()).update();
	}

	private Map<String, Object> entry(UUID caseId) {
		return jdbc.sql("select due_on, published_on from approval_publicity where case_id = :id and kind = 'GRANT'")
			.param("id", caseId)
			.query()
			.singleRow();
	}

	private String awaitPublished(String number) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> search("number=" + number), body -> ((Integer) JsonPath.read(body, "$.totalItems")) == 1);
	}

	private String search(String query) {
		return WebPage.of(mvc.get().uri("/api/v1/publicity?" + query).exchange()).html();
	}

	/** The first value the path finds: a filter's values are a list. */
	private static String first(String json, String path) {
		List<String> values = JsonPath.read(json, path);
		return values.get(0);
	}

	/** The platform's audit records of the action on the case's entries. */
	private int audited(String action, String number) {
		return jdbc.sql("""
				select count(*) from supervision_audit_record
				where object_type = 'publicity' and object_id = :number and action = :action""")
			.param("number", number)
			.param("action", action)
			.query(Integer.class)
			.single();
	}

}
