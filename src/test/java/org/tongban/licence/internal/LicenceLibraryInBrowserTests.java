package org.tongban.licence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.application.Application;
import org.tongban.identity.Accounts;
import org.tongban.identity.TestAccounts;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.TestClock;

/**
 * R6.5, R3.2, R13 in a real browser, without JavaScript of its own: on a phone, the
 * applicant's licence library and the one-click reuse of a licence as a material pass axe
 * and fit the screen, in Chinese and English.
 */
@BrowserTest
class LicenceLibraryInBrowserTests {

	@Autowired
	HeldLicenceFixtures fixtures;

	@Autowired
	Accounts accounts;

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
	@DisplayName("R6.5, R3.2: /my/licences and the one-click reuse of a licence as a material pass axe and fit a phone")
	void theLibraryAndTheReuseAreAccessibleOnAPhone(Browser browser) {
		TestAccounts.Person person = new TestAccounts(accounts).person();
		LicenceRecord licence = fixtures.issued(person.actor());
		Application draft = fixtures.draft(person.actor());
		browser.resize(Browser.PHONE);
		browser.open("/login");
		browser.find("#username").sendKeys(person.mobile().value());
		browser.find("#password").sendKeys(TestAccounts.PASSWORD);
		browser.clickThrough("form[action='/login'] button[type=submit]");

		browser.open("/my");
		browser.clickThrough("main a[href='/my/licences']");
		assertThat(browser.find("main").getText()).contains(licence.id(), "有效", "异地就医备案凭证");
		assertThat(browser.find("#share-" + licence.id()).getAttribute("value"))
			.isEqualTo("http://localhost:8080/verify/" + licence.id());
		for (String path : new String[] { "/my/licences?lang=en", "/my/licences?lang=zh" }) {
			browser.open(path);
			assertThat(browser.accessibilityViolations()).as(path).isEmpty();
			assertThat(browser.scrollsSideways()).as(path).isFalse();
		}

		String materials = "/apply/drafts/" + draft.id() + "/materials";
		browser.open(materials);
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.clickThrough("form[action='" + materials + "/M05/licence'] button[type=submit]");
		assertThat(browser.find("#material-M05").getText()).contains("已核验的电子证照 " + licence.id());
		assertThat(browser.accessibilityViolations()).isEmpty();
		assertThat(browser.scrollsSideways()).isFalse();
	}

}
