package org.tongban.statistics.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.ApplicationTest;
import org.tongban.application.Channel;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.participation.Satisfaction;
import org.tongban.statistics.readmodel.CaseEvents;
import org.tongban.statistics.readmodel.StatisticsEvents;
import org.tongban.support.WebPage;

/**
 * R11.3: the console's tables against three cases counted by hand in a department of
 * their own, in April 2032, and their exports, opened with a CSV reading and with Apache
 * POI, hold exactly the same; a department leader sees their own department whatever they
 * ask for.
 * <ul>
 * <li>E1, online, a person, 04-06: 1 visit, 1 material reused and 1 uploaded; accepted
 * 04-06, granted 04-08 on time (3 working days), rated 非常满意;</li>
 * <li>E2, at the window, an enterprise, 04-13: 2 visits, 2 uploaded; denied 04-28 after
 * its due day (12 working days);</li>
 * <li>E3, online, a person, 04-14: 1 visit, 2 reused; granted by the platform at once,
 * rated 基本满意.</li>
 * </ul>
 */
@ApplicationTest
class StatisticsExportTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	StatisticsEvents listener;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Accounts accounts;

	MockMvcTester mvc;

	String department;

	String filters;

	Actor supervisor;

	@BeforeEach
	void casesCountedByHand() {
		mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());
		supervisor = new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.SUPERVISOR, "ZWFWJ"));
		department = "EX" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		filters = "from=2032-04-01&to=2032-04-30&grain=week&department=" + department;
		var events = new CaseEvents(listener, transactions);
		String e1 = department + "-1";
		UUID first = events.submit(e1, department, "A", Channel.ONLINE, AccountKind.NATURAL_PERSON, "2032-04-06T09:00",
				1, 1, 1);
		events.accept(first, e1, "2032-04-06T11:00");
		events.end(first, e1, ApplicationStatus.GRANTED, "2032-04-08T15:00", false, "2032-04-20", 3);
		events.rate(e1, department, "A", Satisfaction.VERY_SATISFIED, "2032-04-09T09:00");
		String e2 = department + "-2";
		UUID second = events.submit(e2, department, "A", Channel.WINDOW, AccountKind.LEGAL_PERSON, "2032-04-13T09:00",
				2, 0, 2);
		events.end(second, e2, ApplicationStatus.DENIED, "2032-04-28T15:00", false, "2032-04-27", 12);
		String e3 = department + "-3";
		UUID third = events.submit(e3, department, "A", Channel.ONLINE, AccountKind.NATURAL_PERSON, "2032-04-14T09:00",
				1, 2, 0);
		events.end(third, e3, ApplicationStatus.GRANTED, "2032-04-14T09:00", true, "2032-05-01", 1);
		events.rate(e3, department, "A", Satisfaction.BASICALLY_SATISFIED, "2032-04-15T09:00");
	}

	@Test
	void eachTableIsAsCountedByHandAndItsCsvAndExcelHoldExactlyTheSame() throws Exception {
		assertThat(csv("department")).containsExactly(
				List.of("部门", "收件", "办结（准予或不予许可）", "按时办结率（%）", "超期办结", "秒批等自动办结", "评价数", "平均满意度（1—5）"),
				List.of(department, "3", "3", "67", "1", "1", "2", "4.00"));
		assertThat(csv("volume")).containsExactly(List.of("期间", "收件", "受理", "办结（准予或不予许可）", "收件环比增长（%）"),
				List.of("2032-W14", "0", "0", "0", ""), List.of("2032-W15", "1", "1", "1", ""),
				List.of("2032-W16", "2", "0", "1", "100"), List.of("2032-W17", "0", "0", "0", "-100"),
				List.of("2032-W18", "0", "0", "1", ""));
		assertThat(csv("trips").get(1)).containsExactly("3", "4", "1", "3", "3", "3", "50");
		assertThat(csv("channel")).contains(List.of("网上申报", "2", "67"), List.of("窗口申报", "1", "33"));
		assertThat(csv("satisfaction")).contains(List.of("非常满意", "1", "50"), List.of("基本满意", "1", "50"));
		assertThat(csv("time")).contains(List.of("1 个工作日以内", "1", "33"), List.of("2—5 个工作日", "1", "33"),
				List.of("11—20 个工作日", "1", "33"));

		for (String table : StatisticsTables.IDS) {
			assertThat(xlsx(table)).as(table).isEqualTo(csv(table));
		}
		WebPage page = WebPage.of(get("/statistics?" + filters));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains(department + " 3 3 67 1 1 2 4.00", "2032-W16 2 0 1 100");
	}

	@Test
	void aDepartmentLeaderSeesOnlyTheirOwnDepartmentWhateverTheyAskFor() throws Exception {
		Actor approver = new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.APPROVER, "SCJGJ"));
		var answer = mvc.get()
			.uri("/statistics/department.csv?" + filters)
			.with(authentication(new ActorAuthentication(approver)))
			.exchange();
		assertThat(answer).hasStatusOk();
		assertThat(answer.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain(department);
	}

	@Test
	void wrongFiltersAreSaidNextToTheirFields() {
		WebPage page = WebPage.of(get("/statistics?from=2032-04-31&to=2032-04-01&grain=hour"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("请按“年-月-日”填写日期", "请选择按日、周、月或年查看。");
	}

	private MvcTestResult get(String uri) {
		return mvc.get().uri(uri).with(authentication(new ActorAuthentication(supervisor))).exchange();
	}

	private List<List<String>> csv(String table) {
		return CsvExport.rows(get("/statistics/" + table + ".csv?" + filters));
	}

	/** The Excel export, each number written as the CSV writes it. */
	private List<List<String>> xlsx(String table) throws Exception {
		var answer = get("/statistics/" + table + ".xlsx?" + filters);
		assertThat(answer).hasStatusOk();
		List<List<String>> rows = new ArrayList<>();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.getResponse().getContentAsByteArray()))) {
			int columns = workbook.getSheetAt(0).getRow(0).getLastCellNum();
			for (Row row : workbook.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < columns; i++) {
					Cell cell = row.getCell(i);
					cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
							? number(cell.getNumericCellValue(), table, rows.size(), i) : cell.getStringCellValue());
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	/**
	 * A number as the CSV has it: the average score with two decimals, the others whole.
	 */
	private static String number(double value, String table, int row, int column) {
		boolean score = ("department".equals(table) || "matter".equals(table)) && column == 7;
		return score ? BigDecimal.valueOf(value).setScale(2).toPlainString()
				: BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
