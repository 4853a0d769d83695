package org.tongban.supervision.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import org.tongban.application.ApplicationTest;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.shared.LocalizedText;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.PauseReason;
import org.tongban.supervision.StartedClocks;
import org.tongban.supervision.console.ConsoleFigures.LiveCount;
import org.tongban.supervision.console.ConsoleFigures.OnTimeRate;
import org.tongban.supervision.console.ConsoleFigures.OverdueCase;
import org.tongban.supervision.console.ConsoleFigures.WarnedCase;
import org.tongban.supervision.warning.WarningScans;
import org.tongban.support.TestClock;
import org.tongban.support.WebPage;

/**
 * The supervisor console (R8.5, issue 15 item 4) against a fixture counted by hand, over
 * the 2026 calendar (National Day off 10-01 to 10-07, Saturday 10-10 worked). Five cases
 * of two test departments are received Monday 09-28 and count from 09-29:
 * <ul>
 * <li>A1 (TSTA, M1), 5 days, due 10-10: yellow on 10-09, red on 10-12, open;</li>
 * <li>A2 (TSTA, M1), 20 days, paused for a correction on 10-09;</li>
 * <li>A3 (TSTA, M1), 6 days, due 10-12: yellow on 10-12;</li>
 * <li>A4 (TSTA, M2), 3 days, due 10-08, ended 10-08: on time;</li>
 * <li>B1 (TSTB, M3), 3 days, due 10-08: red on 10-09, ended 10-09: late, one working day
 * overdue.</li>
 * </ul>
 * The console reads on 10-12 at 10:00.
 */
@ApplicationTest
class ConsolePageTests {

	@Autowired
	ConsoleFigures figures;

	@Autowired
	CaseClocks clocks;

	@Autowired
	TestClock settableClock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	final StartedClocks started = new StartedClocks();

	UUID a1;

	UUID a3;

	UUID b1;

	MockMvcTester mvc;

	Actor supervisor;

