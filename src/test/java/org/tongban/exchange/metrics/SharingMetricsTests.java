package org.tongban.exchange.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;
import org.tongban.application.ApplicationTest;
import org.tongban.exchange.metrics.SharingMetrics.DepartmentMetrics;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.support.TestClock;
import org.tongban.support.WebPage;

/**
 * R9.5, the sharing metrics per department, against requests logged by hand in March 2031
 * (city time, UTC+8), where no other test logs:
 * <ul>
 * <li>population registry (GAJ): answered in 10, 20, 30, 40 and 100 ms, the first at
 * 00:00 on 03-01; refused in 5 ms. Sorted 5, 10, 20, 30, 40, 100: median (nearest rank 3)
 * 20, 95th percentile (rank 6) 100, maximum 100;</li>
 * <li>legal-person registry (SCJGJ): refused in 7 and 9 ms;</li>
 * <li>licence registry: answered in 50 ms, on the row without a department;</li>
 * <li>left out: a request at 23:59 on 02-28 and one at 00:00 on 04-01, and a read of the
 * platform's own (no outcome).</li>
 * </ul>
 * A licence issued by a test department is its one record.
 */
@ApplicationTest
class SharingMetricsTests {

	static final String CALLER = "sharing-metrics-test";

	static final String DEPARTMENT = "TSTMETRIC";

	@Autowired
	SharingMetrics metrics;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	MockMvcTester mvc;

	UUID licenceCase = UUID.randomUUID();

