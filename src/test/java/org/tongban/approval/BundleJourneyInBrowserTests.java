package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.BundleApplication;
import org.tongban.application.BundleFiles;
import org.tongban.application.EnterpriseStartBundles;
import org.tongban.storage.SampleFiles;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;

/**
 * R2.5, R13.1 in a real browser on a phone, without a single accessibility violation: the
 * demo enterprise opens the bundle 企业开办一件事, applies online with one combined form (the
 * contact mobile asked once, the verified credit code shown and not asked), uploads each
 * material once, checks its answers and submits, and gets one bundle number with its
 * query code and a number for each of the four matters, then follows the bundle: business
 * registration first, then tax, social insurance and seals in parallel (R5.2), each
 * decided by its own department, until the bundle's page shows the four results.
 */
@BrowserTest
class BundleJourneyInBrowserTests {

	/** The departments of the members of 企业开办一件事, by matter. */
	private static final Map<String, String> DEPARTMENTS = Map.of("SCJGJ-QYSLDJ", "SCJGJ", "SWJ-XBNSRSX", "SWJ",
			"RSJ-DWSBDJ", "RSJ", "GAJ-YZKZBA", "GAJ");

	@Autowired
	CaseFixtures cases;

	@Autowired
	BundleFiles bundles;

	@TempDir
	Path files;

	@Test
	void theDemoEnterpriseAppliesForTheEnterpriseStartBundleInOneGo(Browser browser) throws IOException {
		browser.resize(Browser.PHONE);
		browser.open("/login");
		browser.find("#username").sendKeys("91210202MA0Q5K7D3U");
		browser.find("#password").sendKeys("Tongban#2026");
		browser.clickThrough("form[action='/login'] button[type=submit]");

		browser.open("/bundles/YJS-QYKB");
		browser.clickThrough(".apply a.button--start");
		assertThat(browser.find("h1").getText()).contains("企业开办一件事");
		assertPasses(browser);
		browser.clickThrough("form[action='/apply/bundle/YJS-QYKB'] button[type=submit]");

		String form = browser.currentPath();
		assertThat(form).matches("/apply/bundles/[0-9a-f-]{36}/form");
		assertThat(browser.findAll("[name='contactMobile']")).hasSize(1);
		assertThat(browser.findAll("[name$='uscc']")).isEmpty();
		assertThat(browser.find("#known").isDisplayed()).isTrue();
		assertPasses(browser);
		// A wrong mobile is told next to the shared field.
		EnterpriseStartBundles.fillIn(browser);
		browser.find("[name='contactMobile']").clear();
		browser.find("[name='contactMobile']").sendKeys("12345");
		browser.clickThrough("#bundle-form button[type=submit]");
		assertThat(browser.currentPath()).isEqualTo(form);
		assertThat(browser.find(".error-summary").getText()).isNotBlank();
		assertPasses(browser);
		browser.find("[name='contactMobile']").clear();
		browser.find("[name='contactMobile']").sendKeys("13912345678");
		browser.clickThrough("#bundle-form button[type=submit]");
		assertThat(browser.currentPath()).as(browser.find("main").getText()).endsWith("/materials");

		List<String> required = browser.findAll(".material")
			.stream()
			.filter(material -> !material.findElements(By.cssSelector(".tag--red")).isEmpty())
			.map(material -> material.getDomAttribute("id"))
			.toList();
		assertThat(required).isNotEmpty();
		String materials = browser.currentPath();
		for (String material : required) {
			// Each material from the page as opened, the reader scrolling down to it.
			browser.open(materials);
			Path file = Files.write(files.resolve(material.replace('.', '-') + ".pdf"), SampleFiles.pdf(material));
			browser.find("[id='" + material + "'] input[type=file]").sendKeys(file.toAbsolutePath().toString());
			browser.clickThrough("[id='" + material + "'] form[enctype='multipart/form-data'] button[type=submit]");
			assertThat(browser.find("[id='" + material + "']").getText()).contains(material.replace('.', '-') + ".pdf");
		}
		assertPasses(browser);

		browser.clickThrough("main a[href$='/check']");
		assertThat(browser.findAll(".error-summary")).as(browser.find("main").getText()).isEmpty();
		assertThat(browser.find("main").getText()).contains("13912345678", "共同信息");
		assertPasses(browser);
		browser.clickThrough("form[action$='/submit'] button[type=submit]");

		assertThat(browser.currentPath()).matches("/my/bundles/TB\\d{14}/confirmation");
		String number = browser.find(".confirmation__number").getText();
		assertThat(browser.find(".query-code").getText()).matches("[2-9A-HJKMNP-Z]{8}");
		assertThat(browser.findAll("main table tbody tr")).hasSize(4)
			.allSatisfy(row -> assertThat(row.getText()).containsPattern("TB\\d{14}").doesNotContain(number));
		assertPasses(browser);

		browser.clickThrough("main a[href='/my/bundles/" + number + "']");
		assertThat(browser.find("main").getText()).contains("企业开办一件事", "等待前一阶段办结");
		assertPasses(browser);
		browser.open("/my");
		assertThat(browser.find("#bundles + .table-wrap").getText()).contains(number);

		for (int stage = 1; stage <= 2; stage++) {
			for (BundleApplication.Member member : opened(number, stage)) {
				cases.decideFromAcceptance(member.number(), DEPARTMENTS.get(member.matterCode()), Decision.GRANT);
			}
		}
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> bundles.byNumber(number).orElseThrow().members(),
					members -> members.stream().allMatch(member -> member.status() == ApplicationStatus.GRANTED));
		browser.open("/my/bundles/" + number);
		assertThat(browser.findAll("main table tbody tr")).hasSize(4)
			.allSatisfy(row -> assertThat(row.getText()).contains("准予行政许可"));
		assertPasses(browser);
	}

	/**
	 * The members of a stage once the platform has opened them, after the previous stage.
	 */
	private List<BundleApplication.Member> opened(String number, int stage) {
		return await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> bundles.byNumber(number).orElseThrow().stage(stage),
					members -> members.stream().allMatch(member -> member.status() == ApplicationStatus.SUBMITTED));
	}

	private static void assertPasses(Browser browser) {
		assertThat(browser.accessibilityViolations()).as(browser.currentPath()).isEmpty();
		assertThat(browser.scrollsSideways()).as(browser.currentPath()).isFalse();
	}

}
