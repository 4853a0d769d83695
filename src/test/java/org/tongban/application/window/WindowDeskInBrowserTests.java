package org.tongban.application.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.application.EnterpriseStartBundles;
import org.tongban.application.FoodLicenceApplications;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.exchange.registry.PersonRecord;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.storage.SampleFiles;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.TestClock;

/**
 * R4.5, R13.1, R13.4: on a phone, a window clerk of the government service centre goes
 * from the staff header's link to the desk, identifies a walk-in person (a wrong check
 * digit first, refused next to the field), chooses the nurse registration, fills in the
 * form with them, scans two paper materials (a PDF and a JPEG), checks and submits, and
 * has the receipt to print with the number, query code, department and days. Every page
 * passes axe-core's WCAG 2.1 AA rules and none scrolls sideways.
 */
@BrowserTest
class WindowDeskInBrowserTests {

	/** The answers given at the window, by field key; the registry's are filled in. */
	static final Map<String, String> ANSWERS = Map.of("mobile", "13904119999", "education", "BACHELOR", "school",
			"D市医科大学", "examYear", "2024", "institution", "D市中心医院", "institutionLicenceNo", "PDY12345621020211A1001");

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	TestClock clock;

	@Autowired
	WalkInFixtures walkIns;

	@Autowired
	FoodLicenceApplications food;

	@TempDir
	Path files;

	/** Log-ins from 127.0.0.1 are limited a minute (R12.4): each class has its own. */
	@BeforeEach
	@AfterEach
	void letAMinutePass() {
		clock.advance(Duration.ofMinutes(1));
	}

	@Test
	void aWindowClerkRegistersAWalkInApplicationUpToThePrintedReceipt(Browser browser) throws IOException {
		PersonRecord person = walkIns.person();
		logInAsWindowClerk(browser);

		browser.clickThrough("header a[href='/window']");
		assertPageIsAccessible(browser);
		browser.clickThrough("main a[href='/window/identify/person']");
		assertPageIsAccessible(browser);

		// A number whose check digit is wrong is refused next to its field.
		String number = person.id().value();
		browser.find("#name").sendKeys(person.name());
		browser.find("#residentId").sendKeys(number.substring(0, 17) + (number.charAt(17) == '1' ? "2" : "1"));
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.find("#residentId-error").getText()).contains("校验码");
		assertThat(browser.title()).startsWith("错误");
		assertPageIsAccessible(browser);
		browser.find("#residentId").clear();
		browser.find("#residentId").sendKeys(number);
		browser.clickThrough("main form button[type=submit]");

		// The matter applied for.
		assertThat(browser.currentPath()).isEqualTo("/window/matter");
		assertThat(browser.find("main").getText()).contains(person.name());
		browser.find("#q").sendKeys("护士执业注册");
		browser.clickThrough("form[method='get'] button[type=submit]");
		assertPageIsAccessible(browser);
		WebElement nurse = browser.find("[name='matterCode'][value='" + WalkInFixtures.NURSE_REGISTRATION + "']");
		browser.find("label[for='" + nurse.getDomAttribute("id") + "']").click();
		browser.clickThrough("form[method='post'][action='/window/matter'] button[type=submit]");

		// The form, filled in with the applicant: the registry's answers are shown, not
		// asked.
		String tasks = browser.currentPath();
		assertThat(tasks).startsWith("/window/applications/");
		assertPageIsAccessible(browser);
		List<String> sections = browser.findAll(".task-list__name")
			.stream()
			.map(link -> link.getDomAttribute("href"))
			.filter(href -> href.contains("/sections/"))
			.toList();
		for (String section : sections) {
			browser.open(section);
			assertThat(browser.findAll("[name='applicantName']")).isEmpty();
			fillIn(browser);
			assertPageIsAccessible(browser);
			browser.clickThrough("main form button[type=submit]");
			assertThat(browser.currentPath()).as(browser.find("main").getText()).isEqualTo(tasks);
		}

		// The paper materials, scanned.
		browser.clickThrough(".task-list a[href$='/materials']");
		assertPageIsAccessible(browser);
		scan(browser, "material-M03", "diploma.pdf", SampleFiles.pdf("diploma"));
		scan(browser, "material-M05", "contract.jpg", SampleFiles.jpeg(60, 40));
		assertThat(browser.find("#material-M05").getText()).contains("contract.jpg");

		browser.open(tasks + "/check");
		assertThat(browser.find("main").getText()).contains(person.name(), "D市中心医院", "diploma.pdf", "contract.jpg");
		assertThat(browser.findAll(".error-summary")).isEmpty();
		assertPageIsAccessible(browser);
		browser.clickThrough("form[action$='/submit'] button[type=submit]");

