package org.tongban.statistics.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.Channel;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.statistics.readmodel.CaseEvents;
import org.tongban.statistics.readmodel.StatisticsEvents;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.TestClock;

/**
 * R9.5, R9.6, R13.1: on a phone, anyone reads the open data page without logging in, and
 * the system administrator reads the sharing metrics of a period and is told what is
 * wrong with a period that is not one; every page passes axe-core's WCAG 2.1 AA rules and
 * none scrolls sideways.
 */
@BrowserTest
class OpenDataInBrowserTests {

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatisticsEvents listener;

	@Autowired
	TransactionTemplate transactions;

	/**
	 * Five applications of a test matter received and granted on time in September 2026.
	 */
	@BeforeEach
	void fiveApplicationsGranted() {
		clock.set(LocalDateTime.parse("2026-10-12T10:00"));
		var events = new CaseEvents(listener, transactions);
		for (int i = 0; i < 5; i++) {
			String number = "TB" + UUID.randomUUID().toString().substring(0, 8);
			UUID id = events.submit(number, "ODBTEST", "ODB-M1", Channel.ONLINE, AccountKind.NATURAL_PERSON,
					"2026-09-0" + (i + 1) + "T10:00", 1, 0, 0);
			events.end(id, number, ApplicationStatus.GRANTED, "2026-09-20T16:00", false, "2026-09-20", 10);
		}
	}

	/** A minute between classes' log-ins from 127.0.0.1, as the other browser tests. */
	@AfterEach
	void takeBack() {
		jdbc.sql("delete from statistics_daily where department_code = 'ODBTEST'").update();
		jdbc.sql("delete from statistics_case where department_code = 'ODBTEST'").update();
		clock.reset();
		clock.advance(Duration.ofMinutes(1));
	}

	@Test
	void anyoneReadsTheOpenDataAndTheSystemAdminTheSharingMetricsOnAPhone(Browser browser) {
		browser.resize(Browser.PHONE);
		browser.open("/open-data");
		assertThat(browser.find("main").getText()).contains("政务公开数据", "/api/v1/open-data/applications",
				"2026-09 ODBTEST 5 5 5 100 0");
		assertPageIsAccessible(browser);

		browser.open("/open-data?lang=en");
		assertThat(browser.find("main").getText()).contains("Open data", "singled out");
		assertPageIsAccessible(browser);

		// The language chosen stays for the session.
		logIn(browser, DepartmentRole.of(Role.SYSTEM_ADMIN, "ZWFWJ"));
		browser.open("/admin/sharing-metrics?from=2026-01-01&to=2026-10-12");
		assertThat(browser.find("main").getText()).contains("Data sharing metrics", "GAJ", "SCJGJ");
		assertPageIsAccessible(browser);

		browser.open("/admin/sharing-metrics?from=2026-10-12&to=2026-01-01");
		assertThat(browser.find("main").getText()).contains("The end date cannot be before the start date.");
		assertPageIsAccessible(browser);
	}

	private void logIn(Browser browser, DepartmentRole role) {
		EnrolledStaff staff = EnrolledStaff.create(accounts, secondFactor, clock, role);
		browser.open("/login");
		browser.find("#username").sendKeys(staff.accountName());
		browser.find("#password").sendKeys(TestAccounts.PASSWORD);
		browser.clickThrough("form[action='/login'] button[type=submit]");
		browser.find("#code").sendKeys(staff.authenticator().code());
		browser.clickThrough("form[action='/login/second-factor'] button[type=submit]");
	}

	private static void assertPageIsAccessible(Browser browser) {
		assertThat(browser.scrollsSideways()).isFalse();
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

}
