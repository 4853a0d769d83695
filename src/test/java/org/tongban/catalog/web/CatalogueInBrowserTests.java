package org.tongban.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;

/**
 * R13.1–R13.3 in a real browser: on a phone and on a desktop, a reader finds a matter
 * from the home page, reads its guide without scrolling sideways, and switches to English
 * and back, with nothing but links and plain forms. Reads the demo catalogue of D city on
 * the demo day.
 */
@BrowserTest
class CatalogueInBrowserTests {

	static final String FOOD_LICENCE = "SCJGJ-SPJYXK";

	static final String FOOD_LICENCE_NAME = "食品经营许可（新办）";

	/** The narrowest phone the pages are made for. */
	static final Dimension SMALL_PHONE = new Dimension(320, 640);

	@Test
	void findsAndReadsAGuideOnAPhone(Browser browser) {
		findsAndReadsAGuide(browser.resize(Browser.PHONE));
	}

	@Test
	void findsAndReadsAGuideOnADesktop(Browser browser) {
		findsAndReadsAGuide(browser.resize(Browser.DESKTOP));
	}

	@Test
	void pagesFitTheNarrowestPhone(Browser browser) {
		browser.resize(SMALL_PHONE);
		// Guides in force, superseded, scheduled and in English, one with a table of
		// fees, a refused search, both
		// bundles and a page that does not exist.
		for (String path : new String[] { "/", "/matters", "/matters/" + FOOD_LICENCE,
				"/matters/" + FOOD_LICENCE + "?version=1", "/matters/" + FOOD_LICENCE + "?lang=en",
				"/matters/BDCDJZX-FWZYDJ", "/matters/YBJ-YDJYBA?version=2", "/matters?audience=ALIENS", "/departments",
				"/bundles/YJS-QYKB", "/bundles/YJS-GCJS", "/matters/NO-SUCH-MATTER" }) {
			assertThat(browser.open(path).scrollsSideways()).as(path).isFalse();
		}
	}

	@Test
	@DisplayName("Issue 13 item 8: English is set in a Latin font first, Chinese in a Chinese font first")
	void englishIsSetInALatinFontFirst(Browser browser) {
		assertThat(firstFont(browser.open("/matters/" + FOOD_LICENCE + "?lang=en"))).isEqualTo("-apple-system");
		assertThat(firstFont(browser.open("/matters/" + FOOD_LICENCE + "?lang=zh"))).isEqualTo("\"PingFang SC\"");
	}

	/** The first family of the font stack the body text is set in. */
	private static String firstFont(Browser browser) {
		String stack = (String) browser.driver().executeScript("return getComputedStyle(document.body).fontFamily;");
		return stack.split(",")[0].strip();
	}

	private void findsAndReadsAGuide(Browser browser) {
		browser.open("/");
		assertThat(browser.scrollsSideways()).isFalse();

		browser.find("#home-q").sendKeys(FOOD_LICENCE_NAME);
		browser.clickThrough(".search__button");

		assertThat(browser.currentPath()).startsWith("/matters?q=");
		assertThat(browser.find("#results-title").getText()).isEqualTo("找到 1 个事项");
		assertThat(browser.scrollsSideways()).isFalse();

		browser.clickThrough(".result__title a");

		assertThat(browser.currentPath()).isEqualTo("/matters/" + FOOD_LICENCE);
		assertThat(browser.find("h1").getText()).isEqualTo(FOOD_LICENCE_NAME);
		assertThat(browser.title()).isEqualTo(FOOD_LICENCE_NAME + " - D市政务服务网");
		assertThat(browser.scrollsSideways()).isFalse();

		browser.clickThrough(".header__language");

		assertThat(browser.currentPath()).isEqualTo("/matters/" + FOOD_LICENCE + "?lang=en");
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
		assertThat(browser.find("h1").getText()).isEqualTo("Food business licence (new)");
		assertThat(browser.scrollsSideways()).isFalse();

		// The choice is kept: the next page is in English without asking again.
		browser.clickThrough(".nav__link[href='/matters']");
		assertThat(browser.find("h1").getText()).isEqualTo("Service guides");

		browser.clickThrough(".header__language");
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh-CN");
		assertThat(browser.find("h1").getText()).isEqualTo("办事指南");
	}

}
