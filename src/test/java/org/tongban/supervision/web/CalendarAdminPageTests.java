package org.tongban.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.tongban.supervision.calendar.CalendarChanged;
import org.tongban.support.WebPage;

/**
 * R8.1: the working-day calendar is editable by a system administrator at /admin/calendar, who sees a loaded year's
 * holidays and adjusted working days, lists a date or removes one, and is told next to the field what cannot be
 * done. Nobody else may. Each test puts the official 2025 and 2026 arrangements back.
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
	Clock clock;

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
		assertThat(admin.page("/admin/calendar?year=2026").text()).contains("已登记 2026-03-10", "测试纪念日");
		assertThat(calendar.day(TUESDAY).kind()).isEqualTo(DayKind.HOLIDAY);
		assertThat(jdbc.sql("select action || ' ' || detail || ' ' || client_address from identity_admin_event"
				+ " where action like 'CALENDAR%' order by id desc limit 1")
			.query(String.class)
			.single()).isEqualTo("CALENDAR_DECLARE 2026-03-10 HOLIDAY " + admin.address());
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
		assertThat(admin.page("/admin/calendar?year=2026").text()).contains("已删除 2026-10-01");
		assertThat(jdbc.sql("select action || ' ' || detail from identity_admin_event"
				+ " where action like 'CALENDAR%' order by id desc limit 1")
			.query(String.class)
			.single()).isEqualTo("CALENDAR_REMOVE 2026-10-01");
	}

	@Test
	void whatTheCalendarRefusesIsShownNextToTheField() {
		admin.page("/admin/calendar");

		WebPage weekday = WebPage.of(admin.post("/admin/calendar", "kind", "ADJUSTED_WORKING_DAY", "date",
				TUESDAY.toString(), "name", "测试调休"));
		WebPage nameless = WebPage.of(admin.post("/admin/calendar", "kind", "HOLIDAY", "date", TUESDAY.toString(),
				"name", " "));
		WebPage notADate = WebPage.of(admin.post("/admin/calendar", "kind", "HOLIDAY", "date", "10/03/2026", "name",
				"测试纪念日"));
		WebPage notLoaded = WebPage.of(admin.post("/admin/calendar", "kind", "HOLIDAY", "date", "2031-05-01",
				"name", "测试纪念日"));

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
