package org.tongban.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.catalog.web.CataloguePagesFixture.FULL;
import static org.tongban.catalog.web.CataloguePagesFixture.FULL_NAME;
import static org.tongban.catalog.web.CataloguePagesFixture.FULL_NAME_EN;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;

/**
 * R13.1–R13.3 in a real browser: on a phone and on a desktop, a reader finds a matter from the home page, reads its
 * guide without scrolling sideways, and switches to English and back, with nothing but links and plain forms.
 */
@BrowserTest
class CatalogueInBrowserTests {

	/** The narrowest phone the pages are made for. */
	static final Dimension SMALL_PHONE = new Dimension(320, 640);

	@Autowired
	JdbcAggregateTemplate database;

	@BeforeEach
	void catalogue() {
		new CataloguePagesFixture(database).install();
	}

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
		for (String path : new String[] { "/", "/matters", "/matters/" + FULL, "/matters?audience=ALIENS",
				"/departments", "/bundles/" + CataloguePagesFixture.BUNDLE, "/matters/TEST-PAGES-NO-SUCH-MATTER" }) {
			assertThat(browser.open(path).scrollsSideways()).as(path).isFalse();
		}
	}

	private void findsAndReadsAGuide(Browser browser) {
		browser.open("/");
		assertThat(browser.scrollsSideways()).isFalse();

		browser.find("#home-q").sendKeys(FULL_NAME);
		browser.find(".search__button").click();

		assertThat(browser.currentPath()).startsWith("/matters?q=");
		assertThat(browser.find("#results-title").getText()).isEqualTo("找到 1 个事项");
		assertThat(browser.scrollsSideways()).isFalse();

		browser.find(".result__title a").click();

		assertThat(browser.currentPath()).isEqualTo("/matters/" + FULL);
		assertThat(browser.find("h1").getText()).isEqualTo(FULL_NAME);
		assertThat(browser.title()).isEqualTo(FULL_NAME + " - D市政务服务网");
		assertThat(browser.scrollsSideways()).isFalse();

		browser.find(".header__language").click();

		assertThat(browser.currentPath()).isEqualTo("/matters/" + FULL + "?lang=en");
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
		assertThat(browser.find("h1").getText()).isEqualTo(FULL_NAME_EN);
		assertThat(browser.scrollsSideways()).isFalse();

		// The choice is kept: the next page is in English without asking again.
		browser.find(".nav__link[href='/matters']").click();
		assertThat(browser.find("h1").getText()).isEqualTo("Service guides");

		browser.find(".header__language").click();
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh-CN");
		assertThat(browser.find("h1").getText()).isEqualTo("办事指南");
	}

}
