package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.identity.Accounts;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.accounts.AccountDirectory;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.TestClock;

/**
 * R16.1, R15.10, R13 in a real browser, without JavaScript of its own: on a phone, the
 * preview of the evidence the government holds passes axe and fits the screen, in Chinese
 * and English, and confirming it marks it confirmed.
 */
@BrowserTest
class SharedEvidenceInBrowserTests {

	@Autowired
	Accounts accounts;

	@Autowired
	AccountDirectory directory;

	@Autowired
	Drafts drafts;

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
	@DisplayName("R16.1, R15.10: the preview of shared evidence passes axe, fits a phone and is confirmed in one click")
	void thePreviewIsAccessibleOnAPhone(Browser browser) {
		TestAccounts.Person zhang = new TestAccounts(accounts).registryPerson("张伟", "210202198503120311", directory);
		Application draft = drafts.start(zhang.actor(), SharedEvidenceTests.TEACHER);
		browser.resize(Browser.PHONE);
		browser.open("/login");
		browser.find("#username").sendKeys(zhang.mobile().value());
		// The browser's platform runs the demo, whose accounts of the registry's people
		// have the demo password (identity.demo.DemoAccounts, in the README).
		browser.find("#password").sendKeys("Tongban#2026");
		browser.clickThrough("form[action='/login'] button[type=submit]");

		String materials = "/apply/drafts/" + draft.id() + "/materials";
		for (String path : new String[] { materials + "?lang=en", materials + "?lang=zh" }) {
			browser.open(path);
			assertThat(browser.accessibilityViolations()).as(path).isEmpty();
			assertThat(browser.scrollsSideways()).as(path).isFalse();
		}
		assertThat(browser.find("#material-M01").getText()).contains("张伟", "公安局人口基础信息库");
		browser.clickThrough("form[action='" + materials + "/M01/shared/confirm'] button[type=submit]");
		assertThat(browser.find("#material-M01").getText()).contains("已确认使用");
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

}
