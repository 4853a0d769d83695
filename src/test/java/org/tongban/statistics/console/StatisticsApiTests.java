package org.tongban.statistics.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * R11: the statistics API gives the console's tables, for the same filters, to the same
 * people. Four cases counted by hand in April 2036, which no other test counts in:
 * <ul>
 * <li>S1, SCJGJ-SPJYXK, online, a person, 04-07: 1 visit, 1 material reused and 1
 * uploaded; accepted 04-07, granted 04-09 on time (3 working days), rated 非常满意;</li>
 * <li>S2, SCJGJ-QYSLDJ, at the window, an enterprise, 04-14: 2 visits, 2 uploaded; denied
 * 04-29 after its due day (12 working days);</li>
 * <li>S3, SCJGJ-SPJYXK, online, a person, 04-15: 1 visit, 2 reused; granted by the
 * platform at once, rated 基本满意;</li>
 * <li>Z1, ZJJ-JZGCSGXK, online, an enterprise, 04-08, not decided.</li>
 * </ul>
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsApiTests {

	static final String APRIL = "from=2036-04-01&to=2036-04-30";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	WebApplicationContext context;

	@Autowired
	StatisticsEvents listener;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	MockMvcTester mvc;

	Actor supervisor;

	Actor leader;

	@BeforeAll
	void casesCountedByHand() {
		var events = new CaseEvents(listener, transactions);
		UUID s1 = events.submit("API-S1", "SCJGJ", "SCJGJ-SPJYXK", Channel.ONLINE, AccountKind.NATURAL_PERSON,
				"2036-04-07T09:00", 1, 1, 1);
		events.accept(s1, "API-S1", "2036-04-07T11:00");
		events.end(s1, "API-S1", ApplicationStatus.GRANTED, "2036-04-09T15:00", false, "2036-04-21", 3);
		events.rate("API-S1", "SCJGJ", "SCJGJ-SPJYXK", Satisfaction.VERY_SATISFIED, "2036-04-10T09:00");
		UUID s2 = events.submit("API-S2", "SCJGJ", "SCJGJ-QYSLDJ", Channel.WINDOW, AccountKind.LEGAL_PERSON,
				"2036-04-14T09:00", 2, 0, 2);
		events.end(s2, "API-S2", ApplicationStatus.DENIED, "2036-04-29T15:00", false, "2036-04-28", 12);
		UUID s3 = events.submit("API-S3", "SCJGJ", "SCJGJ-SPJYXK", Channel.ONLINE, AccountKind.NATURAL_PERSON,
				"2036-04-15T09:00", 1, 2, 0);
		events.end(s3, "API-S3", ApplicationStatus.GRANTED, "2036-04-15T09:00", true, "2036-05-02", 1);
		events.rate("API-S3", "SCJGJ", "SCJGJ-SPJYXK", Satisfaction.BASICALLY_SATISFIED, "2036-04-16T09:00");
		events.submit("API-Z1", "ZJJ", "ZJJ-JZGCSGXK", Channel.ONLINE, AccountKind.LEGAL_PERSON, "2036-04-08T09:00", 1,
				0, 1);
	}

	@BeforeEach
	void callers() {
		mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());
		var testAccounts = new TestAccounts(accounts);
		supervisor = testAccounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.SUPERVISOR, "ZWFWJ"));
		leader = testAccounts.staff(TestAccounts.accountName(), DepartmentRole.of(Role.APPROVER, "SCJGJ"));
	}

	@Test
	void theFiguresAreAsCountedByHand() {
		JsonNode all = json(get(supervisor, "/api/v1/statistics?" + APRIL + "&grain=week"));
		assertThat(all.path("grain").asString()).isEqualTo("week");
		assertThat(all.path("department").isNull()).isTrue();
		assertThat(all.path("tables").valueStream().map(table -> table.path("id").asString()))
			.containsExactlyElementsOf(StatisticsTables.IDS);
		JsonNode departments = table(all, "department");
		assertThat(codes(departments.path("columns"))).containsExactly("department", "submitted", "decided", "onTime",
				"overdue", "automatic", "ratings", "score");
		assertThat(cells(departments, "SCJGJ")).containsExactly("SCJGJ", "3", "3", "67", "1", "1", "2", "4.0");
		assertThat(cells(departments, "ZJJ")).containsExactly("ZJJ", "1", "0", "null", "0", "0", "0", "null");

		JsonNode matter = json(get(supervisor, "/api/v1/statistics/matter?" + APRIL + "&matter=scjgj-spjyxk"));
		assertThat(matter.path("matter").asString()).isEqualTo("SCJGJ-SPJYXK");
		assertThat(matter.path("tables")).hasSize(1);
		assertThat(cells(table(matter, "matter"), "SCJGJ-SPJYXK")).containsExactly("SCJGJ-SPJYXK", "2", "2", "100", "0",
				"1", "2", "4.0");
		JsonNode trips = json(get(supervisor, "/api/v1/statistics/trips?" + APRIL + "&department=SCJGJ"));
		assertThat(codes(table(trips, "trips").path("columns"))).containsExactly("submitted", "tripsRequired",
				"tripsMade", "tripsSaved", "materialsReused", "materialsUploaded", "materialsShare");
		assertThat(cells(table(trips, "trips"), "total")).containsExactly("3", "4", "1", "3", "3", "3", "50");
		JsonNode channels = table(json(get(supervisor, "/api/v1/statistics/channel?" + APRIL + "&department=SCJGJ")),
				"channel");
		assertThat(cells(channels, "ONLINE")).containsExactly("网上申报", "2", "67");
		assertThat(cells(channels, "WINDOW")).containsExactly("窗口申报", "1", "33");
	}

	@ParameterizedTest
	@CsvSource({ "grain=week&department=SCJGJ", "grain=day&matter=SCJGJ-SPJYXK", "grain=month",
			"grain=year&department=ZJJ" })
	void eachTableIsTheConsolesTableOfTheSameFilters(String filters) {
		String query = APRIL + "&" + filters;
		JsonNode all = json(get(supervisor, "/api/v1/statistics?" + query));
		for (String id : StatisticsTables.IDS) {
			List<List<String>> console = CsvExport.rows(get(supervisor, "/statistics/" + id + ".csv?" + query));
			JsonNode table = table(all, id);
			assertThat(table.path("columns").valueStream().map(column -> column.path("heading").asString())).as(id)
				.containsExactlyElementsOf(console.get(0));
			assertThat(table.path("rows")).as(id).hasSize(console.size() - 1);
			for (int r = 1; r < console.size(); r++) {
				JsonNode cells = table.path("rows").get(r - 1).path("cells");
				for (int c = 0; c < console.get(r).size(); c++) {
					assertSame(console.get(r).get(c), cells.get(c), id + " row " + r + " column " + c);
				}
			}
			assertThat(json(get(supervisor, "/api/v1/statistics/" + id + "?" + query)).path("tables").get(0)).as(id)
				.isEqualTo(table);
		}
	}

	@Test
	void aDepartmentLeaderSeesTheirOwnDepartmentAndIsRefusedAnother() {
		JsonNode own = json(get(leader, "/api/v1/statistics/department?" + APRIL));
		assertThat(own.path("department").asString()).isEqualTo("SCJGJ");
		assertThat(codes(table(own, "department").path("rows"))).containsExactly("SCJGJ");

		MvcTestResult other = get(leader, "/api/v1/statistics/department?" + APRIL + "&department=zjj");
		assertThat(other).hasStatus(403).hasContentType("application/problem+json");
		assertThat(json(other).path("detail").asString()).isEqualTo("您只能查看本部门的统计数据，不能查看部门 ZJJ 的。");

		MvcTestResult english = mvc.get()
			.uri("/api/v1/statistics?" + APRIL + "&department=ZJJ")
			.header("Accept-Language", "en")
			.with(authentication(new ActorAuthentication(leader)))
			.exchange();
		assertThat(json(english).path("detail").asString())
			.isEqualTo("You may see the statistics of your own department only, not those of ZJJ.");
		assertThat(mvc.get().uri("/api/v1/statistics").exchange()).hasStatus(401);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			from=2036-04-31&to=2036-04-30                   | from       | 请按“年-月-日”填写日期，例如 2026-10-08。
			from=2036-04-01                                 | to         | 请填写日期。
			from=2036-04-30&to=2036-04-01                   | to         | 截止日期不能早于起始日期。
			from=2030-01-01&to=2036-04-30                   | to         | 统计期间不能超过 1827 天。
			from=2035-01-01&to=2036-04-30&grain=day         | grain      | 按日查看时，统计期间不能超过 366 天；请按周、月或年查看。
			from=2036-04-01&to=2036-04-30&grain=hour        | grain      | 请选择按日、周、月或年查看。
			from=2036-04-01&to=2036-04-30&department=NOPE   | department | 没有编码为 NOPE 的部门。
			from=2036-04-01&to=2036-04-30&matter=NOPE-1     | matter     | 没有编码为 NOPE-1 的事项。
			""")
	void eachBadFilterIsRefusedWithAProblemNamingIt(String filters, String parameter, String detail) {
		for (String path : List.of("/api/v1/statistics", "/api/v1/statistics/volume")) {
			MvcTestResult answer = get(supervisor, path + "?" + filters);
			assertThat(answer).as(filters).hasStatus(400).hasContentType("application/problem+json");
			JsonNode problem = json(answer);
			assertThat(problem.path("parameter").asString()).as(filters).isEqualTo(parameter);
			assertThat(problem.path("detail").asString()).as(filters).isEqualTo(detail);
		}
	}

	@Test
	void badFiltersAreRefusedInEnglishOnRequestAndAnUnknownTableIsNotFound() {
		MvcTestResult answer = mvc.get()
			.uri("/api/v1/statistics?from=2036-4-1&to=2036-04-30")
			.header("Accept-Language", "en")
			.with(authentication(new ActorAuthentication(supervisor)))
			.exchange();
		assertThat(answer).hasStatus(400);
		assertThat(json(answer).path("detail").asString())
			.isEqualTo("Enter the date as year-month-day, for example 2026-10-08.");
		assertThat(get(supervisor, "/api/v1/statistics/nothing?" + APRIL)).hasStatus(404)
			.hasContentType("application/problem+json");
	}

	@Test
	void theApiDocumentNamesEveryTableTheConsoleHas() {
		JsonNode api = json(mvc.get().uri("/v3/api-docs").exchange());
		assertThat(api.at("/paths/~1api~1v1~1statistics~1{table}/get/parameters/0/schema/enum")
			.valueStream()
			.map(JsonNode::asString)).containsExactlyElementsOf(StatisticsTables.IDS);
		assertThat(
				api.at("/components/schemas/StatisticsTable/properties/id/enum").valueStream().map(JsonNode::asString))
			.containsExactlyElementsOf(StatisticsTables.IDS);
	}

	@Test
	void eachReadIsAuditedWithItsScope() {
		get(supervisor, "/api/v1/statistics/volume?" + APRIL + "&grain=week&department=SCJGJ");
		get(leader, "/api/v1/statistics?" + APRIL);
		assertThat(jdbc
			.sql("select actor_id || ' ' || object_id || ' ' || detail from supervision_audit_record"
					+ " where action = 'statistics.read' and object_type = 'statistics' and outcome = 'SUCCESS'"
					+ " and actor_id in (:supervisor, :leader) order by seq_no")
			.param("supervisor", supervisor.id())
			.param("leader", leader.id())
			.query(String.class)
			.list())
			.containsExactlyInAnyOrder(supervisor.id() + " volume json 2036-04-01..2036-04-30 WEEK department=SCJGJ",
					leader.id() + " all json 2036-04-01..2036-04-30 MONTH department=SCJGJ");
	}

	/** A cell of the CSV export and of the API hold the same: text, number or none. */
	private static void assertSame(String exported, JsonNode cell, String where) {
		if (exported.isEmpty()) {
			assertThat(cell.isNull()).as(where).isTrue();
		}
		else if (cell.isNumber()) {
			assertThat(cell.decimalValue()).as(where).isEqualByComparingTo(new BigDecimal(exported));
		}
		else {
			assertThat(cell.asString()).as(where).isEqualTo(exported);
		}
	}

	private MvcTestResult get(Actor actor, String uri) {
		return mvc.get().uri(uri).with(authentication(new ActorAuthentication(actor))).exchange();
	}

	private static JsonNode json(MvcTestResult answer) {
		return JSON.readTree(answer.getResponse().getContentAsByteArray());
	}

	private static JsonNode table(JsonNode figures, String id) {
		return figures.path("tables")
			.valueStream()
			.filter(table -> id.equals(table.path("id").asString()))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> codes(JsonNode items) {
		return items.valueStream().map(item -> item.path("code").asString()).toList();
	}

	/** The cells of the row of this code, each as JSON writes it. */
	private static List<String> cells(JsonNode table, String code) {
		List<String> cells = new ArrayList<>();
		table.path("rows")
			.valueStream()
			.filter(row -> code.equals(row.path("code").asString()))
			.findFirst()
			.orElseThrow()
			.path("cells")
			.forEach(cell -> cells.add(cell.isNull() ? "null" : cell.asString()));
		return cells;
	}

}
