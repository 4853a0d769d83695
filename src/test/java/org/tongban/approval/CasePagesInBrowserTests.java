package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.application.CorrectionItem;
import org.tongban.approval.CaseFixtures.Submitted;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.TestClock;

/**
 * The case pages in a real browser at the widths they are read at (issue 13 item 8; R7.1,
 * R13.1): on a phone the applicant's timeline and the staff's case history are lists that
 * fit the screen; at a desk the staff queue spreads its columns over the screen's width.
 */
@BrowserTest
class CasePagesInBrowserTests {

	/** The phone width the newcomer read the pages at. */
	static final Dimension PHONE = new Dimension(375, 812);

	@Autowired
	CaseFixtures cases;

	@Autowired
	CaseWork work;

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	TestClock clock;

	/**
	 * Every browser test logs in from 127.0.0.1, whose log-in attempts are limited a
	 * minute (R12.4): a minute passes before this class's log-ins, so that they have an
	 * allowance of their own, and after them, so that the next class has one too. The
	 * demo day stays the same.
	 */
	@BeforeEach
	@AfterEach
	void letAMinutePass() {
		clock.advance(Duration.ofMinutes(1));
	}

	@Test
	@DisplayName("On a 375px phone the applicant's timeline and the case history are lists, and no page scrolls sideways")
	void timelinesAreListsThatFitAPhone(Browser browser) {
		Submitted food = cases.foodLicence();
		work.requestCorrection(cases.clerk(), food.number(),
				List.of(new CorrectionItem(CorrectionItem.Kind.FIELD, "premisesAddress",
						"地址应写到门牌号和楼层，与租赁合同上的地址（D市中心区民生路58号一层101室）完全一致"),
						new CorrectionItem(CorrectionItem.Kind.MATERIAL, "M04", "平面图应标明各功能区的面积")),
				"请一并补正，补正期间办理时限暂停计算。");
		browser.resize(PHONE);

		logIn(browser, food.logInName(), TestAccounts.PASSWORD);
		browser.open("/my/applications/" + food.number());
		assertThat(browser.findAll("main table")).isEmpty();
		assertThat(browser.findAll("main ol.timeline > li")).extracting(WebElement::getText)
			.anySatisfy(step -> assertThat(step).contains("受理", "市市场监督管理局"))
			.anySatisfy(step -> assertThat(step).contains("补正材料", "申请人", "进行中"));
		assertThat(fitsTheWindow(browser)).isTrue();
		browser.clickThrough(".header__logout button");

		EnrolledStaff clerk = EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.WINDOW_CLERK, CaseFixtures.SCJGJ));
		logIn(browser, clerk.accountName(), TestAccounts.PASSWORD);
		browser.find("#code").sendKeys(clerk.authenticator().code());
		browser.clickThrough("form[action='/login/second-factor'] button[type=submit]");
		browser.open("/staff/cases/" + food.number());
		assertThat(browser.findAll("main ol.history > li")).extracting(WebElement::getText)
			.anySatisfy(entry -> assertThat(entry).contains("一次性告知补正", "平面图应标明各功能区的面积"));
		assertThat(fitsTheWindow(browser)).isTrue();
	}

	@Test
	@DisplayName("At 1366px the staff pages use the screen's width and no column of the queue wraps a word a line")
	void theQueueSpreadsOverADesktop(Browser browser) {
		cases.foodLicence();
		EnrolledStaff clerk = EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.WINDOW_CLERK, CaseFixtures.SCJGJ));
		browser.resize(Browser.DESKTOP);
		logIn(browser, clerk.accountName(), TestAccounts.PASSWORD);
		browser.find("#code").sendKeys(clerk.authenticator().code());
		browser.clickThrough("form[action='/login/second-factor'] button[type=submit]");

		for (String language : new String[] { "zh", "en" }) {
			browser.open("/staff?step=ACCEPTANCE&lang=" + language);
			double main = number(browser, "return document.querySelector('main').getBoundingClientRect().width;");
			assertThat(main).as("the main column at 1366px").isGreaterThan(1250);
			double line = number(browser,
					"return parseFloat(getComputedStyle(document.querySelector('.queue th')).lineHeight);");
			List<WebElement> headers = browser.findAll(".queue th");
			assertThat(headers).hasSize(10);
			for (WebElement header : headers) {
				assertThat(header.getRect().getHeight()).as("%s: %s", language, header.getText())
					.isLessThanOrEqualTo((int) Math.ceil(2 * line + 16));
			}
			// A column too narrow for its words shows them a character a line; at most
			// the deadline's colour and days,
			// or a button, take more than one.
			for (WebElement cell : browser.findAll(".queue tbody tr:first-child td")) {
				assertThat(cell.getRect().getHeight()).as("%s: %s", language, cell.getText())
					.isLessThanOrEqualTo((int) Math.ceil(3 * line + 16));
			}
			assertThat(browser.findAll(".queue tbody .code")).allSatisfy(
					number -> assertThat(number.getRect().getHeight()).isLessThanOrEqualTo((int) Math.ceil(line)));
			assertThat(fitsTheWindow(browser)).isTrue();
		}
	}

	private static void logIn(Browser browser, String username, String password) {
		browser.open("/login");
		browser.find("#username").sendKeys(username);
		browser.find("#password").sendKeys(password);
		browser.clickThrough("form[action='/login'] button[type=submit]");
	}

	/** Nothing is wider than the window: the reader never scrolls sideways. */
	private static boolean fitsTheWindow(Browser browser) {
		return Boolean.TRUE.equals(
				browser.driver().executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"));
	}

	private static double number(Browser browser, String script) {
		return ((Number) browser.driver().executeScript(script)).doubleValue();
	}

}
