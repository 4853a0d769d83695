package org.tongban.licence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.CaseFiles;
import org.tongban.application.Drafts;
import org.tongban.application.Submissions;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.licence.LicenceStatus;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.TestClock;

/**
 * R15.5, R13: on a phone the department's approver finds a licence, revokes it on its own
 * page with reasons and legal basis, is told at the field what is missing, checks the
 * answers and confirms; every page passes axe and fits the screen, and the public
 * verification then says revoked.
 */
@BrowserTest
class LicenceLifeCycleInBrowserTests {

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
	LicenceIssuer issuer;

	@Autowired
	Licences licences;

	@Autowired
	TestClock clock;

	/** A minute between classes' log-ins from 127.0.0.1, as CasePagesInBrowserTests. */
	@BeforeEach
	@AfterEach
	void letAMinutePass() {
		clock.advance(Duration.ofMinutes(1));
	}

	@Test
	@DisplayName("R15.5: the approver revokes a licence on a phone: search, licence page, form with its errors, answers to check, confirmation; each page passes axe")
	void theApproverRevokesALicenceOnAPhone(Browser browser) {
		LicenceRecord licence = LicenceLifeCycleTests.issue(new TestAccounts(accounts).person().actor(), drafts,
				materials, submissions, caseFiles, issuer, licences, clock);
		EnrolledStaff approver = EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.APPROVER, "YBJ"));
		browser.resize(Browser.PHONE);
		browser.open("/login");
		browser.find("#username").sendKeys(approver.accountName());
		browser.find("#password").sendKeys(TestAccounts.PASSWORD);
		browser.clickThrough("form[action='/login'] button[type=submit]");
		browser.find("#code").sendKeys(approver.authenticator().code());
		browser.clickThrough("form[action='/login/second-factor'] button[type=submit]");

		browser.open("/staff/licences");
		browser.find("#q").sendKeys(licence.caseNumber());
		browser.clickThrough("main form .button");
		assertThat(browser.find(".queue tbody").getText()).contains(licence.id());
		accessible(browser);

		browser.clickThrough(".queue tbody a");
		assertThat(browser.currentPath()).isEqualTo("/staff/licences/" + licence.id());
		accessible(browser);

		browser.clickThrough("a[href$='/revoke']");
		assertThat(browser.find("main").getText()).as(browser.currentPath()).contains("撤销证照");
		accessible(browser);
		browser.find("#reasons").sendKeys("以欺骗手段取得许可");
		browser.clickThrough("main form .button");
		assertThat(browser.find("#legalBasis-error").getText()).contains("请填写法律依据");
		accessible(browser);

		browser.find("#legalBasis").sendKeys(LicenceLifeCycleTests.BASIS);
		browser.clickThrough("main form .button");
		assertThat(browser.find("main").getText()).contains("请核对", LicenceLifeCycleTests.BASIS);
		accessible(browser);

		browser.clickThrough("#confirm");
		assertThat(browser.find(".banner--success").getText()).contains("证照已撤销");
		accessible(browser);
		assertThat(licences.check(licence.id()).status()).isEqualTo(LicenceStatus.REVOKED);

		browser.open("/verify/" + licence.id());
		assertThat(browser.find("main").getText()).contains("已撤销", LicenceLifeCycleTests.BASIS);
		accessible(browser);
	}

	private static void accessible(Browser browser) {
		assertThat(browser.accessibilityViolations()).as(browser.currentPath()).isEmpty();
		assertThat(browser.scrollsSideways()).as(browser.currentPath()).isFalse();
	}

}
