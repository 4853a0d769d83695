package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.application.DeliveryProgress;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.licence.delivery.Deliveries;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.TestClock;
import org.tongban.support.TestImages;

/**
 * R6.4, R13.1 in a real browser: the applicant chooses pick-up at the hall on the draft's
 * task list and sees the pick-up code on the application once decided; the clerk of the
 * hall finds it in the deliveries and hands it over on the code, uploading the
 * recipient's signature, then shown as the proof. Every page passes axe.
 */
@BrowserTest
class DeliveryInBrowserTests {

	@Autowired
	CaseFixtures cases;

	@Autowired
	Deliveries deliveries;

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

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
	@DisplayName("R6.4, R13.1: pick-up chosen at submission, its code on the application page, handed over by the hall's clerk with the recipient's signature, shown as the proof: every page passes axe")
	void aPickUpChosenAtSubmissionIsHandedOver(Browser browser) throws IOException {
		CaseFixtures.Draft draft = cases.standardDraft();
		String tasks = "/apply/drafts/" + draft.id();
		logIn(browser, draft.logInName());

		browser.open(tasks);
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.clickThrough(".task-list a[href$='/delivery']");
		assertThat(browser.find("h1").getText()).isEqualTo("审批结果领取方式");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.find("input[name=method][value=POST] + label").click();
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.find(".error-summary").getText()).contains("选择邮寄的，请填写邮寄地址。");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.open(tasks + "/delivery?lang=en");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.open(tasks + "/delivery?lang=zh");
		browser.find("input[name=method][value=PICK_UP] + label").click();
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.currentPath()).isEqualTo(tasks);
		browser.open(tasks + "/check");
		assertThat(browser.find("main").getText()).contains("到大厅领取");
		assertThat(browser.accessibilityViolations()).isEmpty();

		CaseFixtures.Submitted submitted = cases.submit(draft);
		cases.decideFromAcceptance(submitted.number(), CaseFixtures.SCJGJ, Decision.GRANT);
		String code = await().atMost(Duration.ofSeconds(30))
			.until(() -> deliveries.of(submitted.id()).map(DeliveryProgress::pickUpCode).orElse(null),
					found -> found != null);
		for (String language : new String[] { "en", "zh" }) {
			browser.open("/my/applications/" + submitted.number() + "?lang=" + language);
			assertThat(browser.find("#pick-up-code").getText()).isEqualTo(code);
			assertThat(browser.accessibilityViolations()).as(language).isEmpty();
		}
		browser.clickThrough(".header__logout button");

		EnrolledStaff clerk = EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.WINDOW_CLERK, CaseFixtures.SCJGJ));
		logIn(browser, clerk.accountName());
		browser.find("#code").sendKeys(clerk.authenticator().code());
		browser.clickThrough("form[action='/login/second-factor'] button[type=submit]");
		for (String language : new String[] { "en", "zh" }) {
			browser.open("/staff/deliveries?lang=" + language);
			assertThat(browser.find("main").getText()).contains(submitted.number());
			assertThat(browser.accessibilityViolations()).as(language).isEmpty();
		}
		browser.clickThrough("main a[href='/staff/deliveries/" + submitted.number() + "']");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.find("#code").sendKeys("1234");
		browser.find("#recipient").sendKeys("王小明");
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.find(".error-summary").getText()).contains("交付前请核验领取人的身份证件，并勾选确认。");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.find("#code").sendKeys(code);
		browser.find("input[name=identityChecked] ~ label").click();
		Path signature = Files.createTempFile("signature", ".png");
		Files.write(signature, TestImages.signature());
		browser.find("#signature").sendKeys(signature.toAbsolutePath().toString());
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.find("main").getText()).contains("已记录", "已领取", "已当面交给王小明");
		assertThat(browser.find("img.signature-image").getDomProperty("naturalWidth")).as("the signature is shown")
			.isEqualTo("120");
		assertThat(browser.accessibilityViolations()).isEmpty();
		Files.delete(signature);
	}

	private static void logIn(Browser browser, String username) {
		browser.open("/login");
		browser.find("#username").sendKeys(username);
		browser.find("#password").sendKeys(TestAccounts.PASSWORD);
		browser.clickThrough("form[action='/login'] button[type=submit]");
	}

}
