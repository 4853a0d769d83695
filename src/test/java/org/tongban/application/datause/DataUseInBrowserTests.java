package org.tongban.application.datause;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.exchange.AccessPurpose;
import org.tongban.exchange.Registry;
import org.tongban.exchange.RegistryAccessLog;
import org.tongban.identity.Accounts;
import org.tongban.identity.TestAccounts;
import org.tongban.shared.LocalizedText;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.TestClock;

/**
 * R16.1, R13 in a real browser, without JavaScript of its own: on a phone, the citizen
 * finds their data-use page from their account, and it passes axe and fits the screen, in
 * Chinese and English.
 */
@BrowserTest
class DataUseInBrowserTests {

	@Autowired
	Accounts accounts;

	@Autowired
	RegistryAccessLog registryLog;

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
	@DisplayName("R16.1: /my/data-use lists the reads of the citizen's data, passes axe and fits a phone")
	void theDataUsePageIsAccessibleOnAPhone(Browser browser) {
		TestAccounts.Person person = new TestAccounts(accounts).person();
		registryLog.record(
				Registry.POPULATION, new AccessPurpose("approval:review",
						LocalizedText.of("审查户籍迁移申请", "Review of a household move"), "GAJ-2026-000042"),
				person.residentId(), null, null);
		browser.resize(Browser.PHONE);
		browser.open("/login");
		browser.find("#username").sendKeys(person.mobile().value());
		browser.find("#password").sendKeys(TestAccounts.PASSWORD);
		browser.clickThrough("form[action='/login'] button[type=submit]");

		browser.open("/my");
		browser.clickThrough("main a[href='/my/data-use']");
		assertThat(browser.find("main").getText()).contains("审查户籍迁移申请", "GAJ-2026-000042", "人口基础信息库", "已提供");
		for (String path : new String[] { "/my/data-use?lang=en", "/my/data-use?lang=zh" }) {
			browser.open(path);
			assertThat(browser.accessibilityViolations()).as(path).isEmpty();
			assertThat(browser.scrollsSideways()).as(path).isFalse();
		}
	}

}
