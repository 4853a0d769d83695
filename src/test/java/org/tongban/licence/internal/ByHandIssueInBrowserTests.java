package org.tongban.licence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.tongban.application.Application;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CaseFiles;
import org.tongban.application.Drafts;
import org.tongban.application.Submissions;
import org.tongban.approval.CaseEnded;
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.licence.support.FilingApplications;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.TestClock;

/**
 * R6.3, R15.5, R13.1 in a real browser: the department's approver finds the licence to
 * issue by hand, checks it, is told to confirm, and issues it. Every page passes axe.
 */
@BrowserTest
class ByHandIssueInBrowserTests {

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	Drafts drafts;

	@Autowired
	ApplicationMaterials materials;

	@Autowired
	Submissions submissions;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	MatterCatalog catalog;

	@Autowired
	JdbcAggregateTemplate aggregates;

	@Autowired
	LicenceIssues issues;

	@Autowired
	Licences licences;

	@Autowired
	TestClock clock;

	/** Log-ins from 127.0.0.1 are limited a minute (R12.4), as in the other classes. */
	@BeforeEach
	@AfterEach
	void letAMinutePass() {
		clock.advance(Duration.ofMinutes(1));
	}

	@Test
	@DisplayName("R6.3, R15.5, R13.1: the approver lists, checks, confirms and issues a licence by hand: every page passes axe")
	void theApproverIssuesALicenceByHand(Browser browser) {
		FilingApplications.byHandCopy(aggregates, catalog, ByHandIssueTests.BY_HAND);
		Application application = new FilingApplications(drafts, materials, submissions, caseFiles)
			.submitted(new TestAccounts(accounts).person().actor(), ByHandIssueTests.BY_HAND);
		String number = application.receipt().orElseThrow().number();
		Instant at = clock.instant();
		caseFiles.accepted(application.id(), at);
		caseFiles.finish(application.id(), ApplicationStatus.GRANTED, at);
		issues.await(new CaseEnded(application.id(), number, ApplicationStatus.GRANTED, at));

		EnrolledStaff approver = EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.APPROVER, "YBJ"));
		browser.open("/login");
		browser.find("#username").sendKeys(approver.accountName());
		browser.find("#password").sendKeys(TestAccounts.PASSWORD);
		browser.clickThrough("form[action='/login'] button[type=submit]");
		browser.find("#code").sendKeys(approver.authenticator().code());
		browser.clickThrough("form[action='/login/second-factor'] button[type=submit]");
		for (String language : new String[] { "en", "zh" }) {
			browser.open("/staff/licence-issues?lang=" + language);
			assertThat(browser.find("main").getText()).contains(number);
			assertThat(browser.accessibilityViolations()).as(language).isEmpty();
		}
		browser.clickThrough("main a[href='/staff/licence-issues/" + number + "']");
		assertThat(browser.find("main").getText()).contains("异地就医备案凭证", "我已核对以上内容，确认发放");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.find(".error-summary").getText()).contains("发放前请核对证照内容，并勾选确认。");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.find("input[name=confirmed] ~ label").click();
		browser.clickThrough("main form button[type=submit]");
		String id = licences.ofCase(application.id()).orElseThrow().id();
		assertThat(browser.find("main").getText()).contains("证照已发放", id);
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

}
