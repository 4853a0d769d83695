package org.tongban.statistics.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.Channel;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.statistics.readmodel.CaseEvents;
import org.tongban.statistics.readmodel.StatisticsEvents;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.TestClock;

/**
 * R11.3: a supervisor reads the statistics console on a phone, each table with its chart
 * drawn from it, filters it, and is told what is wrong with a period that is not one;
 * every page passes axe-core's WCAG 2.1 AA rules and does not scroll sideways.
 */
@BrowserTest
class StatisticsConsoleInBrowserTests {

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	TestClock clock;

	@Autowired
	StatisticsEvents listener;

	@Autowired
	TransactionTemplate transactions;

	/** A minute between classes' log-ins from 127.0.0.1, as the other browser tests. */
	@AfterEach
	void nextMinute() {
		clock.reset();
		clock.advance(Duration.ofMinutes(1));
	}

	@Test
	void aSupervisorReadsTheTablesAndTheirChartsOnAPhone(Browser browser) {
		String department = "BR" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		var events = new CaseEvents(listener, transactions);
		UUID id = events.submit(department + "-1", department, "A", Channel.ONLINE, AccountKind.NATURAL_PERSON,
				"2026-11-02T09:00", 1, 1, 1);
		events.end(id, department + "-1", ApplicationStatus.GRANTED, "2026-11-04T09:00", false, "2026-11-20", 3);

		browser.resize(Browser.PHONE);
		EnrolledStaff staff = EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.SUPERVISOR, "ZWFWJ"));
		browser.open("/login");
		browser.find("#username").sendKeys(staff.accountName());
		browser.find("#password").sendKeys(TestAccounts.PASSWORD);
		browser.clickThrough("form[action='/login'] button[type=submit]");
		browser.find("#code").sendKeys(staff.authenticator().code());
		browser.clickThrough("form[action='/login/second-factor'] button[type=submit]");

		browser.open("/statistics?from=2026-11-01&to=2026-11-27&grain=month&department=" + department);
		assertThat(browser.find("main").getText()).contains("统计分析", department + " 1 1 100 0 0 0 —", "2026-11 1 0 1");
		assertThat(browser.findAll("div.chart canvas")).as("the charts drawn").isNotEmpty();
		assertPageIsAccessible(browser);

		browser.open("/statistics?from=2026-11-27&to=2026-11-01");
		assertThat(browser.find("main").getText()).contains("截止日期不能早于起始日期。");
		assertPageIsAccessible(browser);
	}

	private static void assertPageIsAccessible(Browser browser) {
		assertThat(browser.scrollsSideways()).isFalse();
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

}
