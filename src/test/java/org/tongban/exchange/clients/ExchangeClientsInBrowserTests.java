package org.tongban.exchange.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.EnrolledStaff;
import org.tongban.identity.Role;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;
import org.tongban.support.TestClock;

/**
 * R9.3 in a real browser: the tax service's department admin registers its system as a
 * client of the data exchange, choosing only among the departments they administer, sees
 * the secret once and disables the client; every page free of accessibility violations
 * (axe).
 */
@BrowserTest
class ExchangeClientsInBrowserTests {

	@Autowired
	Accounts accounts;

	@Autowired
	StaffSecondFactor secondFactor;

	@Autowired
	TestClock clock;

	/** Log-ins from 127.0.0.1 are limited a minute (R12.4): each class has its own. */
	@BeforeEach
	@AfterEach
	void letAMinutePass() {
		clock.advance(Duration.ofMinutes(1));
	}

	@Test
	@DisplayName("A department admin registers their department's system, sees its secret once and disables it")
	void registerSeeTheSecretOnceAndDisable(Browser browser) {
		EnrolledStaff tax = EnrolledStaff.create(accounts, secondFactor, clock,
				DepartmentRole.of(Role.DEPARTMENT_ADMIN, "SWJ"));
		String name = "税务征管系统 " + Long.toString(System.nanoTime(), 36);

		tax.logIn(browser);
		browser.open("/admin/exchange-clients");
		assertThat(browser.accessibilityViolations()).isEmpty();
		assertThat(browser.findAll("[name=department]")).as("one department field, a choice among their own")
			.singleElement()
			.satisfies(field -> assertThat(field.getTagName()).isEqualTo("select"));
		assertThat(new Select(browser.find("#department")).getOptions())
			.extracting(option -> option.getAttribute("value"))
			.contains("SWJ")
			.doesNotContain("SCJGJ");

		browser.clickThrough("form[action='/admin/exchange-clients'] button[type=submit]");
		assertThat(browser.find(".error-summary").getText()).contains("请填写系统名称");
		assertThat(browser.accessibilityViolations()).isEmpty();

		new Select(browser.find("#department")).selectByValue("SWJ");
		browser.find("#name").sendKeys(name);
		browser.clickThrough("form[action='/admin/exchange-clients'] button[type=submit]");
		assertThat(browser.find("h1").getText()).isEqualTo("客户端已登记");
		String clientId = browser.find("#client-id").getText();
		assertThat(clientId).startsWith("swj-");
		assertThat(browser.find("#client-secret").getText()).hasSizeGreaterThanOrEqualTo(32);
		assertThat(browser.accessibilityViolations()).isEmpty();

		browser.open("/admin/exchange-clients");
		assertThat(browser.find("main").getText()).contains(clientId, name).doesNotContain("#client-secret");
		assertThat(browser.findAll("#client-secret")).as("the secret is shown once").isEmpty();
		browser.clickThrough("form[action='/admin/exchange-clients/" + clientId + "/disable'] button[type=submit]");
		assertThat(browser.find("main").findElement(By.xpath(".//tr[td[text()='" + clientId + "']]")).getText())
			.contains("已停用");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.clickThrough(".header__logout button");
	}

}
