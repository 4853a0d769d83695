package org.tongban.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.Role;
import org.tongban.identity.Visitor;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.supervision.DayKind;
import org.tongban.supervision.WorkingDayCalendar;
import org.tongban.supervision.calendar.CalendarArrangements;
import org.tongban.supervision.calendar.CalendarChanged;
import org.tongban.supervision.calendar.UnpublishedYear;
import org.tongban.support.TestClock;
import org.tongban.support.WebPage;

/**
 * R8.1: the working-day calendar is editable by a system administrator at
 * /admin/calendar, who sees a loaded year's holidays and adjusted working days, lists a
 * date or removes one, and is told next to the field what cannot be done. Nobody else
 * may. Each test puts the official 2025 and 2026 arrangements back.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarAdminPageTests {

	static final LocalDate TUESDAY = LocalDate.parse("2026-03-10");

	static final LocalDate SATURDAY = LocalDate.parse("2026-03-14");

	/** 国庆节 2026, listed by the State Council's notice. */
	static final LocalDate NATIONAL_DAY = LocalDate.parse("2026-10-01");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	CalendarArrangements arrangements;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	TestClock clock;

	Visitor admin;

	String nationalDayName;

	String nationalDayNameEn;

	@BeforeEach
	void logIn() {
		admin = new Visitor(mvc);
		admin.logIn(staff(Role.SYSTEM_ADMIN, "ZWFWJ"));
		jdbc.sql("select name_zh, name_en from supervision_calendar_day where calendar_date = :date")
			.param("date", NATIONAL_DAY)
			.query((rs, row) -> {
				nationalDayName = rs.getString("name_zh");
				nationalDayNameEn = rs.getString("name_en");
				return row;
			})
			.single();
	}

	@AfterEach
	void putTheOfficialArrangementsBack() {
		clock.reset();
		new UnpublishedYear(arrangements, jdbc, transaction, events).takeBack();
		transaction.executeWithoutResult(status -> {
			jdbc.sql("delete from supervision_calendar_day where calendar_date in (:dates)")
				.param("dates", List.of(TUESDAY, SATURDAY))
				.update();
			if (jdbc.sql("select count(*) from supervision_calendar_day where calendar_date = :date")
				.param("date", NATIONAL_DAY)
				.query(Integer.class)
				.single() == 0) {
				jdbc.sql("insert into supervision_calendar_day (calendar_date, calendar_year, kind, name_zh, name_en)"
						+ " values (:date, 2026, 'HOLIDAY', :name, :nameEn)")
					.param("date", NATIONAL_DAY)
					.param("name", nationalDayName)
					.param("nameEn", nationalDayNameEn)
					.update();
			}
			events.publishEvent(new CalendarChanged(Year.of(2026)));
		});
	}

	@Test
	@DisplayName("R8.1: from 1 November the system administrator is warned on every admin page until next year is loaded")
	void fromNovemberTheAdministratorIsWarnedThatNextYearIsNotLoaded() {
		assertThat(admin.page("/admin").text()).contains("2027 年节假日安排尚未载入", "暂定");
		assertThat(admin.page("/admin/calendar").html()).contains("href=\"/admin/calendar/new?year=2027\"");

		clock.set(LocalDate.parse("2026-10-30").atTime(10, 0));
		assertThat(admin.page("/admin").text()).doesNotContain("尚未载入");

		clock.reset();
		Visitor departmentAdmin = new Visitor(mvc);
		departmentAdmin.logIn(staff(Role.DEPARTMENT_ADMIN, "SCJGJ"));
		assertThat(departmentAdmin.page("/admin").text()).as("not theirs to load").doesNotContain("尚未载入");
	}

	@Test
	@DisplayName("R8.1: the administrator loads next year's arrangement from the provisional days, and every limit follows it")
	void theAdministratorLoadsNextYearsArrangement() {
		WebPage form = admin.page("/admin/calendar/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.text()).contains("载入 2027 年节假日安排");
		Matcher textarea = Pattern.compile("<textarea[^>]*id=\"days\"[^>]*>(.*?)</textarea>", Pattern.DOTALL)
			.matcher(form.html());
		assertThat(textarea.find()).isTrue();
		String provisional = textarea.group(1).strip().replace("&#39;", "'");
		assertThat(provisional).contains("2027-02-05 放假 春节 / Spring Festival", "2027-02-09 放假 春节补假");

		MvcTestResult loaded = admin.post("/admin/calendar/new?year=2027", "source", "国务院办公厅关于2027年部分节假日安排的通知",
				"publishedOn", "2026-11-20", "days", provisional + "\n2027-02-20 上班 春节调休 / Spring Festival (worked)\n");

		assertThat(loaded).hasStatus(302).hasRedirectedUrl("/admin/calendar?year=2027");
		assertThat(calendar.provisionalYears()).isEmpty();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-20"))).isTrue();
		assertThat(admin.page("/admin/calendar?year=2027").text()).contains("已载入 2027 年的节假日安排", "春节调休")
			.doesNotContain("尚未载入");
	}

	@Test
	void aLineThatCannotBeReadIsShownWithItsNumberAndNothingIsLoaded() {
		admin.page("/admin/calendar/new");

		WebPage refused = WebPage.of(admin.post("/admin/calendar/new?year=2027", "source", "通知", "publishedOn",
				"2026-11-20", "days", "2027-01-01 放假 元旦\n2027-02-30 放假 春节"));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("第 2 行“2027-02-30 放假 春节”无法识别");
		assertThat(refused.html()).contains("id=\"days-error\"");
		assertThat(calendar.provisionalYears()).containsExactly(Year.of(2027));

		WebPage noSource = WebPage.of(admin.post("/admin/calendar/new?year=2027", "source", " ", "publishedOn",
				"20.11.", "days", "2027-01-01 放假 元旦"));
		assertThat(noSource.html()).contains("id=\"source-error\"", "id=\"publishedOn-error\"");
		assertThat(admin.get("/admin/calendar/new?year=2026")).hasStatus(404);
	}

	@Test
	void aSystemAdministratorSeesTheHolidaysAndAdjustedWorkingDaysOfALoadedYear() {
		WebPage page = admin.page("/admin/calendar?year=2026");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("2026 年工作日历", "2026-10-01", nationalDayName, "调休上班日", "2025");
	}

	@Test
	void aDeclaredHolidayIsARestDayAtOnce() {
		admin.page("/admin/calendar");

		MvcTestResult declared = admin.post("/admin/calendar", "kind", "HOLIDAY", "date", TUESDAY.toString(), "name",
				"测试纪念日", "nameEn", "Test memorial day");

		assertThat(declared).hasStatus(302).hasRedirectedUrl("/admin/calendar?year=2026");
		assertThat(admin.page("/admin/calendar?year=2026").text()).contains("已登记 2026年3月10日", "测试纪念日");
		assertThat(calendar.day(TUESDAY).kind()).isEqualTo(DayKind.HOLIDAY);
		assertThat(jdbc
			.sql("select action || ' ' || detail || ' ' || client_address from supervision_audit_record"
					+ " where object_type = 'calendar' and object_id = '2026' order by seq_no desc limit 1")
			.query(String.class)
			.single()).isEqualTo("calendar.change declare 2026-03-10 HOLIDAY " + admin.address());
	}

	@Test
	void anAdjustedWorkingDayIsAWorkingDayAtOnce() {
		admin.page("/admin/calendar");

		admin.post("/admin/calendar", "kind", "ADJUSTED_WORKING_DAY", "date", SATURDAY.toString(), "name", "测试调休");

		assertThat(calendar.isWorkingDay(SATURDAY)).isTrue();
	}

	@Test
	void aRemovedHolidayIsAnOrdinaryDayAgain() {
		admin.page("/admin/calendar?year=2026");

		admin.post("/admin/calendar/remove", "date", NATIONAL_DAY.toString());

		assertThat(calendar.isWorkingDay(NATIONAL_DAY)).as("a Thursday").isTrue();
		assertThat(admin.page("/admin/calendar?year=2026").text()).contains("已删除 2026年10月1日");
		assertThat(jdbc
			.sql("select action || ' ' || detail from supervision_audit_record"
					+ " where object_type = 'calendar' and object_id = '2026' order by seq_no desc limit 1")
			.query(String.class)
			.single()).isEqualTo("calendar.change remove 2026-10-01");
	}

	@Test
	void whatTheCalendarRefusesIsShownNextToTheField() {
		admin.page("/admin/calendar");

		WebPage weekday = WebPage.of(admin.post("/admin/calendar", "kind", "ADJUSTED_WORKING_DAY", "date",
				TUESDAY.toString(), "name", "测试调休"));
		WebPage nameless = WebPage
			.of(admin.post("/admin/calendar", "kind", "HOLIDAY", "date", TUESDAY.toString(), "name", " "));
		WebPage notADate = WebPage
			.of(admin.post("/admin/calendar", "kind", "HOLIDAY", "date", "10/03/2026", "name", "测试纪念日"));
		WebPage notLoaded = WebPage
			.of(admin.post("/admin/calendar", "kind", "HOLIDAY", "date", "2031-05-01", "name", "测试纪念日"));

		assertThat(weekday.html()).contains("id=\"date-error\"");
		assertThat(weekday.text()).contains("只有周末才能调休上班");
		assertThat(nameless.html()).contains("id=\"name-error\"");
		assertThat(notADate.text()).contains("请按“年-月-日”填写日期");
		assertThat(notLoaded.html()).contains("id=\"date-error\"");
		assertThat(calendar.isWorkingDay(TUESDAY)).isTrue();
	}

	@Test
	void onlyASystemAdministratorEditsTheCalendar() {
		assertThat(mvc.get().uri("/admin/calendar").exchange().getResponse().getRedirectedUrl()).endsWith("/login");
		var departmentAdmin = new Visitor(mvc);
		departmentAdmin.logIn(staff(Role.DEPARTMENT_ADMIN, "SCJGJ"));
		departmentAdmin.page("/admin");

		assertThat(departmentAdmin.get("/admin/calendar")).hasStatus(403);
		assertThat(departmentAdmin.post("/admin/calendar/remove", "date", NATIONAL_DAY.toString())).hasStatus(403);
		assertThat(calendar.isWorkingDay(NATIONAL_DAY)).isFalse();
	}

	@Test
	void aChangeWithoutTheCsrfTokenIsRefused() {
		assertThat(mvc.post().uri("/admin/calendar/remove").param("date", NATIONAL_DAY.toString())).hasStatus(403);
		assertThat(calendar.isWorkingDay(NATIONAL_DAY)).isFalse();
	}

	private EnrolledStaff staff(Role role, String department) {
		return EnrolledStaff.create(accounts, secondFactor, clock, DepartmentRole.of(role, department));
	}

}
