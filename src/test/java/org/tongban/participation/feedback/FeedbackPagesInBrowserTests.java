package org.tongban.participation.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
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
 * R10.1, R13.1: on a phone a visitor files a complaint without signing in, is told next
 * to each field what is wrong, checks the answers and keeps the tracking number and query
 * code; the department's reviewer answers it from the queue; the visitor reads the answer
 * and says it did not solve the problem, which sends it back. Every page passes
 * axe-core's WCAG 2.1 AA rules and none scrolls sideways.
 */
@BrowserTest
class FeedbackPagesInBrowserTests {

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	TestClock clock;

	/** A minute between classes' log-ins and filings from 127.0.0.1. */
	@BeforeEach
	@AfterEach
	void letAMinutePass() {
		clock.advance(Duration.ofMinutes(1));
	}

	@Test
	void aVisitorComplainsTheDepartmentAnswersAndTheVisitorSendsItBack(Browser browser) {
		browser.resize(Browser.PHONE);
		browser.open("/feedback");
		checked(browser);
		browser.clickThrough("a.button--start");
		assertThat(browser.currentPath()).isEqualTo("/feedback/new");
		checked(browser);

		browser.clickThrough("form[action='/feedback/new'] button[type=submit]");
		assertThat(browser.find(".error-summary").getText()).contains("请选择类型");
		assertThat(browser.find("#kind-error").getText()).contains("请选择类型：投诉、建议或举报");
		checked(browser);

		browser.find("label[for='kind-COMPLAINT']").click();
		browser.find("label[for='subject-DEPARTMENT']").click();
		new Select(browser.find("#departmentCode")).selectByValue("SCJGJ");
		browser.find("#text").sendKeys("窗口工作人员推诿，让我跑了三次。");
		browser.find("#name").sendKeys("孙七");
		browser.find("#mobile").sendKeys("139123");
		browser.clickThrough("form[action='/feedback/new'] button[type=submit]");
		assertThat(browser.find("#mobile-error").getText()).contains("请输入11位手机号码");
		checked(browser);
		browser.find("#mobile").clear();
		browser.find("#mobile").sendKeys(TestAccounts.mobile().value());
		browser.clickThrough("form[action='/feedback/new'] button[type=submit]");

		assertThat(browser.currentPath()).isEqualTo("/feedback/check");
		assertThat(browser.find("main").getText()).contains("投诉", "窗口工作人员推诿", "孙七");
		checked(browser);
		browser.clickThrough("form[action='/feedback/check'] button[type=submit]");
		assertThat(browser.currentPath()).isEqualTo("/feedback/confirmation");
		String number = browser.find(".confirmation__number").getText();
		String code = browser.find(".query-code").getText();
		assertThat(number).matches("FK\\d{14}");
		checked(browser);

		EnrolledStaff reviewer = EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.REVIEWER, "SCJGJ"));
		browser.open("/login");
		browser.find("#username").sendKeys(reviewer.accountName());
		browser.find("#password").sendKeys(TestAccounts.PASSWORD);
		browser.clickThrough("form[action='/login'] button[type=submit]");
		browser.find("#code").sendKeys(reviewer.authenticator().code());
		browser.clickThrough("form[action='/login/second-factor'] button[type=submit]");
		browser.open("/staff/feedback");
		checked(browser);
		browser.clickThrough("a[href='/staff/feedback/" + number + "']");
		assertThat(browser.find("main").getText()).contains("窗口工作人员推诿").doesNotContain("孙七");
		checked(browser);
		browser.clickThrough("form[action$='/answer'] button[type=submit]");
		assertThat(browser.find("#answer-error").getText()).contains("请填写答复");
		checked(browser);
		browser.find("#answer").sendKeys("已核实，对相关人员批评教育，您的申请已安排专人办理。");
		browser.clickThrough("form[action$='/answer'] button[type=submit]");
		assertThat(browser.find(".banner").getText()).contains("已答复");
		checked(browser);

		browser.open("/feedback/follow");
		checked(browser);
		browser.find("#number").sendKeys(number);
		browser.find("#code").sendKeys("WRONGCOD");
		browser.clickThrough("form[action='/feedback/follow'] button[type=submit]");
		assertThat(browser.find(".error-summary").getText()).contains("受理编号或查询码不正确");
		checked(browser);
		browser.find("#code").clear();
		browser.find("#code").sendKeys(code);
		browser.clickThrough("form[action='/feedback/follow'] button[type=submit]");
		assertThat(browser.find("main").getText()).contains("已核实，对相关人员批评教育", "已答复");
		checked(browser);
		browser.clickThrough("form[action='/feedback/follow/verdict'] button[type=submit]");
		assertThat(browser.find(".error-summary").getText()).contains("请选择答复是否解决了您的问题");
		checked(browser);
		browser.find("label[for='resolved-false']").click();
		browser.clickThrough("form[action='/feedback/follow/verdict'] button[type=submit]");
		assertThat(browser.find(".banner").getText()).contains("已退回承办部门重新办理");
		assertThat(browser.find("main").getText()).contains("重新办理");
		checked(browser);
	}

	private static void checked(Browser browser) {
		assertThat(browser.scrollsSideways()).as("%s scrolls sideways", browser.currentPath()).isFalse();
		assertThat(browser.accessibilityViolations()).as("axe on %s", browser.currentPath()).isEmpty();
	}

}