	@BeforeEach
	void requestsLoggedByHand() {
		mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());
		clock.set(LocalDateTime.parse("2031-04-02T10:00"));
		log("2031-03-01T00:00", "POPULATION", "ANSWERED", 10);
		log("2031-03-05T09:00", "POPULATION", "ANSWERED", 40);
		log("2031-03-10T09:00", "POPULATION", "ANSWERED", 20);
		log("2031-03-15T09:00", "POPULATION", "ANSWERED", 100);
		log("2031-03-31T23:59", "POPULATION", "ANSWERED", 30);
		log("2031-03-12T09:00", "POPULATION", "REFUSED", 5);
		log("2031-03-12T10:00", "LEGAL_PERSON", "REFUSED", 9);
		log("2031-03-13T10:00", "LEGAL_PERSON", "REFUSED", 7);
		log("2031-03-20T10:00", "LICENCE", "ANSWERED", 50);
		log("2031-02-28T23:59", "POPULATION", "ANSWERED", 1000);
		log("2031-04-01T00:00", "POPULATION", "REFUSED", 1000);
		log("2031-03-20T11:00", "POPULATION", null, null);
		jdbc.sql(
				"""
						insert into licence_licence (id, case_id, case_number, matter_code, matter_version, licence_type, name_zh,
							holder_id, holder_is_person, holder_name, holder_number, department_code, valid_from, printed,
							attachment_id, pdf_sha256, issued_at)
						values (:id, :caseId, 'TB20310301000001', 'TST-M', 1, 'TST', '测试许可证', :holder, true, '测试', 'x',
							:department, :validFrom, '[]', :attachment, :sha, :issuedAt)""")
			.param("id", "DZZZ-METRICS" + licenceCase.toString().substring(0, 8).toUpperCase())
			.param("caseId", licenceCase)
			.param("holder", UUID.randomUUID())
			.param("department", DEPARTMENT)
			.param("validFrom", LocalDate.parse("2031-03-01"))
			.param("attachment", UUID.randomUUID())
			.param("sha", "0".repeat(64))
			.param("issuedAt", OffsetDateTime.parse("2031-03-01T02:00Z"))
			.update();
	}

	@AfterEach
	void takeBack() {
		jdbc.sql("delete from exchange_access_log where caller = :caller").param("caller", CALLER).update();
		jdbc.sql("delete from licence_licence where case_id = :caseId").param("caseId", licenceCase).update();
		clock.reset();
	}

	@Test
	void answeredRefusedAndLatencyPerOwningDepartmentAreAsCountedByHand() {
		List<DepartmentMetrics> march = metrics.of(LocalDate.parse("2031-03-01"), LocalDate.parse("2031-03-31"));

		assertThat(find(march, "GAJ"))
			.extracting(DepartmentMetrics::answered, DepartmentMetrics::refused, DepartmentMetrics::medianMs,
					DepartmentMetrics::p95Ms, DepartmentMetrics::maxMs)
			.containsExactly(5L, 1L, 20, 100, 100);
		assertThat(find(march, "SCJGJ"))
			.extracting(DepartmentMetrics::answered, DepartmentMetrics::refused, DepartmentMetrics::medianMs,
					DepartmentMetrics::p95Ms, DepartmentMetrics::maxMs)
			.containsExactly(0L, 2L, 7, 9, 9);
		assertThat(find(march, null)).as("the licence registry's requests, on a row of their own")
			.extracting(DepartmentMetrics::answered, DepartmentMetrics::refused, DepartmentMetrics::medianMs)
			.containsExactly(1L, 0L, 50);
		assertThat(march.get(march.size() - 1).departmentCode()).as("licence registry last").isNull();
	}

	@Test
	void recordsContributedAreTheRegistriesADepartmentOwnsAndTheLicencesItIssued() {
		List<DepartmentMetrics> march = metrics.of(LocalDate.parse("2031-03-01"), LocalDate.parse("2031-03-31"));

		assertThat(find(march, "GAJ").records()).isEqualTo(count("exchange_person")).isPositive();
		assertThat(find(march, "SCJGJ").records()).isEqualTo(count("exchange_legal_person") + issuedBy("SCJGJ"));
		assertThat(find(march, "ZWFWJ").records()).isEqualTo(count("exchange_credit_record") + issuedBy("ZWFWJ"));
		assertThat(find(march, DEPARTMENT))
			.extracting(DepartmentMetrics::records, DepartmentMetrics::requests, DepartmentMetrics::medianMs)
			.containsExactly(1L, 0L, null);
	}

	@Test
	void theApiAnswersTheSupervisorAndRefusesADateThatIsNotOneInTheCallersLanguage() {
		Actor supervisor = new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.SUPERVISOR, "ZWFWJ"));
		var answer = mvc.get()
			.uri("/api/v1/admin/sharing-metrics?from=2031-03-01&to=2031-03-31")
			.with(authentication(new ActorAuthentication(supervisor)))
			.exchange();
		assertThat(answer).hasStatusOk();
		assertThat(answer).bodyJson()
			.extractingPath("$.departments[?(@.departmentCode == 'GAJ')].medianMs")
			.isEqualTo(List.of(20));
		assertThat(answer).bodyJson()
			.extractingPath("$.departments[?(@.departmentCode == 'SCJGJ')].refused")
			.isEqualTo(List.of(2));

		var wrongOrder = mvc.get()
			.uri("/api/v1/admin/sharing-metrics?from=2031-03-31&to=2031-03-01&lang=en")
			.with(authentication(new ActorAuthentication(supervisor)))
			.exchange();
		assertThat(wrongOrder).hasStatus(400);
		assertThat(wrongOrder.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(wrongOrder).bodyText().contains("The end date cannot be before the start date.");
		assertThat(mvc.get()
			.uri("/api/v1/admin/sharing-metrics?from=2031-13-01&to=2031-03-01")
			.with(authentication(new ActorAuthentication(supervisor)))
			.exchange()).hasStatus(400).bodyText().contains("请按“年-月-日”填写日期");
		assertThat(mvc.get()
			.uri("/api/v1/admin/sharing-metrics?from=2029-01-01&to=2031-03-01")
			.with(authentication(new ActorAuthentication(supervisor)))
			.exchange()).hasStatus(400).bodyText().contains("统计期间不能超过 366 天。");
	}

	@Test
	void thePageShowsATablePerDepartmentAndSaysWhatIsWrongWithAPeriod() {
		Actor admin = new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.SYSTEM_ADMIN, "ZWFWJ"));
		WebPage page = page(admin, "/admin/sharing-metrics?from=2031-03-01&to=2031-03-31", "zh");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("2031年3月1日至2031年3月31日各部门的数据共享情况", "SCJGJ", "0 2 7 9 9",
				"电子证照库（各发证部门） 0 1 0 50 50 50");
		assertThat(page.text()).containsPattern("GAJ \\d+ 5 1 20 100 100");

		WebPage english = page(admin, "/admin/sharing-metrics?from=2031-03-31&to=2031-03-01", "en");
		assertThat(english.title()).startsWith("Error");
		assertThat(english.text()).contains("The end date cannot be before the start date.");
		assertThat(page(admin, "/admin/sharing-metrics?from=&to=2031-03-01", "en").text()).contains("Enter a date.");
		assertThat(page(admin, "/admin/sharing-metrics", "zh").text()).as("this year up to today by default")
			.contains("2031年1月1日至2031年4月2日");
	}

	private WebPage page(Actor actor, String uri, String language) {
		return WebPage.of(mvc.get()
			.uri(uri)
			.cookie(new Cookie("TONGBAN_LANG", language))
			.with(authentication(new ActorAuthentication(actor)))
			.exchange());
	}

	private static DepartmentMetrics find(List<DepartmentMetrics> metrics, String department) {
		return metrics.stream()
			.filter(each -> department == null ? each.departmentCode() == null
					: department.equals(each.departmentCode()))
			.findFirst()
			.orElseThrow();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private long issuedBy(String department) {
		return jdbc.sql("select count(*) from licence_licence where department_code = :d")
			.param("d", department)
			.query(Long.class)
			.single();
	}

	/** A request at a time of the city, stored in UTC as the log keeps it. */
	private void log(String cityTime, String registry, String outcome, Integer latencyMs) {
		jdbc.sql("""
				insert into exchange_access_log (accessed_at, caller, registry, credit_code, purpose_zh, case_reference,
					client_id, department_code, outcome, latency_ms)
				values (:at, :caller, :registry, '91210202MA0Q5K7D3U', '测试', 'TB20310301000001', 'tst-client', 'SWJ',
					:outcome, :latency)""")
			.param("at",
					LocalDateTime.parse(cityTime)
						.atZone(TestClock.CITY)
						.withZoneSameInstant(ZoneOffset.UTC)
						.toLocalDateTime())
			.param("caller", CALLER)
			.param("registry", registry)
			.param("outcome", outcome)
			.param("latency", latencyMs)
			.update();
	}

}
