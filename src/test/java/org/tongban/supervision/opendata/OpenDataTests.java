package org.tongban.supervision.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;
import org.tongban.application.ApplicationTest;
import org.tongban.supervision.opendata.OpenStatistics.Cell;
import org.tongban.supervision.opendata.OpenStatistics.Count;
import org.tongban.supervision.opendata.OpenStatistics.Sum;
import org.tongban.support.TestClock;
import org.tongban.support.WebPage;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * R9.6, open data: anonymized statistics with small counts suppressed (k = 5), against
 * applications made by hand in May and June 2031, where no other test has any:
 * <ul>
 * <li>ODTA, M1, May: 7 received (the last at 23:30 on 05-31, city time), 6 decided, all
 * granted, 5 on time and 1 late: the late one is below k, so on time is withheld;</li>
 * <li>ODTA, M2, May: 3 received, still open: withheld;</li>
 * <li>ODTB, M3, May: 10 received and decided, 8 granted and 2 denied, so granted is
 * withheld; all on time; one more received and withdrawn (received, not decided); and a
 * clock that is not an application's (left out);</li>
 * <li>ODTA, M1, June: 5 received, still open.</li>
 * </ul>
 */
@ApplicationTest
class OpenDataTests {

	static final YearMonth MAY = YearMonth.parse("2031-05");

	static final YearMonth JUNE = YearMonth.parse("2031-06");

	@Autowired
	OpenStatistics statistics;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	WebApplicationContext context;

	MockMvcTester mvc;

	final List<UUID> made = new ArrayList<>();

