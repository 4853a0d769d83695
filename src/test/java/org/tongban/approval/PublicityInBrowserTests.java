package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.approval.CaseFixtures.Submitted;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;

/**
 * R6.1, R13 in a real browser: on a phone, anyone finds a published grant on
 * {@code /publicity} by the holder's name with the plain search form, in Chinese and in
 * English, without scrolling sideways and without accessibility violations.
 */
@BrowserTest
class PublicityInBrowserTests {

	@Autowired
	CaseFixtures cases;

	@Test
	@DisplayName("R6.1: a grant found on the publicity page by its holder, on a phone, axe-clean")
	void findsAGrantByItsHolderOnAPhone(Browser browser) {
		Submitted granted = cases.standard();
		cases.decideFromAcceptance(granted.number(), CaseFixtures.SCJGJ, Decision.GRANT);
		browser.resize(Browser.PHONE);

		browser.open("/");
		browser.clickThrough(".nav a[href='/publicity']");
		assertThat(browser.find("h1").getText()).isEqualTo("行政许可公示");
		assertThat(browser.accessibilityViolations()).isEmpty();

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			browser.open("/publicity");
			browser.find("#holder").sendKeys(granted.applicant().name());
			browser.clickThrough(".filters button[type=submit]");
			assertThat(browser.find("#results-title").getText()).isEqualTo("找到 1 条公示");
		});
		assertThat(browser.find(".result__number").getText()).contains(granted.number());
		assertThat(browser.find(".result__holder").getText()).isEqualTo(granted.applicant().name());
		assertThat(browser.scrollsSideways()).isFalse();
		assertThat(browser.accessibilityViolations()).isEmpty();

		browser.open("/publicity?from=2026-13-01&lang=en");
		assertThat(browser.find(".error-summary").getText()).contains("This value is not in the right format.");
		assertThat(browser.scrollsSideways()).isFalse();
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

}
