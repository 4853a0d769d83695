package org.tongban.participation.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.approval.CaseFixtures;
import org.tongban.approval.Decision;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.participation.Satisfaction;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.TestClock;

/**
 * R15.8, R13.1 in a real browser: the applicant rates their finished case from its page,
 * once, with a level, a reason ticked and a comment; a level missing is told; every page
 * passes axe.
 */
@BrowserTest
class RatingInBrowserTests {

	@Autowired
	CaseFixtures cases;

	@Autowired
	RatingStore store;

	@Autowired
	TestClock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

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
	@DisplayName("R15.8, R13.1: the applicant rates their granted case once from its page: every page passes axe")
	void theApplicantRatesTheirFinishedCase(Browser browser) {
		CaseFixtures.Submitted submitted = cases.standard();
		cases.decideFromAcceptance(submitted.number(), "SCJGJ", Decision.GRANT);
		await().alias("the rating of " + submitted.number() + " is due")
			.atMost(Duration.ofSeconds(30))
			.until(() -> store.byNumber(submitted.number()).isPresent());
		logIn(browser, submitted.logInName());

		browser.open("/my/applications/" + submitted.number());
		browser.clickThrough("#rating a");
		assertThat(browser.find("h1").getText()).contains("评价", submitted.number());
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.find(".error-summary").getText()).contains("请选择满意程度。");
		assertThat(browser.accessibilityViolations()).isEmpty();

		browser.find("input[name=satisfaction][value=SATISFIED] + label").click();
		browser.find("input[name=reasons][value=FAST] + label").click();
		browser.find("#comment").sendKeys("<b>很快</b>");
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.find("main").getText()).contains("感谢您的评价", submitted.number(), "满意", "办理快捷", "<b>很快</b>");
		assertThat(browser.accessibilityViolations()).isEmpty();
		assertThat(store.byNumber(submitted.number()).orElseThrow().satisfaction()).isEqualTo(Satisfaction.SATISFIED);
		assertThat(browser.findAll("main form")).as("rated once: no form any more").isEmpty();
		browser.open("/my/applications/" + submitted.number() + "/rating?lang=en");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.open("/my/applications/" + submitted.number() + "/rating?lang=zh");
	}

	@Test
	@DisplayName("R16.3, R13.1: a supervisor reads the rankings of departments and matters of a period; a day mistyped is told: every page passes axe")
	void aSupervisorReadsTheRankings(Browser browser) {
		EnrolledStaff supervisor = EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.SUPERVISOR, "ZWFWJ"));
		logIn(browser, supervisor.accountName());
		browser.find("#code").sendKeys(supervisor.authenticator().code());
		browser.clickThrough("form[action='/login/second-factor'] button[type=submit]");

		for (String language : new String[] { "en", "zh" }) {
			browser.open("/supervision/ratings?from=2026-01-01&to=2026-12-31&lang=" + language);
			assertThat(browser.findAll("main h2")).hasSize(2);
			assertThat(browser.accessibilityViolations()).as(language).isEmpty();
		}
		browser.open("/supervision/ratings?from=2026-13-01");
		assertThat(browser.find(".error-summary").getText()).contains("请按“年-月-日”输入日期");
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

	private static void logIn(Browser browser, String username) {
		browser.open("/login");
		browser.find("#username").sendKeys(username);
		browser.find("#password").sendKeys(TestAccounts.PASSWORD);
		browser.clickThrough("form[action='/login'] button[type=submit]");
	}

}