	@BeforeEach
	void applicationsMadeByHand() {
		mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());
		clock.set(LocalDateTime.parse("2031-06-20T10:00"));
		for (int i = 0; i < 5; i++) {
			application("ODTA", "M1", "GRANTED", "2031-05-0" + (i + 2) + "T09:00", "2031-05-20", false);
		}
		application("ODTA", "M1", "REVOKED", "2031-05-08T09:00", "2031-05-29", true);
		application("ODTA", "M1", "ACCEPTED", "2031-05-31T23:30", null, null);
		for (int i = 0; i < 3; i++) {
			application("ODTA", "M2", "SUBMITTED", "2031-05-12T09:00", null, null);
		}
		for (int i = 0; i < 10; i++) {
			application("ODTB", "M3", i < 8 ? "GRANTED" : "DENIED", "2031-05-06T09:00", "2031-05-26", false);
		}
		application("ODTB", "M3", "WITHDRAWN", "2031-05-06T09:00", "2031-05-10", false);
		clockOnly("ODTB", "M3", "2031-05-06T09:00", "2031-05-26");
		for (int i = 0; i < 5; i++) {
			application("ODTA", "M1", "SUBMITTED", "2031-06-01T00:00", null, null);
		}
	}

	@AfterEach
	void takeBack() {
		made.forEach(id -> {
			jdbc.sql("delete from supervision_clock where case_id = :id").param("id", id).update();
			jdbc.sql("delete from application_application where id = :id").param("id", id).update();
		});
		clock.reset();
	}

	@Test
	void theCellsAreAsCountedByHandWithCountsBelowKAndTheirComplementsWithheld() {
		List<Cell> cells = statistics.byMatter(MAY, JUNE);

		assertThat(mine(cells))
			.extracting(Cell::month, Cell::departmentCode, Cell::matterCode, Cell::received, Cell::decided,
					Cell::granted, Cell::onTime, Cell::onTimePercent)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(MAY, "ODTA", "M1", shown(7), shown(6), shown(6), withheld(),
							null),
					org.assertj.core.groups.Tuple.tuple(MAY, "ODTA", "M2", withheld(), shown(0), shown(0), shown(0),
							null),
					org.assertj.core.groups.Tuple.tuple(MAY, "ODTB", "M3", shown(11), shown(10), withheld(), shown(10),
							100),
					org.assertj.core.groups.Tuple.tuple(JUNE, "ODTA", "M1", shown(5), shown(0), shown(0), shown(0),
							null));
	}

	@Test
	void aWithheldCountCannotBeDerivedFromTheTotalsWhichAddUpThePublishedCountsOnly() {
		List<Cell> cells = statistics.byMatter(MAY, MAY);
		Sum may = OpenStatistics.totals(cells).get(0);

		assertThat(may)
			.extracting(Sum::received, Sum::decided, Sum::granted, Sum::onTime, Sum::onTimePercent,
					Sum::suppressedCounts)
			.containsExactly(18, 16, 6, 10, 100, 3);
		// Whatever else is in May, each total is exactly the sum of the published counts,
		// so
		// subtracting the published ones from it leaves 0 whatever a withheld count is.
		assertThat(may.received()).isEqualTo(published(cells, Cell::received));
		assertThat(may.decided()).isEqualTo(published(cells, Cell::decided));
		assertThat(may.granted()).isEqualTo(published(cells, Cell::granted));
		assertThat(may.onTime()).isEqualTo(published(cells, Cell::onTime));

		assertThat(statistics.byDepartment(MAY, MAY).stream().filter(sum -> sum.departmentCode().startsWith("ODT")))
			.extracting(Sum::departmentCode, Sum::received, Sum::decided, Sum::granted, Sum::onTime, Sum::onTimePercent,
					Sum::suppressedCounts)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ODTA", 7, 6, 6, 0, null, 2),
					org.assertj.core.groups.Tuple.tuple("ODTB", 11, 10, 0, 10, 100, 1));
	}

	@Test
	void anyoneReadsTheApiWithoutLoggingInAndAWithheldCountIsNullAndFlagged() {
		var answer = mvc.get().uri("/api/v1/open-data/applications?from=2031-05&to=2031-06").exchange();
		assertThat(answer).hasStatusOk();
		String withheld = "$.cells[?(@.departmentCode == 'ODTA' && @.matterCode == 'M2')].received";
		assertThat(answer).bodyJson().extractingPath(withheld + ".suppressed").isEqualTo(List.of(true));
		assertThat(answer).bodyJson().extractingPath(withheld + ".value").asArray().containsExactly((Object) null);
		assertThat(answer).bodyJson().extractingPath("$.threshold").isEqualTo(5);
		assertThat(answer).bodyJson()
			.extractingPath("$.totals[?(@.month == '2031-05')].received")
			.isEqualTo(List.of(18));

		var onTime = mvc.get().uri("/api/v1/open-data/on-time?from=2031-05&to=2031-05").exchange();
		assertThat(onTime).hasStatusOk();
		assertThat(onTime).bodyJson()
			.extractingPath("$.departments[?(@.departmentCode == 'ODTB')].onTimePercent")
			.isEqualTo(List.of(100));
		assertThat(mvc.get().uri("/api/v1/open-data/on-time").exchange()).as("the last twelve months by default")
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.from")
			.isEqualTo("2030-07");
	}

	@Test
	void parametersThatAreNotMonthsOrARangeOfAtMost36AreRefusedWithAProblemInTheCallersLanguage() {
		var notAMonth = mvc.get().uri("/api/v1/open-data/applications?from=2031-5&to=2031-06&lang=en").exchange();
		assertThat(notAMonth).hasStatus(400);
		assertThat(notAMonth.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(notAMonth).bodyText()
			.contains("The parameter from must be a month as year-month, for example 2026-10.");
		assertThat(mvc.get().uri("/api/v1/open-data/applications?from=2031-13&to=2031-06").exchange()).hasStatus(400)
			.bodyText()
			.contains("参数 from 应按“年-月”填写");
		assertThat(mvc.get().uri("/api/v1/open-data/on-time?from=2031-06&to=2031-05").exchange()).hasStatus(400)
			.bodyText()
			.contains("截止月份不能早于起始月份。");
		assertThat(mvc.get().uri("/api/v1/open-data/on-time?from=2028-06&to=2031-06").exchange()).hasStatus(400)
			.bodyText()
			.contains("一次最多查询 36 个月。");
		assertThat(mvc.get().uri("/api/v1/open-data/on-time?from=2028-07&to=2031-06").exchange()).as("36 months")
			.hasStatusOk();
	}

	@Test
	void thePublicPageDescribesTheApiAndShowsTheLastTwelveMonthsByDepartment() {
		WebPage page = WebPage.of(mvc.get().uri("/open-data").exchange());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("/api/v1/open-data/applications", "2030-07至2031-06各部门办件统计",
				"2031-05 ODTA 7 6 6 — 2", "2031-05 ODTB 11 10 0 100 1", "2031-06 ODTA 5 0 0 — 0");
		assertThat(WebPage.of(mvc.get().uri("/open-data?lang=en").exchange()).text())
			.contains("So that no applicant can be singled out, counts below 5 (1 to 4) are not published");
	}

	private static List<Cell> mine(List<Cell> cells) {
		return cells.stream().filter(cell -> cell.departmentCode().startsWith("ODT")).toList();
	}

	private static int published(List<Cell> cells, Function<Cell, Count> count) {
		return cells.stream().mapToInt(cell -> count.apply(cell).published()).sum();
	}

	private static Count shown(int value) {
		return new Count(value, false);
	}

	private static Count withheld() {
		return new Count(null, true);
	}

	private void clockOnly(String department, String matter, String receivedCity, String finishedOn) {
		clock(UUID.randomUUID(), department, matter, receivedCity, finishedOn, false);
	}

	private void application(String department, String matter, String status, String receivedCity, String finishedOn,
			Boolean late) {
		UUID id = UUID.randomUUID();
		OffsetDateTime received = utc(receivedCity);
		jdbc.sql("""
				insert into application_application (id, applicant_id, applicant_kind, matter_code, matter_version,
					started_version, matter_name_zh, department_code, status, answers_sealed, answer_sources, number,
					received_at, created_at, updated_at, revision)
				values (:id, :applicant, 'PERSON', :matter, 1, 1, :name, :department, :status, '-', '{}', :number,
					:received, :received, :received, 1)""")
			.param("id", id)
			.param("applicant", UUID.randomUUID())
			.param("matter", matter)
			.param("name", "名称" + matter)
			.param("department", department)
			.param("status", status)
			.param("number", number(id))
			.param("received", received)
			.update();
		clock(id, department, matter, receivedCity, finishedOn, late);
	}

	private void clock(UUID id, String department, String matter, String receivedCity, String finishedOn,
			Boolean late) {
		made.add(id);
		OffsetDateTime received = utc(receivedCity);
		jdbc.sql("""
				insert into supervision_clock (case_id, case_number, received_at, starts_on, statutory_limit_days,
					committed_limit_days, joint, stopped_at, version, department_code, matter_code, matter_name_zh,
					matter_name_en, finished_on, finished_late)
				values (:id, :number, :received, :startsOn, 20, 20, false, :stopped, 0, :department, :matter, :nameZh,
					:nameEn, :finishedOn, :late)""")
			.param("id", id)
			.param("number", number(id))
			.param("received", received)
			.param("startsOn", received.toLocalDate().plusDays(1))
			.param("stopped", finishedOn == null ? null : utc(finishedOn + "T16:00"))
			.param("department", department)
			.param("matter", matter)
			.param("nameZh", "名称" + matter)
			.param("nameEn", "Name " + matter)
			.param("finishedOn", finishedOn == null ? null : LocalDate.parse(finishedOn))
			.param("late", late)
			.update();
	}

	private static String number(UUID id) {
		return "TB" + id.toString().substring(0, 8);
	}

	private static OffsetDateTime utc(String cityTime) {
		return LocalDateTime.parse(cityTime)
			.atZone(TestClock.CITY)
			.withZoneSameInstant(ZoneOffset.UTC)
			.toOffsetDateTime();
	}

}