	@BeforeEach
	void fixture() {
		mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());
		supervisor = new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.SUPERVISOR, "ZWFWJ"));
		settableClock.set(LocalDateTime.parse("2026-09-28T10:00"));
		a1 = start("TSTA", "M1", 5);
		UUID a2 = start("TSTA", "M1", 20);
		a3 = start("TSTA", "M1", 6);
		UUID a4 = start("TSTA", "M2", 3);
		b1 = start("TSTB", "M3", 3);

		settableClock.set(LocalDateTime.parse("2026-10-08T16:00"));
		clocks.stop(a4, at("2026-10-08T16:00"));
		scanOn("2026-10-09T09:00");
		settableClock.set(LocalDateTime.parse("2026-10-09T15:00"));
		clocks.stop(b1, at("2026-10-09T15:00"));
		clocks.pause(a2, PauseReason.CORRECTION, null, at("2026-10-09T15:00"));
		scanOn("2026-10-12T09:00");
		settableClock.set(LocalDateTime.parse("2026-10-12T10:00"));
	}

	@AfterEach
	void cleanUp() {
		settableClock.reset();
		started.takeBack(jdbc, transaction);
	}

	@Test
	void theLiveCountsTheWarnedCasesTheOnTimeRatesAndTheOverdueReportAreAsCountedByHand() {
		assertThat(figures.live().stream().filter(count -> count.departmentCode().startsWith("TST")))
			.containsExactly(new LiveCount("TSTA", "M1", name("M1"), 3, 1, 1, 1));

		assertThat(figures.warned()
			.stream()
			.filter(warned -> warned.departmentCode() != null && warned.departmentCode().startsWith("TST")))
			.extracting(WarnedCase::caseNumber, WarnedCase::level, WarnedCase::dueOn)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(number(a1), "RED", day("2026-10-10")),
					org.assertj.core.groups.Tuple.tuple(number(a3), "YELLOW", day("2026-10-12")));

		assertThat(figures.onTime(day("2026-10-01"), day("2026-10-31"))
			.stream()
			.filter(rate -> rate.departmentCode().startsWith("TST"))).containsExactly(
					new OnTimeRate("TSTA", "M2", name("M2"), 1, 1), new OnTimeRate("TSTB", "M3", name("M3"), 1, 0));
		assertThat(figures.onTime(day("2026-10-09"), day("2026-10-31"))
			.stream()
			.filter(rate -> rate.departmentCode().startsWith("TST"))).extracting(OnTimeRate::percent)
			.containsExactly(0);

		assertThat(figures.overdue(day("2026-10-01"), day("2026-10-31"), null, null)
			.stream()
			.filter(overdue -> overdue.departmentCode().startsWith("TST")))
			.containsExactly(new OverdueCase(number(a1), "TSTA", "M1", name("M1"), day("2026-10-10"), null, 1),
					new OverdueCase(number(b1), "TSTB", "M3", name("M3"), day("2026-10-08"), day("2026-10-09"), 1));
		assertThat(figures.overdue(day("2026-10-01"), day("2026-10-31"), "TSTB", null))
			.extracting(OverdueCase::caseNumber)
			.containsExactly(number(b1));
		assertThat(figures.overdue(day("2026-10-09"), day("2026-10-31"), "TSTA", "M1"))
			.extracting(OverdueCase::caseNumber)
			.containsExactly(number(a1));
	}

	@Test
	void thePageShowsTheFiguresInTablesForTheCharts() {
		WebPage page = WebPage.of(mvc.get()
			.uri("/supervision?from=2026-10-01&to=2026-10-31&department=tstb")
			.with(authentication(new ActorAuthentication(supervisor)))
			.exchange());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("TSTA M1 名称M1 3 1 1 1", number(a1) + " TSTA 名称M1 红色",
				number(a3) + " TSTA 名称M1 黄色", "TSTA M2 名称M2 1 1 100", "TSTB M3 名称M3 1 0 0",
				number(b1) + " TSTB 名称M3 2026年10月8日 2026年10月9日 1");
		assertThat(mvc.get().uri("/webjars/echarts/5.3.1/dist/echarts.min.js")).as("served to anyone, as the CSS is")
			.hasStatusOk();
		assertThat(mvc.get().uri("/js/console-charts.js")).hasStatusOk();
		assertThat(page.html()).as("the supervisor's way to the console")
			.contains("class=\"nav__link\" href=\"/supervision\"");
		assertThat(page.html()).contains("data-chart=\"bar\"", "/webjars/echarts/5.3.1/dist/echarts.min.js",
				"/supervision/reports/overdue.xlsx?from=2026-10-01&amp;to=2026-10-31&amp;department=TSTB");
	}

	@Test
	void theOverdueReportDownloadsAsCsvAndAsAWorkbookEachAudited() throws Exception {
		int audited = exports();
		MockHttpServletResponse csv = download("/supervision/reports/overdue.csv?from=2026-10-01&to=2026-10-31");
		assertThat(csv.getContentType()).startsWith("text/csv");
		assertThat(csv.getHeader("Content-Disposition")).contains("overdue-2026-10-01-2026-10-31.csv");
		byte[] bytes = csv.getContentAsByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).isEqualTo("部门编码,事项编码,事项名称,办件编号,办结期限,办结日期,超期工作日");
		assertThat(lines.stream().filter(line -> line.startsWith("TST"))).containsExactly(
				"TSTA,M1,名称M1," + number(a1) + ",2026-10-10,,1",
				"TSTB,M3,名称M3," + number(b1) + ",2026-10-08,2026-10-09,1");

		MockHttpServletResponse xlsx = download(
				"/supervision/reports/overdue.xlsx?from=2026-10-01&to=2026-10-31&department=TSTA");
		assertThat(xlsx.getContentType()).isEqualTo(ConsolePage.XLSX.toString());
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			Sheet cases = workbook.getSheetAt(0);
			assertThat(cases.getSheetName()).isEqualTo("超期办件");
			assertThat(cells(cases.getRow(0))).containsExactly("部门编码", "事项编码", "事项名称", "办件编号", "办结期限", "办结日期", "超期工作日");
			assertThat(cases.getLastRowNum()).isEqualTo(1);
			Row row = cases.getRow(1);
			assertThat(cells(row).subList(0, 4)).containsExactly("TSTA", "M1", "名称M1", number(a1));
			assertThat(row.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo("2026-10-10");
			assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(1);
			Sheet summary = workbook.getSheetAt(1);
			assertThat(summary.getRow(0).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo("2026-10-01");
			assertThat(cells(summary.getRow(2))).containsExactly("TSTA", "M1", "名称M1", "1", "1");
		}
		assertThat(exports()).isEqualTo(audited + 2);
		assertThat(jdbc.sql("""
				select detail from supervision_audit_record where action = 'report.export' and actor_id = :actor
				order by recorded_at, detail""").param("actor", supervisor.id()).query(String.class).list())
			.contains("csv 2026-10-01..2026-10-31 cases=2", "xlsx 2026-10-01..2026-10-31 department=TSTA cases=1");
	}

	@Test
	void aPeriodThatIsNotOneIsRefusedNextToItsFieldInTheReadersLanguage() {
		WebPage wrongOrder = page("/supervision?from=2026-10-31&to=2026-10-01", "zh");
		assertThat(wrongOrder.status()).isEqualTo(200);
		assertThat(wrongOrder.title()).startsWith("错误");
		assertThat(wrongOrder.text()).contains("截止日期不能早于起始日期。");
		assertThat(page("/supervision?from=2026-13-01&to=2026-10-01", "en").text())
			.contains("Enter the date as year-month-day, for example 2026-10-08.");
		assertThat(page("/supervision?from=2026-10-01&to=", "en").text()).contains("Enter a date.");
		assertThat(page("/supervision?from=2025-01-01&to=2026-10-01", "zh").text()).contains("统计期间不能超过 366 天。");
		int audited = exports();
		WebPage refusedExport = page("/supervision/reports/overdue.csv?from=2026-10-31&to=2026-10-01", "zh");
		assertThat(refusedExport.text()).contains("截止日期不能早于起始日期。");
		assertThat(exports()).as("nothing exported").isEqualTo(audited);
		// No dates: this year up to today.
		assertThat(page("/supervision", "zh").text()).contains("2026年1月1日至2026年10月12日的按期办结率");
	}

	private WebPage page(String uri, String language) {
		return WebPage.of(mvc.get()
			.uri(uri)
			.cookie(new Cookie("TONGBAN_LANG", language))
			.with(authentication(new ActorAuthentication(supervisor)))
			.exchange());
	}

	private MockHttpServletResponse download(String uri) {
		var result = mvc.get().uri(uri).with(authentication(new ActorAuthentication(supervisor))).exchange();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse();
	}

	private int exports() {
		return jdbc
			.sql("select count(*) from supervision_audit_record where action = 'report.export' and actor_id = :a")
			.param("a", supervisor.id())
			.query(Integer.class)
			.single();
	}

	private static List<String> cells(Row row) {
		var formatter = new DataFormatter();
		var cells = new java.util.ArrayList<String>();
		row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
		return cells;
	}

	private UUID start(String department, String matter, int days) {
		UUID caseId = started.add(UUID.randomUUID());
		clocks.start(caseId, number(caseId), at("2026-09-28T10:00"), day("2026-09-29"), days, days, false);
		clocks.describe(caseId, department, matter, name(matter));
		return caseId;
	}

	private void scanOn(String cityTime) {
		settableClock.set(LocalDateTime.parse(cityTime));
		WarningScans.scan(context);
	}

	private static LocalizedText name(String matter) {
		return LocalizedText.of("名称" + matter, "Name " + matter);
	}

	private static String number(UUID caseId) {
		return "TB" + caseId.toString().substring(0, 8);
	}

	private static LocalDate day(String day) {
		return LocalDate.parse(day);
	}

	private static Instant at(String cityTime) {
		return LocalDateTime.parse(cityTime).atZone(TestClock.CITY).toInstant();
	}

}
