package org.tongban.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.shared.audit.AuditEntry;
import org.tongban.shared.audit.AuditOutcome;
import org.tongban.shared.audit.AuditTrail;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.TestClock;

/**
 * R8.4, R13.1: on a phone the auditor searches the audit trail with a plain form, reads
 * each record as a card without scrolling sideways, is told next to the field what is
 * wrong, and verifies the trail; every page passes axe-core's WCAG 2.1 AA rules.
 */
@BrowserTest
class AuditConsoleInBrowserTests {

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	TestClock clock;

	@Autowired
	AuditTrail trail;

	@Autowired
	TransactionTemplate transaction;

	/** A minute between classes' log-ins from 127.0.0.1, as CasePagesInBrowserTests. */
	@BeforeEach
	@AfterEach
	void letAMinutePass() {
		clock.advance(Duration.ofMinutes(1));
	}

	@Test
	void theAuditorSearchesAndVerifiesOnAPhone(Browser browser) {
		String number = "TB2026" + (10_000_000 + Math.floorMod(UUID.randomUUID().hashCode(), 89_999_999));
		transaction.executeWithoutResult(status -> trail.record(new AuditEntry(
				LocalDateTime.parse("2026-11-26T09:30:00").atZone(TestClock.CITY).toInstant(), UUID.randomUUID(),
				"REVIEWER,APPROVER", "SCJGJ", "2001:db8:85a3::8a2e:370:7334", "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
				"case.decide", "case", number, AuditOutcome.FAILURE, "approval.duty.separated")));
		EnrolledStaff auditor = EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.AUDITOR, "ZWFWJ"));
		browser.resize(Browser.PHONE);
		browser.open("/login");
		browser.find("#username").sendKeys(auditor.accountName());
		browser.find("#password").sendKeys(TestAccounts.PASSWORD);
		browser.clickThrough("form[action='/login'] button[type=submit]");
		browser.find("#code").sendKeys(auditor.authenticator().code());
		browser.clickThrough("form[action='/login/second-factor'] button[type=submit]");

		browser.open("/audit");
		browser.find("#q").sendKeys(number);
		browser.clickThrough(".queue-filters .button");

		assertThat(browser.currentPath()).startsWith("/audit?q=" + number);
		assertThat(browser.find(".queue tbody").getText()).contains("case.decide", "approval.duty.separated",
				"2026-11-26 09:30:00");
		assertThat(browser.scrollsSideways()).isFalse();
		assertThat(browser.accessibilityViolations()).isEmpty();

		browser.find("#from").sendKeys("2026-02-30");
		browser.clickThrough(".queue-filters .button");
		assertThat(browser.find("#from-error").getText()).contains("请按“年-月-日”填写日期");
		assertThat(browser.scrollsSideways()).isFalse();
		assertThat(browser.accessibilityViolations()).isEmpty();

		browser.open("/audit/verification");
		browser.clickThrough("main form .button");
		assertThat(browser.find("main").getText()).containsAnyOf("审计日志完整", "审计日志已被篡改或损坏");
		assertThat(browser.scrollsSideways()).isFalse();
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

}
