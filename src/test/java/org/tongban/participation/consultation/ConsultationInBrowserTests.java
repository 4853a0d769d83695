package org.tongban.participation.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.TestClock;

/**
 * R10.3, R13.1 in a real browser: a visitor asks on a matter's guide, is told what is
 * wrong, and gets the number and query code; the department's reviewer answers; the guide
 * shows the published FAQ. Every page passes axe, in Chinese and English.
 */
@BrowserTest
class ConsultationInBrowserTests {

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	Consultations consultations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	/** Log-ins from 127.0.0.1 are limited a minute (R12.4), as in the other classes. */
	@BeforeEach
	@AfterEach
	void letAMinutePass() {
		clock.advance(Duration.ofMinutes(1));
	}

	@Test
	@DisplayName("R10.3, R13.1: the visitor asks (refused first without a contact), gets the number and code; the reviewer answers; the guide shows the FAQ: every page passes axe")
	void askAnswerAndReadTheFaq(Browser browser) {
		browser.open("/matters/" + ConsultationTests.MATTER);
		browser.clickThrough("main a[href='/matters/" + ConsultationTests.MATTER + "/ask']");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.find("#question").sendKeys("餐饮店换了法定代表人，许可证需要变更吗？");
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.find(".error-summary").getText()).contains("请填写手机号码或电子邮箱");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.find("#email").sendKeys("reader@example.org");
		browser.clickThrough("main form button[type=submit]");
		String number = browser.find("#question-number").getText();
		assertThat(browser.find("main").getText()).contains("咨询已提交", browser.find("#query-code").getText());
		assertThat(browser.accessibilityViolations()).isEmpty();

		EnrolledStaff reviewer = EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.REVIEWER, ConsultationTests.DEPARTMENT));
		reviewer.logIn(browser);
		for (String language : new String[] { "en", "zh" }) {
			browser.open("/staff/questions?lang=" + language);
			assertThat(browser.find("main").getText()).contains(number);
			assertThat(browser.accessibilityViolations()).as(language).isEmpty();
		}
		String id = jdbc.sql("select id from participation_question where number = :number")
			.param("number", number)
			.query(String.class)
			.single();
		browser.open("/staff/questions/" + id);
		assertThat(browser.find("main").getText()).as("the question's page").contains(number, "换了法定代表人");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.find("#answer").sendKeys("法定代表人变更的，应在 30 日内申请许可变更。");
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.find("main").getText()).contains("已答复");
		assertThat(browser.accessibilityViolations()).isEmpty();

		Actor approver = new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.APPROVER, ConsultationTests.DEPARTMENT));
		consultations.publish(approver, java.util.UUID.fromString(id), "换了法定代表人，许可证需要变更吗？", "法定代表人变更的，应在 30 日内申请许可变更。");
		for (String language : new String[] { "en", "zh" }) {
			browser.open("/matters/" + ConsultationTests.MATTER + "?lang=" + language);
			assertThat(browser.find("#faq").getText()).contains("换了法定代表人，许可证需要变更吗？")
				.doesNotContain("reader@example.org");
			assertThat(browser.accessibilityViolations()).as(language).isEmpty();
		}
		browser.clickThrough("#faq a[href$='/helpful']");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.clickThrough("main form button[type=submit]");
		assertThat(browser.find("main").getText()).contains("感谢您的反馈。");
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

}
