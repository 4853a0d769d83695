package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.BundleApplication;
import org.tongban.application.BundleApplications;
import org.tongban.application.EnterpriseStartBundles;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.Role;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.TestClock;

/**
 * R5.2, R15.3, R13.1: on a phone, the lead department's approver finds the 企业开办 bundle
 * among the bundles it leads, reads its members and clock, and extends the clock with a
 * reason after being told one is needed; every page passes axe-core's WCAG 2.1 AA rules
 * and none scrolls sideways.
 */
@BrowserTest
class BundlePagesInBrowserTests {

	@Autowired
	EnterpriseStartBundles enterpriseStart;

	@Autowired
	BundleApplications applications;

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	TestClock clock;

	/** A minute between classes' log-ins from 127.0.0.1, as the other browser tests. */
	@AfterEach
	void takeBack() {
		clock.reset();
		clock.advance(Duration.ofMinutes(1));
	}

	@Test
	void theLeadDepartmentExtendsTheBundleOnAPhone(Browser browser) {
		Restaurant enterprise = enterpriseStart.enterprise();
		BundleApplication draft = enterpriseStart.completeDraft(enterprise);
		String number = applications.submit(enterprise.enterprise(), draft.id(), UUID.randomUUID().toString()).number();
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> applications.get(enterprise.enterprise(), draft.id()).stage(1).get(0).status(),
					status -> status == ApplicationStatus.SUBMITTED);
		logIn(browser, DepartmentRole.of(Role.APPROVER, "SCJGJ"));

		browser.open("/staff/bundles");
		assertThat(browser.find("main").getText()).contains(number, "企业开办一件事");
		assertPageIsAccessible(browser);

		browser.clickThrough("a[href='/staff/bundles/" + number + "']");
		assertThat(browser.find("main").getText()).contains("企业设立登记", "新办纳税人涉税事项", "单位社会保险登记", "公章刻制备案",
				"联合办理法定 45 个工作日");
		assertPageIsAccessible(browser);

		browser.clickThrough("a[href='/staff/bundles/" + number + "/extend']");
		browser.clickThrough("form[action='/staff/bundles/" + number + "/extend'] button[type=submit]");
		assertThat(browser.find("main").getText()).contains("请填写此项");
		assertPageIsAccessible(browser);

		browser.find("#reason").sendKeys("涉及多部门会商，需延长办理期限。");
		browser.clickThrough("form[action='/staff/bundles/" + number + "/extend'] button[type=submit]");
		assertThat(browser.currentPath()).isEqualTo("/staff/bundles/" + number);
		assertThat(browser.find("main").getText()).contains("已延长一件事的办理期限", "延长 15 个工作日");
		assertPageIsAccessible(browser);
	}

	private void logIn(Browser browser, DepartmentRole role) {
		EnrolledStaff staff = EnrolledStaff.create(accounts, secondFactor, clock, role);
		browser.resize(Browser.PHONE);
		staff.logIn(browser);
	}

	private static void assertPageIsAccessible(Browser browser) {
		assertThat(browser.scrollsSideways()).isFalse();
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

}
