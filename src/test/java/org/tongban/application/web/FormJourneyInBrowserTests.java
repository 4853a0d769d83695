package org.tongban.application.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.identity.Accounts;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.TestAccounts.Person;
import org.tongban.shared.identifiers.UnifiedSocialCreditCode;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;

/**
 * R3.1, R3.4, R13.1–R13.3 in a real browser, where a newcomer tripped over the form
 * (issue 13 item 8): the platform's own messages stand next to the fields, not the
 * browser's bubbles; switching language on a section keeps what was typed, and Enter
 * still saves; "Change" on check-your-answers comes back to it; Back after the submission
 * shows the confirmation. A fresh enterprise applies for the food business licence, so
 * that no other test meets its drafts.
 */
@BrowserTest
class FormJourneyInBrowserTests {

	@Autowired
	Accounts accounts;

	@TempDir
	Path files;

	Person agent;

	UnifiedSocialCreditCode creditCode;

	@BeforeEach
	void anEnterprise() {
		var testAccounts = new TestAccounts(accounts);
		agent = testAccounts.person();
		creditCode = TestAccounts.creditCode();
		testAccounts.enterprise(agent, creditCode);
	}

	@Test
	void theFormSpeaksForItselfKeepsWhatWasTypedAcrossLanguagesAndComesBackToTheCheck(Browser browser)
			throws IOException {
		String tasks = start(browser);
		String premises = tasks + "/sections/premises";
		browser.open(premises);

		// novalidate: the required fields are empty, and the server answers, not a bubble
		// of the browser.
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.title()).startsWith("错误：");
		assertThat(browser.find(".error-summary").getText()).contains("请输入经营场所地址");
		assertThat(browser.find("#field-premisesAddress-error").getText()).contains("请输入经营场所地址");
		assertThat(browser.accessibilityViolations()).isEmpty();

		// The language switch saves what was typed and shows the section again in
		// English.
		browser.find("#field-premisesAddress").sendKeys("D市中心区民生路58号一层");
		browser.clickThrough("header button[name=lang]");
		assertThat(browser.currentPath()).isEqualTo(premises);
		assertThat(browser.find("h1").getText()).isEqualTo("Premises");
		assertThat(browser.find("#field-premisesAddress").getDomProperty("value")).isEqualTo("D市中心区民生路58号一层");
		assertThat(browser.accessibilityViolations()).isEmpty();

		// Enter in a field saves as the form's own button does, and does not switch the
		// language back.
		FoodLicenceInBrowser.fillIn(browser);
		browser.find("#field-premisesArea").clear();
		browser.find("#field-premisesArea").sendKeys("120");
		browser.enterThrough("#field-premisesArea");
		assertThat(browser.currentPath()).isEqualTo(tasks);
		assertThat(browser.find("h1").getText()).isEqualTo("Your application");

		completeTheRest(browser, tasks);
		browser.open(tasks + "/check");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.clickThrough("a[href='" + premises + "?returnTo=check#field-premisesArea']");
		browser.find("#field-premisesArea").clear();
		browser.find("#field-premisesArea").sendKeys("130");
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.currentPath()).as("saved, back on the check page").isEqualTo(tasks + "/check");
		assertThat(browser.find("main").getText()).contains("130");
		assertThat(browser.scrollsSideways()).isFalse();

		// Starting again offers to continue the draft, on a phone too.
		browser.resize(Browser.PHONE);
		browser.open("/apply/SCJGJ-SPJYXK");
		browser.clickThrough("form[action='/apply/SCJGJ-SPJYXK'] button[type=submit]");
		assertThat(browser.currentPath()).isEqualTo("/apply/SCJGJ-SPJYXK/drafts");
		assertThat(browser.find("main").getText()).contains("You already have a draft of this application",
				"5 of 5 tasks done");
		assertThat(browser.accessibilityViolations()).isEmpty();
		assertThat(browser.scrollsSideways()).isFalse();
		browser.find("label[for^='choice-']:not([for='choice-new'])").click();
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.currentPath()).isEqualTo(tasks);
		browser.open("/my");
		assertThat(browser.find("main").getText()).contains("5 of 5 tasks done");
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

	@Test
	void backAfterTheSubmissionShowsTheConfirmationAgain(Browser browser) throws IOException {
		String tasks = start(browser);
		for (String section : List.of("operator", "premises", "scope", "declaration")) {
			browser.open(tasks + "/sections/" + section);
			fillIn(browser);
			browser.clickThrough("main form button[type=submit]");
		}
		completeTheRest(browser, tasks);
		browser.open(tasks + "/check");
		browser.clickThrough("form[action$='/submit'] button[type=submit]");
		assertThat(browser.currentPath()).matches("/my/applications/TB\\d{14}/confirmation");
		String confirmation = browser.currentPath();
		String number = browser.find(".confirmation__number").getText();
		String code = browser.find(".query-code").getText();

		browser.backThrough();

		assertThat(browser.currentPath()).isEqualTo(confirmation);
		assertThat(browser.find(".confirmation__number").getText()).isEqualTo(number);
		assertThat(browser.find(".query-code").getText()).isEqualTo(code);
		assertThat(browser.findAll("main a[href='/my/applications/" + number + "']")).isNotEmpty();
		assertThat(browser.findAll(".error-summary")).isEmpty();
		assertThat(browser.accessibilityViolations()).isEmpty();

		browser.clickThrough("main a[href='/my/applications/" + number + "']");
		assertThat(browser.findAll("main a.file__name[href^='/my/applications/" + number + "/materials/']"))
			.as("each file given opens from the application's page")
			.isNotEmpty();
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

	/**
	 * Logs the fresh enterprise in and starts a draft of the food licence; answers the
	 * path of its task list.
	 */
	private String start(Browser browser) {
		browser.open("/login");
		browser.find("#username").sendKeys(creditCode.value());
		browser.find("#password").sendKeys(TestAccounts.PASSWORD);
		browser.clickThrough("form[action='/login'] button[type=submit]");
		browser.open("/apply/SCJGJ-SPJYXK");
		browser.clickThrough("form[action='/apply/SCJGJ-SPJYXK'] button[type=submit]");
		assertThat(browser.currentPath()).matches("/apply/drafts/[0-9a-f-]{36}");
		return browser.currentPath();
	}

	/**
	 * The answers of the demo, and the representative's ID number, which a fresh
	 * enterprise has not verified.
	 */
	private void fillIn(Browser browser) {
		FoodLicenceInBrowser.fillIn(browser);
		browser.findAll("#field-legalRepIdNumber").forEach(input -> {
			input.clear();
			input.sendKeys(agent.residentId().value());
		});
	}

	/** The sections not done yet and a real PDF for each required material. */
	private void completeTheRest(Browser browser, String tasks) throws IOException {
		for (String section : List.of("operator", "scope", "declaration")) {
			browser.open(tasks + "/sections/" + section);
			fillIn(browser);
			browser.clickThrough("main form button[type=submit]");
			assertThat(browser.currentPath()).as("%s: %s", section, browser.find("main").getText()).isEqualTo(tasks);
		}
		browser.open(tasks + "/materials");
		List<String> required = FoodLicenceInBrowser.giveRequiredMaterials(browser, files);
		assertThat(browser.findAll(".material a.file__name")).as("each file given opens").hasSize(required.size());
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

}