		// The receipt to print.
		assertThat(browser.currentPath()).startsWith("/window/receipts/TB");
		String receipt = browser.find("main").getText();
		assertThat(receipt).contains(browser.find(".confirmation__number").getText(), "查询码", "护士执业注册", "市卫生健康委员会",
				"开始计时", "受理期限", "综合窗口");
		assertThat(browser.find(".query-code").getText()).isNotBlank();
		assertPageIsAccessible(browser);
	}

	/**
	 * R4.5, R2.5: the same desk registers the 企业开办 bundle (一件事) for a walk-in enterprise:
	 * the bundle chosen at the matter step, its combined form, its one set of scans,
	 * check and submission, and the receipt with the bundle's number, query code and
	 * every member's number.
	 */
	@Test
	void aWindowClerkRegistersABundleUpToThePrintedReceipt(Browser browser) throws IOException {
		Restaurant enterprise = food.restaurant();
		walkIns.enterprise(enterprise.creditCode(), enterprise.agent().actor().name(), enterprise.agent().residentId());
		logInAsWindowClerk(browser);
		browser.open("/window/identify/enterprise");
		browser.find("#creditCode").sendKeys(enterprise.creditCode().value());
		browser.clickThrough("main form button[type=submit]");

		assertThat(browser.currentPath()).isEqualTo("/window/matter");
		WebElement bundle = browser.find("[name='bundleCode'][value='" + EnterpriseStartBundles.BUNDLE + "']");
		browser.find("label[for='" + bundle.getDomAttribute("id") + "']").click();
		assertPageIsAccessible(browser);
		browser.clickThrough("form[action='/window/bundle'] button[type=submit]");

		assertThat(browser.currentPath()).matches("/window/bundles/[0-9a-f-]{36}/form");
		assertPageIsAccessible(browser);
		EnterpriseStartBundles.fillIn(browser);
		browser.clickThrough("#bundle-form button[type=submit]");
		assertThat(browser.currentPath()).as(browser.find("main").getText()).endsWith("/materials");
		assertPageIsAccessible(browser);
		String materials = browser.currentPath();
		List<String> required = browser.findAll(".material")
			.stream()
			.filter(material -> !material.findElements(By.cssSelector(".tag--red")).isEmpty())
			.map(material -> material.getDomAttribute("id"))
			.toList();
		for (String material : required) {
			browser.open(materials);
			Path file = Files.write(files.resolve(material.replace('.', '-') + ".pdf"), SampleFiles.pdf(material));
			browser.find("[id='" + material + "'] input[type=file]").sendKeys(file.toAbsolutePath().toString());
			browser.clickThrough("[id='" + material + "'] form[enctype='multipart/form-data'] button[type=submit]");
		}

		browser.clickThrough("main a[href$='/check']");
		assertThat(browser.findAll(".error-summary")).as(browser.find("main").getText()).isEmpty();
		assertPageIsAccessible(browser);
		browser.clickThrough("form[action$='/submit'] button[type=submit]");

		assertThat(browser.currentPath()).matches("/window/bundle-receipts/TB\\d{14}");
		String number = browser.find(".confirmation__number").getText();
		assertThat(browser.find(".query-code").getText()).isNotBlank();
		assertThat(browser.find("main").getText()).contains("企业开办一件事", "综合窗口");
		assertThat(browser.findAll("main table tbody tr")).hasSize(4)
			.allSatisfy(row -> assertThat(row.getText()).containsPattern("TB\\d{14}").doesNotContain(number));
		assertPageIsAccessible(browser);
	}

	private void logInAsWindowClerk(Browser browser) {
		EnrolledStaff clerk = EnrolledStaff.create(accounts, secondFactor, clock, DepartmentRole.INTEGRATED_WINDOW);
		browser.resize(Browser.PHONE);
		browser.open("/login");
		browser.find("#username").sendKeys(clerk.accountName());
		browser.find("#password").sendKeys(TestAccounts.PASSWORD);
		browser.clickThrough("form[action='/login'] button[type=submit]");
		browser.find("#code").sendKeys(clerk.authenticator().code());
		browser.clickThrough("form[action='/login/second-factor'] button[type=submit]");
	}

	private void scan(Browser browser, String material, String name, byte[] content) throws IOException {
		Path file = Files.write(files.resolve(name), content);
		browser.find("#" + material + " input[type=file]").sendKeys(file.toAbsolutePath().toString());
		browser.clickThrough("#" + material + " form[enctype='multipart/form-data'] button[type=submit]");
	}

	private static void fillIn(Browser browser) {
		ANSWERS.forEach((key, value) -> {
			List<WebElement> inputs = browser.findAll("[name='" + key + "']");
			if (inputs.isEmpty()) {
				return;
			}
			WebElement input = inputs.get(0);
			if ("select".equals(input.getTagName())) {
				new Select(input).selectByValue(value);
			}
			else {
				input.clear();
				input.sendKeys(value);
			}
		});
		// A date input types in the browser's locale; its value is the ISO date the form
		// sends.
		browser.findAll("[name='graduationDate']")
			.forEach(date -> browser.driver().executeScript("arguments[0].value = arguments[1];", date, "2024-06-30"));
	}

	private static void assertPageIsAccessible(Browser browser) {
		assertThat(browser.scrollsSideways()).as(browser.currentPath()).isFalse();
		assertThat(browser.accessibilityViolations()).as(browser.currentPath()).isEmpty();
	}

}
