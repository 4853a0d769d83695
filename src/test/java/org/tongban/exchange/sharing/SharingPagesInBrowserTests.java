package org.tongban.exchange.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.exchange.SharingGrants;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.Role;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.TestClock;

/**
 * R9.1 and R9.5 in a real browser, without a line of script of the platform's: the public
 * dictionary and sharing catalogue in both languages, and a department admin requesting
 * an element, the owning department's admin granting it after checking the decision;
 * every page free of accessibility violations (axe).
 */
@BrowserTest
class SharingPagesInBrowserTests {

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	SharingGrants grants;

	@Autowired
	TestClock clock;

	/** Log-ins from 127.0.0.1 are limited a minute (R12.4): each class has its own. */
	@BeforeEach
	@AfterEach
	void letAMinutePass() {
		clock.advance(Duration.ofMinutes(1));
	}

	@Test
	@DisplayName("The dictionary and the sharing catalogue are public, in Chinese and in English")
	void theDictionaryIsPublic(Browser browser) {
		browser.open("/data-elements");
		assertThat(browser.find("h1").getText()).isEqualTo("数据元目录与共享目录");
		assertThat(browser.find("tr#DE0002").getText()).contains("公民身份号码", "GAJ", "有条件共享");
		assertThat(browser.find("tr#DE0003").getText()).contains("不予共享");
		assertThat(browser.accessibilityViolations()).isEmpty();

		browser.open("/data-elements?lang=en");
		assertThat(browser.find("tr#DE0102").getText()).contains("Unified social credit code",
				"Shared unconditionally");
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

	@Test
	@DisplayName("The tax service's admin requests the credit code; the market regulator's admin checks and grants it")
	void requestAndGrant(Browser browser) {
		EnrolledStaff tax = EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.DEPARTMENT_ADMIN, "SWJ"));
		EnrolledStaff market = EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.DEPARTMENT_ADMIN, "SCJGJ"));
		String purpose = "browser-" + Long.toString(System.nanoTime(), 36);
		LocalDate lastDay = clock.today().plusDays(90);

		tax.logIn(browser);
		browser.open("/admin/sharing");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.clickThrough("form[action='/admin/sharing'] button[type=submit]");
		assertThat(browser.find(".error-summary").getText()).contains("请选择数据元", "用途代码");
		assertThat(browser.accessibilityViolations()).isEmpty();
		new Select(browser.find("#element")).selectByValue("DE0102");
		browser.find("#purpose").sendKeys(purpose);
		browser.find("#purposeText").sendKeys("企业开办时办理税务登记");
		browser.clickThrough("form[action='/admin/sharing'] button[type=submit]");
		assertThat(browser.find(".banner").getText()).contains("已提交共享申请");
		assertThat(browser.find("main dl").getText()).contains("DE0102", "SCJGJ", purpose, "待审核");
		assertThat(browser.accessibilityViolations()).isEmpty();
		String requestPath = browser.currentPath();
		browser.clickThrough(".header__logout button");

		market.logIn(browser);
		browser.open("/admin/sharing");
		assertThat(browser.find("main").getText()).contains("向本部门提出的申请", purpose);
		browser.open(requestPath);
		browser.find("label[for=decision]").click();
		browser.find("#validUntil").sendKeys(clock.today().toString());
		browser.clickThrough("form[action$='/decision'] button[type=submit]");
		assertThat(browser.find(".error-summary").getText()).contains("截止日期须晚于今天");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.find("#validUntil").clear();
		browser.find("#validUntil").sendKeys(lastDay.toString());
		browser.clickThrough("form[action$='/decision'] button[type=submit]");
		assertThat(browser.find("h1").getText()).isEqualTo("确认审核结果");
		assertThat(browser.find("main").getText()).contains("同意授权", lastDay.toString());
		assertThat(browser.accessibilityViolations()).isEmpty();
		assertThat(grants.inForce("SWJ", "DE0102", purpose, clock.today())).isEmpty();
		browser.clickThrough("form[action$='/decision'] button[type=submit]");
		assertThat(browser.find(".banner").getText()).contains("已授权");
		assertThat(browser.find("main dl").getText()).contains("已授权", lastDay.toString());

		assertThat(grants.inForce("SWJ", "DE0102", purpose, clock.today())).isPresent();
		browser.clickThrough(".header__logout button");
	}

}
