package org.tongban.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WindowType;
import org.tongban.identity.TestAccounts;
import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;

/**
 * R1.1, R1.2, R13.1, R13.2 in a real browser on a phone: a person of the population
 * registry goes from log-in to registration, asks for a code, reads it in the development
 * outbox as a tester would, completes the form and is logged in, without sideways
 * scrolling.
 */
@BrowserTest
class RegistrationInBrowserTests {

	private static final Pattern CODE = Pattern.compile("\\d{6}");

	@Test
	void aPersonRegistersOnAPhoneWithTheCodeFromTheOutbox(Browser browser) {
		MobileNumber mobile = TestAccounts.mobile();
		browser.resize(Browser.PHONE);
		browser.open("/login");
		browser.clickThrough("a[href='/register']");
		browser.clickThrough("a[href='/register/person']");

		assertThat(browser.find("h1").getText()).isEqualTo("个人注册");
		assertThat(browser.scrollsSideways()).isFalse();
		browser.find("#name").sendKeys("郭子轩");
		browser.find("#residentId").sendKeys("21021120031015057X");
		browser.find("#mobile").sendKeys(mobile.value());
		browser.clickThrough("button[name=send]");

		assertThat(browser.find(".banner").getText()).contains("验证码已发送");
		assertThat(browser.find("#name").getAttribute("value")).isEqualTo("郭子轩");
		browser.find("#smsCode").sendKeys(codeFromTheOutbox(browser, mobile));
		browser.find("#password").sendKeys(TestAccounts.PASSWORD);
		browser.find("#passwordConfirmation").sendKeys(TestAccounts.PASSWORD);
		browser.find("label[for=acceptTerms]").click();
		browser.clickThrough("form[action='/register/person'] button.button:not([name])");

		assertThat(browser.currentPath()).isEqualTo("/register/done");
		assertThat(browser.find("main").getText()).contains("郭子轩，您的账号已开通，已为您登录。");
		assertThat(browser.scrollsSideways()).isFalse();
		browser.clickThrough("main a[href='/my']");
		assertThat(browser.find("main").getText()).contains("210211********057X");
	}

	/**
	 * Reads the code in another tab, as a tester would, so that the form keeps what was
	 * typed.
	 */
	private static String codeFromTheOutbox(Browser browser, MobileNumber mobile) {
		var driver = browser.driver();
		String form = driver.getWindowHandle();
		driver.switchTo().newWindow(WindowType.TAB);
		browser.open("/dev/outbox?recipient=" + mobile.value());
		Matcher code = CODE.matcher(browser.find("main .text").getText());
		assertThat(code.find()).as("a code in the outbox").isTrue();
		driver.close();
		driver.switchTo().window(form);
		return code.group();
	}

}
