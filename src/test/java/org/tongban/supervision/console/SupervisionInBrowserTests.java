package org.tongban.supervision.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.Role;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.shared.LocalizedText;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.StartedClocks;
import org.tongban.supervision.warning.WarningScans;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.TestClock;

/**
 * R8.3, R8.5, R13.1: on a phone, the supervisor reads the console (its charts' tables,
 * the warned cases, a period's on-time rate and overdue report) and the accountability
 * record of a case gone red, and the department's approver finds the record to answer;
 * every page passes axe-core's WCAG 2.1 AA rules and none scrolls sideways. One case of a
 * test department is received Monday 2026-09-28 with 3 working days, due 10-08 after
 * National Day, and is red on 10-09.
 */
@BrowserTest
class SupervisionInBrowserTests {

	/** A department of the catalogue: staff are only made in one. */
	static final String DEPARTMENT = "SCJGJ";

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	TestClock clock;

	@Autowired
	CaseClocks clocks;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	final StartedClocks started = new StartedClocks();

	String number;

	/** The accountability record the red warning opened. */
	UUID record;

	@BeforeEach
	void aCaseGoneRed() {
		clock.set(LocalDateTime.parse("2026-09-28T10:00"));
		UUID caseId = started.add(UUID.randomUUID());
		number = "TB" + caseId.toString().substring(0, 8);
		clocks.start(caseId, number, at("2026-09-28T10:00"), LocalDate.parse("2026-09-29"), 3, 3, false);
		clocks.describe(caseId, DEPARTMENT, "SCJGJ-TEST-M1", LocalizedText.of("浏览器测试事项", "Browser test matter"));
		clock.set(LocalDateTime.parse("2026-10-09T09:00"));
		WarningScans.scan(context);
		record = jdbc.sql("select id from supervision_accountability where case_id = :caseId")
			.param("caseId", caseId)
			.query(UUID.class)
			.single();
		clock.set(LocalDateTime.parse("2026-10-09T10:00"));
	}

	/** A minute between classes' log-ins from 127.0.0.1, as the other browser tests. */
	@AfterEach
	void takeBack() {
		started.takeBack(jdbc, transaction);
		clock.reset();
		clock.advance(Duration.ofMinutes(1));
	}

	@Test
	void theSupervisorReadsTheConsoleAndTheAccountabilityRecordOnAPhone(Browser browser) {
		logIn(browser, DepartmentRole.of(Role.SUPERVISOR, "ZWFWJ"));

		browser.open("/supervision?from=2026-09-01&to=2026-10-31");
		assertThat(browser.find("main").getText()).contains(number, "浏览器测试事项");
		assertPageIsAccessible(browser);

		browser.open("/supervision?from=2026-10-31&to=2026-09-01");
		assertThat(browser.find("main").getText()).contains("不能早于");
		assertPageIsAccessible(browser);

		browser.open("/supervision/accountability");
		assertThat(browser.find("main").getText()).contains(number);
		assertPageIsAccessible(browser);

		browser.open("/supervision/accountability/" + record);
		assertThat(browser.find("main").getText()).contains(number);
		assertPageIsAccessible(browser);

		browser.open("/supervision/cases/" + number);
		assertThat(browser.find("main").getText()).contains(number);
		assertPageIsAccessible(browser);
	}

	@Test
	void theDepartmentsApproverFindsTheRecordToAnswerOnAPhone(Browser browser) {
		logIn(browser, DepartmentRole.of(Role.APPROVER, DEPARTMENT));

		browser.open("/staff/accountability");
		assertThat(browser.find("main").getText()).contains(number);
		assertPageIsAccessible(browser);

		browser.open("/staff/accountability/" + record);
		assertThat(browser.find("main").getText()).contains(number);
		assertThat(browser.find("main form textarea")).isNotNull();
		assertPageIsAccessible(browser);
	}

	private void logIn(Browser browser, DepartmentRole role) {
		EnrolledStaff staff = EnrolledStaff.create(accounts, secondFactor, clock, role);
		browser.resize(Browser.PHONE);
		staff.logIn(browser);
	}

	private static void assertPageIsAccessible(Browser browser) {
		assertThat(browser.scrollsSideways()).isFalse();
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

	private static Instant at(String cityTime) {
		return LocalDateTime.parse(cityTime).atZone(TestClock.CITY).toInstant();
	}

}
