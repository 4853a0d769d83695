package org.tongban.licence.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;

/**
 * R6.3, R13: the public verification of licences in a real browser, without JavaScript of
 * its own: on a phone, in Chinese and English, the upload form and the answer for an
 * unknown licence pass axe and fit the screen.
 */
@BrowserTest
class VerificationInBrowserTests {

	@Test
	@DisplayName("R6.3: /verify and the answer for an unknown licence pass axe and fit a phone, in Chinese and English")
	void theVerificationPagesAreAccessibleOnAPhone(Browser browser) {
		browser.resize(Browser.PHONE);
		for (String path : new String[] { "/verify", "/verify?lang=en", "/verify/DZZZ-" + "3".repeat(26),
				"/verify/DZZZ-" + "3".repeat(26) + "?lang=en" }) {
			browser.open(path);
			assertThat(browser.accessibilityViolations()).as(path).isEmpty();
			assertThat(browser.scrollsSideways()).as(path).isFalse();
		}
		assertThat(browser.open("/verify/DZZZ-" + "3".repeat(26) + "?lang=zh").find("h2").getText()).contains("未找到");
		browser.open("/verify");
		browser.clickThrough("#verify-submit");
		assertThat(browser.find(".error-summary").getText()).contains("请选择证照PDF文件");
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

}
