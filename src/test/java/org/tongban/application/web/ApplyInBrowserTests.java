package org.tongban.application.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.storage.SampleFiles;

/**
 * R3.1, R3.2, R7.2, R13.1 in a real browser on a phone: the demo enterprise logs in,
 * opens the guide of the food business licence, applies online (every section of the
 * form, a real PDF for each required material), checks its answers, submits, gets its
 * application number and query code, and finds its application with the public query,
 * never scrolling sideways.
 */
@BrowserTest
class ApplyInBrowserTests {

	@TempDir
	Path files;

	@Test
	void theDemoEnterpriseAppliesForAFoodBusinessLicenceOnAPhone(Browser browser) throws IOException {
		browser.resize(Browser.PHONE);
		browser.open("/login");
		browser.find("#username").sendKeys("91210202MA0Q5K7D3U");
		browser.find("#password").sendKeys("Tongban#2026");
		browser.clickThrough("form[action='/login'] button[type=submit]");

		browser.open("/matters/SCJGJ-SPJYXK");
		browser.clickThrough(".apply a.button--start");
		assertThat(browser.find("h1").getText()).isEqualTo("在线申请食品经营许可（新办）");
		assertThat(browser.scrollsSideways()).isFalse();
		browser.clickThrough("form[action='/apply/SCJGJ-SPJYXK'] button[type=submit]");

		String tasks = browser.currentPath();
		assertThat(tasks).matches("/apply/drafts/[0-9a-f-]{36}");
		assertThat(browser.find("main").getText()).contains("第 2 版");
		List<String> sections = browser.findAll(".task-list__name")
			.stream()
			.map(link -> link.getDomAttribute("href"))
			.filter(href -> href.contains("/sections/"))
			.toList();
		assertThat(sections).isNotEmpty();
		for (String section : sections) {
			browser.open(section);
			assertThat(browser.scrollsSideways()).as(section).isFalse();
			if (section.endsWith("/sections/operator")) {
				// R1.6: what the legal-person registry verified is shown with its source,
				// and not asked.
				assertThat(browser.find("main").getText()).contains("我们已掌握的您的信息", "来自法人单位基础信息库", "210202198503120311");
				assertThat(browser.findAll("[name='operatorName'], [name='legalRepIdNumber']")).isEmpty();
			}
			FoodLicenceInBrowser.fillIn(browser);
			browser.clickThrough("main form button[type=submit]");
			assertThat(browser.currentPath()).as("%s saved: %s", section, browser.find("main").getText())
				.isEqualTo(tasks);
		}

		browser.clickThrough(".task-list a[href$='/materials']");
		List<String> required = browser.findAll(".material")
			.stream()
			.filter(material -> !material.findElements(By.cssSelector(".tag--red")).isEmpty())
			.map(material -> material.getDomAttribute("id"))
			.toList();
		assertThat(required).isNotEmpty();
		for (String material : required) {
			Path file = Files.write(files.resolve(material + ".pdf"), SampleFiles.pdf(material));
			browser.find("#" + material + " input[type=file]").sendKeys(file.toAbsolutePath().toString());
			browser.clickThrough("#" + material + " form[enctype='multipart/form-data'] button[type=submit]");
			assertThat(browser.find("#" + material).getText()).contains(material + ".pdf");
		}
		assertThat(browser.scrollsSideways()).isFalse();

		browser.open(tasks + "/check");
		assertThat(browser.findAll(".error-summary")).as(browser.find("main").getText()).isEmpty();
		assertThat(browser.scrollsSideways()).isFalse();
		browser.clickThrough("form[action$='/submit'] button[type=submit]");

		assertThat(browser.currentPath()).matches("/my/applications/TB\\d{14}/confirmation");
		String number = browser.find(".confirmation__number").getText();
		String code = browser.find(".query-code").getText();
		assertThat(number).matches("TB\\d{14}");
		assertThat(code).isNotBlank();
		assertThat(browser.scrollsSideways()).isFalse();

		browser.clickThrough("main a[href='/my/applications/" + number + "']");
		assertThat(browser.find("main").getText()).contains("已提交，等待受理", "受理审查", "M04.pdf");
		assertThat(browser.scrollsSideways()).isFalse();

		browser.open("/query");
		browser.find("#number").sendKeys(number);
		browser.find("#code").sendKeys(code);
		browser.clickThrough("form[action='/query'] button[type=submit]");
		assertThat(browser.find("main").getText()).contains(number, "食品经营许可（新办）", "已提交，等待受理").doesNotContain("味之源");
		assertThat(browser.scrollsSideways()).isFalse();
	}

}
