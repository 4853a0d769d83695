package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.approval.CaseFixtures.Submitted;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.storage.SampleFiles;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.TestClock;

/**
 * R4.3, R15.6 as a newcomer meets them, in Chinese and in English, without JavaScript on
 * the pages, each page passing axe: the clerk accepts with a gap and a supply day from
 * the case page, the applicant sees the gap and its day on their application and supplies
 * it there, and the case page shows it supplied.
 */
@BrowserTest
class AcceptanceWithGapsInBrowserTests {

	@Autowired
	CaseFixtures cases;

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	TestClock clock;

	@TempDir
	Path files;

	/**
	 * Every browser test logs in from 127.0.0.1, whose log-in attempts are limited a
	 * minute (R12.4): a minute passes before and after this class's log-ins.
	 */
	@BeforeEach
	@AfterEach
	void letAMinutePass() {
		clock.advance(Duration.ofMinutes(1));
	}

	@Test
	@DisplayName("R4.3: the clerk accepts with a gap and a day, and the applicant supplies it on their application")
	void aClerkAcceptsWithAGapAndTheApplicantSuppliesIt(Browser browser) throws IOException {
		String matter = cases.matterWithGaps(40);
		Submitted submitted = cases.standard(matter, CaseFixtures.TEST_DEPARTMENT, "M01");
		String casePath = "/staff/cases/" + submitted.number();
		EnrolledStaff clerk = EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.WINDOW_CLERK, CaseFixtures.TEST_DEPARTMENT));
		logIn(browser, clerk.accountName());
		browser.find("#code").sendKeys(clerk.authenticator().code());
		browser.clickThrough("form[action='/login/second-factor'] button[type=submit]");

		browser.open(casePath);
		browser.clickThrough("a[href^='" + casePath + "/accept-with-gaps']");
		assertThat(browser.find("main").getText()).contains("容缺受理", "经营场所平面图").doesNotContain("营业执照");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.open(casePath + "/accept-with-gaps?lang=en");
		assertThat(browser.find("main").getText()).contains("Accept with gaps", "Site plan");
		assertThat(browser.accessibilityViolations()).isEmpty();

		// Beyond 20 working days after acceptance: refused with the latest day allowed.
		browser.find("input[name='gaps'][value='M02']").click();
		setDate(browser, "2026-12-31");
		browser.clickThrough("form[action='" + casePath + "/accept-with-gaps'] button[type=submit]");
		assertThat(browser.find(".error-summary").getText()).contains("25 December 2026");
		assertThat(browser.accessibilityViolations()).isEmpty();

		browser.open(casePath + "/accept-with-gaps?lang=zh");
		browser.find("input[name='gaps'][value='M02']").click();
		setDate(browser, "2026-12-11");
		browser.clickThrough("form[action='" + casePath + "/accept-with-gaps'] button[type=submit]");
		assertThat(browser.currentPath()).isEqualTo(casePath);
		assertThat(browser.find("#gaps").getText()).contains("经营场所平面图", "待补交");
		browser.clickThrough(".header__logout button");

		logIn(browser, submitted.logInName());
		String applicationPath = "/my/applications/" + submitted.number();
		browser.open(applicationPath);
		assertThat(browser.find("#gaps").getText()).contains("经营场所平面图", "2026年12月11日");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.open(applicationPath + "?lang=en");
		assertThat(browser.find("#gaps").getText()).contains("Site plan", "Supply by");
		assertThat(browser.accessibilityViolations()).isEmpty();
		Path file = Files.write(files.resolve("site-plan.pdf"), SampleFiles.pdf("site plan"));
		browser.find("#gap-M02 input[type=file]").sendKeys(file.toAbsolutePath().toString());
		browser.clickThrough("#gap-M02 form button[type=submit]");
		assertThat(browser.find("#gaps").getText()).contains("Supplied");
		assertThat(browser.accessibilityViolations()).isEmpty();
		assertThat(browser.scrollsSideways()).isFalse();
	}

	private static void logIn(Browser browser, String username) {
		browser.open("/login");
		browser.find("#username").sendKeys(username);
		browser.find("#password").sendKeys(TestAccounts.PASSWORD);
		browser.clickThrough("form[action='/login'] button[type=submit]");
	}

	/**
	 * A date input types in the browser's locale; its value is the ISO date that the form
	 * sends.
	 */
	private static void setDate(Browser browser, String day) {
		browser.driver().executeScript("arguments[0].value = arguments[1];", browser.find("#supplyBy"), day);
	}

}
