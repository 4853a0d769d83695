package org.tongban.participation.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.application.Receipt;
import org.tongban.application.window.WalkInFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.participation.Satisfaction;
import org.tongban.shared.RefusedException;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.QrCodes;
import org.tongban.support.TestClock;

/**
 * R15.8, R13.1 in a real browser: the receipt the window clerk hands over carries a link
 * and a QR code to rate the visit; whoever holds it rates the visit once, with the query
 * code, tied to the clerk; a wrong code is told as an unknown number is; the window's
 * administrator reads the ratings per clerk, nothing of the raters; every page passes
 * axe.
 */
@BrowserTest
class VisitRatingInBrowserTests {

	@Autowired
	WalkInFixtures walkIns;

	@Autowired
	VisitRatings visits;

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	TestClock clock;

	/** The log-ins and the rating posts are limited a minute per address. */
	@BeforeEach
	@AfterEach
	void letAMinutePass() {
		clock.advance(Duration.ofMinutes(1));
	}

	@Test
	@DisplayName("R15.8, R13.1: the visitor rates the window visit once from the receipt's QR code; a wrong code is told as an unknown number: every page passes axe")
	void theVisitorRatesTheWindowVisitOnceFromTheReceipt(Browser browser) {
		EnrolledStaff clerk = EnrolledStaff.create(accounts, secondFactor, clock, DepartmentRole.INTEGRATED_WINDOW)
			.logIn(browser);
		Receipt receipt = walkIns.registered(clerk.actor());

		browser.open("/window/receipts/" + receipt.number());
		String link = browser.find("#rate-visit").getAttribute("href");
		assertThat(link).endsWith("/rate-visit?number=" + receipt.number());
		String qr = browser.find("img[src^='data:image/png;base64,']").getAttribute("src");
		assertThat(QrCodes.inImage(Base64.getDecoder().decode(qr.substring(qr.indexOf(',') + 1))))
			.as("the QR code leads to the link")
			.isEqualTo(link);
		assertThat(browser.accessibilityViolations()).isEmpty();

		String path = link.substring(link.indexOf("/rate-visit"));
		browser.open(path);
		assertThat(browser.find("#number").getAttribute("value")).isEqualTo(receipt.number());
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.find("#queryCode").sendKeys("WRONG1");
		browser.find("input[name=satisfaction][value=VERY_DISSATISFIED] + label").click();
		browser.clickThrough("main form button[type=submit]");
		String wrongCode = browser.find(".error-summary").getText();
		assertThat(wrongCode).contains("申请编号或查询码不正确");
		assertThat(browser.currentPath()).as("the code is posted, never in the address").doesNotContain("WRONG1");
		assertThat(browser.accessibilityViolations()).isEmpty();

		browser.find("#number").clear();
		browser.find("#number").sendKeys("TB20261127999999");
		browser.find("#queryCode").sendKeys(receipt.queryCode());
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.find(".error-summary").getText()).as("an unknown number, told alike").isEqualTo(wrongCode);

		browser.find("#number").clear();
		browser.find("#number").sendKeys(receipt.number());
		browser.find("#queryCode").clear();
		browser.find("#queryCode").sendKeys(receipt.queryCode().toLowerCase());
		browser.find("input[name=satisfaction][value=DISSATISFIED] + label").click();
		browser.find("input[name=reasons][value=DISCOURTEOUS] + label").click();
		browser.find("#comment").sendKeys("等了很久。");
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.find("main").getText()).contains("感谢您的评价", receipt.number());
		assertThat(browser.accessibilityViolations()).isEmpty();
		assertThat(visits.of(receipt.number())).hasValueSatisfying(rating -> {
			assertThat(rating.clerkId()).as("tied to the clerk who registered it").isEqualTo(clerk.actor().id());
			assertThat(rating.satisfaction()).isEqualTo(Satisfaction.DISSATISFIED);
			assertThat(rating.reasons()).containsExactly(RatingReason.DISCOURTEOUS);
		});

		browser.open(path + "&lang=en");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.find("#queryCode").sendKeys(receipt.queryCode());
		browser.find("input[name=satisfaction][value=VERY_SATISFIED] + label").click();
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.find("main [role=alert]").getText()).as("once per visit").contains("rated already");
		assertThat(visits.of(receipt.number()).orElseThrow().satisfaction()).isEqualTo(Satisfaction.DISSATISFIED);
		browser.open("/rate-visit?lang=zh");
	}

	@Test
	@DisplayName("R15.8, R16.3, R13.1: the window's administrator reads the visit ratings per clerk, level, reasons and day, nothing of the raters; another department's administrator finds none, a clerk none at all: every page passes axe")
	void theWindowsAdministratorReadsTheVisitRatingsPerClerk(Browser browser) {
		Actor clerk = walkIns.windowClerk();
		Receipt bad = walkIns.registered(clerk);
		Receipt good = walkIns.registered(clerk);
		visits.rate(bad.number(), bad.queryCode(), Satisfaction.VERY_DISSATISFIED, Set.of(RatingReason.DISCOURTEOUS),
				"王小明，13800138000，等了两个小时。");
		visits.rate(good.number(), good.queryCode(), Satisfaction.VERY_SATISFIED, Set.of(), null);
		LocalDate today = clock.today();

		assertThat(visits.byClerk(staff(Role.SUPERVISOR, "ZWFWJ"), today, today).clerks())
			.as("the supervision office sees every clerk")
			.anySatisfy(tally -> assertThat(tally.clerk()).isEqualTo(clerk.name()));
		assertThat(visits.byClerk(staff(Role.DEPARTMENT_ADMIN, "SCJGJ"), today, today).clerks())
			.as("another department's administrator")
			.noneSatisfy(tally -> assertThat(tally.clerk()).isEqualTo(clerk.name()));
		assertThatThrownBy(() -> visits.byClerk(walkIns.windowClerk(), today, today)).as("a clerk")
			.isInstanceOf(RefusedException.class);

		EnrolledStaff.create(accounts, secondFactor, clock, DepartmentRole.of(Role.DEPARTMENT_ADMIN, "ZWFWJ"))
			.logIn(browser);
		browser.open("/staff/visit-ratings");
		WebElement row = browser.findAll("#clerks + .table-wrap tbody tr")
			.stream()
			.filter(line -> line.findElement(By.cssSelector("th")).getText().equals(clerk.name()))
			.findFirst()
			.orElseThrow();
		// 非常满意 1, 满意 0, 基本满意 0, 不满意 0, 非常不满意 1, of 2, half bad.
		assertThat(row.findElements(By.cssSelector("td"))).extracting(WebElement::getText)
			.containsExactly("1", "0", "0", "0", "1", "2", "50.0%");
		String page = browser.find("main").getText();
		assertThat(page).contains("服务态度差")
			.as("nothing of the raters")
			.doesNotContain("王小明", "13800138000", bad.number(), good.number());
		assertThat(browser.accessibilityViolations()).isEmpty();

		browser.open("/staff/visit-ratings?from=2026-13-01&lang=en");
		assertThat(browser.find(".error-summary a[href='#from']").getText()).contains("2026-12-01");
		assertThat(browser.find("#from")).isNotNull();
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.open("/staff/visit-ratings?lang=zh");
	}

	private Actor staff(Role role, String department) {
		return walkIns.accounts().staff(TestAccounts.accountName(), DepartmentRole.of(role, department));
	}

}
