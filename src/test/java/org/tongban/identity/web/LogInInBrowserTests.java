package org.tongban.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.TestAccounts.Person;
import org.tongban.identity.factors.Authenticator;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;

/**
 * R1.3, R13.1, R13.2 in a real browser on a phone: an applicant asks for their account,
 * is sent to log in, logs in with a plain form, sees their account with the numbers
 * masked, is told that a staff page is not theirs, and logs out, without sideways
 * scrolling; a member of staff logs in with their password and the code of their
 * authenticator app.
 */
@BrowserTest
class LogInInBrowserTests {

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	Clock clock;

	@Test
	void anApplicantLogsInAndOutOnAPhone(Browser browser) {
		Person person = new TestAccounts(accounts).person();
		browser.resize(Browser.PHONE);

		browser.open("/my");

		assertThat(browser.currentPath()).isEqualTo("/login");
		assertThat(browser.find("h1").getText()).isEqualTo("登录");
		assertThat(browser.scrollsSideways()).isFalse();

		browser.find("#username").sendKeys(person.mobile().value());
		browser.find("#password").sendKeys(TestAccounts.PASSWORD);
		browser.clickThrough("form[action='/login'] button[type=submit]");

		assertThat(browser.currentPath()).startsWith("/my");
		assertThat(browser.find("h1").getText()).isEqualTo("我的账户");
		assertThat(browser.find("main").getText()).contains(person.residentId().masked(), person.mobile().masked())
			.doesNotContain(person.mobile().value());
		assertThat(browser.find(".header__user").getText()).contains(person.actor().name());
		assertThat(browser.scrollsSideways()).isFalse();

		browser.open("/staff");
		assertThat(browser.find("h1").getText()).as("a staff page").isEqualTo("无权访问");
		assertThat(browser.find("main").getText()).contains("您的账号无权访问此页面。");

		browser.clickThrough(".header__logout button");

		assertThat(browser.currentPath()).isEqualTo("/login?logout");
		assertThat(browser.find(".banner").getText()).isEqualTo("您已安全退出。");
		browser.open("/my");
		assertThat(browser.currentPath()).isEqualTo("/login");
	}

	@Test
	void aMemberOfStaffLogsInWithPasswordAndTheCodeOfTheirAuthenticator(Browser browser) {
		String accountName = TestAccounts.accountName();
		Actor staff = new TestAccounts(accounts).staff(accountName, DepartmentRole.of(Role.REVIEWER, "SCJGJ"));
		Authenticator authenticator = Authenticator.random(clock);
		secondFactor.enrolUnlessEnrolled(staff.id(), authenticator.secret());

		browser.open("/login");
		browser.find("#username").sendKeys(accountName);
		browser.find("#password").sendKeys(TestAccounts.PASSWORD);
		browser.clickThrough("form[action='/login'] button[type=submit]");

		assertThat(browser.currentPath()).isEqualTo("/login/second-factor");
		assertThat(browser.find("h1").getText()).isEqualTo("第二重验证");
		browser.find("#code").sendKeys(authenticator.code());
		browser.clickThrough("form[action='/login/second-factor'] button[type=submit]");

		assertThat(browser.currentPath()).startsWith("/staff");
		assertThat(browser.find("main").getText()).contains(accountName);
	}

}
