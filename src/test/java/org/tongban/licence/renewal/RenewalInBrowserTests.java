package org.tongban.licence.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.application.Application;
import org.tongban.application.FoodLicenceApplications;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.application.Submissions;
import org.tongban.identity.TestAccounts;
import org.tongban.licence.internal.LicenceFixtures;
import org.tongban.licence.internal.LicenceRecord;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.TestClock;

/**
 * R15.5, R13 in a real browser: the page the renewal reminder links to names the licence
 * and its expiry, on a phone in Chinese and English, and its button starts the renewal,
 * whose check page shows the answers filled in from the licence's application. Every page
 * passes axe.
 */
@BrowserTest
class RenewalInBrowserTests {

	@Autowired
	FoodLicenceApplications food;

	@Autowired
	Submissions submissions;

	@Autowired
	LicenceFixtures licences;

	@Autowired
	TestClock clock;

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
	@DisplayName("R15.5, R13.1: the renewal page fits a phone and passes axe in both languages; its button starts the renewal, filled in")
	void theHolderRenewsFromTheReminderLink(Browser browser) {
		Restaurant restaurant = food.restaurant();
		Application draft = food.completeDraft(restaurant);
		String number = submissions.submit(restaurant.enterprise(), draft.id(), UUID.randomUUID().toString()).number();
		LicenceRecord licence = licences.issue(draft.id(), number);
		String page = "/my/licences/" + licence.id() + "/renewal";
		browser.open("/login");
		browser.find("#username").sendKeys(restaurant.creditCode().value());
		browser.find("#password").sendKeys(TestAccounts.PASSWORD);
		browser.clickThrough("form[action='/login'] button[type=submit]");

		browser.resize(Browser.PHONE);
		for (String language : new String[] { "en", "zh" }) {
			browser.open(page + "?lang=" + language);
			assertThat(browser.accessibilityViolations()).as(language).isEmpty();
			assertThat(browser.scrollsSideways()).as(language).isFalse();
		}
		assertThat(browser.find("main").getText()).contains(licence.id(), "2031年11月26日");
		browser.clickThrough("#renewal-start");
		assertThat(browser.currentPath()).matches("/apply/drafts/[0-9a-f-]{36}");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.open(browser.currentPath() + "/check");
		assertThat(browser.find("main").getText()).contains("D市中山区人民路88号", "王小红");
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

}
