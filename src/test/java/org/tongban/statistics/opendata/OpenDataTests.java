package org.tongban.statistics.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
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
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.Channel;
import org.tongban.identity.AccountKind;
import org.tongban.statistics.opendata.OpenStatistics.Cell;
import org.tongban.statistics.opendata.OpenStatistics.Count;
import org.tongban.statistics.opendata.OpenStatistics.Sum;
import org.tongban.statistics.readmodel.CaseEvents;
import org.tongban.statistics.readmodel.StatisticsEvents;
import org.tongban.support.TestClock;
import org.tongban.support.WebPage;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * R9.6, open data: anonymized statistics with small counts suppressed (k = 5), fed by the
 * statistics' read model, against the events of applications made by hand in May and June
 * 2031, where no other test has any:
 * <ul>
 * <li>ODTA, M1, May: 7 received (the last at 23:30 on 05-31, city time), 6 decided, all
 * granted (one later revoked, which counts as granted), 5 on time and 1 late: the late
 * one is below k, so on time is withheld;</li>
 * <li>ODTA, M2, May: 3 received, still open: withheld;</li>
 * <li>ODTB, M3, May: 10 received and decided, 8 granted and 2 denied, so granted is
 * withheld; all on time; one more received and withdrawn (received, not decided);</li>
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
	StatisticsEvents listener;

	@Autowired
	TransactionTemplate transactions;

	CaseEvents events;

	@Autowired
	TestClock clock;

	@Autowired
	WebApplicationContext context;

	MockMvcTester mvc;

	@BeforeEach
	void applicationsMadeByHand() {
		mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());
		clock.set(LocalDateTime.parse("2031-06-20T10:00"));
		events = new CaseEvents(listener, transactions);
		for (int i = 0; i < 5; i++) {
			decided("ODTA", "M1", ApplicationStatus.GRANTED, "2031-05-0" + (i + 2) + "T09:00", "2031-05-20", false);
		}
		decided("ODTA", "M1", ApplicationStatus.GRANTED, "2031-05-08T09:00", "2031-05-29", true);
		received("ODTA", "M1", "2031-05-31T23:30");
		for (int i = 0; i < 3; i++) {
			received("ODTA", "M2", "2031-05-12T09:00");
		}
		for (int i = 0; i < 10; i++) {
			decided("ODTB", "M3", i < 8 ? ApplicationStatus.GRANTED : ApplicationStatus.DENIED, "2031-05-06T09:00",
					"2031-05-26", false);
		}
		decided("ODTB", "M3", ApplicationStatus.WITHDRAWN, "2031-05-06T09:00", "2031-05-10", false);
		for (int i = 0; i < 5; i++) {
			received("ODTA", "M1", "2031-06-01T00:00");
		}
	}

	@AfterEach
	void takeBack() {
		jdbc.sql("delete from statistics_daily where department_code in ('ODTA', 'ODTB')").update();
		jdbc.sql("delete from statistics_case where department_code in ('ODTA', 'ODTB')").update();
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

	private void received(String department, String matter, String receivedCity) {
		events.submit(number(), department, matter, Channel.ONLINE, AccountKind.NATURAL_PERSON, receivedCity, 1, 0, 0);
	}

	/** Received, then ended on the day, after its due day when late. */
	private void decided(String department, String matter, ApplicationStatus outcome, String receivedCity,
			String endedOn, boolean late) {
		String number = number();
		UUID id = events.submit(number, department, matter, Channel.ONLINE, AccountKind.NATURAL_PERSON, receivedCity, 1,
				0, 0);
		LocalDate ended = LocalDate.parse(endedOn);
		events.end(id, number, outcome, endedOn + "T16:00", false, (late ? ended.minusDays(1) : ended).toString(), 10);
	}

	private static String number() {
		return "TB" + UUID.randomUUID().toString().substring(0, 8);
	}

}
