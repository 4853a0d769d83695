package org.tongban.notification.devoutbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.notification.EmailAddress;
import org.tongban.notification.EmailMessage;
import org.tongban.notification.Notifications;
import org.tongban.notification.SmsMessage;
import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.support.Browser;
import org.tongban.support.BrowserTest;

/**
 * A tester finds the code sent to their phone on the development outbox, on a phone or a
 * desktop, with a plain form and without scrolling sideways, even past an e-mail address
 * too long for the screen (R6.2, R13.1, R13.2).
 */
@BrowserTest
class DevOutboxInBrowserTests {

	/** The narrowest phone the pages are made for. */
	static final Dimension SMALL_PHONE = new Dimension(320, 640);

	@Autowired
	Notifications notifications;

	@Test
	void findsACodeOnTheNarrowestPhone(Browser browser) {
		findsACode(browser.resize(SMALL_PHONE));
	}

	@Test
	void findsACodeOnADesktop(Browser browser) {
		findsACode(browser.resize(Browser.DESKTOP));
	}

	private void findsACode(Browser browser) {
		MobileNumber phone = DevOutboxTests.newPhone();
		notifications.sms(phone, SmsMessage.loginCode("271828", Duration.ofMinutes(5)), Locale.SIMPLIFIED_CHINESE);
		notifications.email(
				EmailAddress
					.parse("a.very.long.address.that.does.not.fit.on.a.phone." + phone.value() + "@mail.example.com"),
				EmailMessage.accountRegistered("张伟"), Locale.SIMPLIFIED_CHINESE);

		browser.open("/dev/outbox");
		assertThat(browser.find("h1").getText()).isEqualTo("演示发件箱");
		assertThat(browser.find(".banner").getText()).contains("此页面仅在演示环境中存在");
		assertThat(browser.scrollsSideways()).isFalse();

		WebElement recipient = browser.find("#recipient");
		recipient.sendKeys(
				phone.value().substring(0, 3) + " " + phone.value().substring(3, 7) + " " + phone.value().substring(7));
		browser.find("label[for=channel-SMS]").click();
		browser.clickThrough(".filters .button");

		assertThat(browser.currentPath()).startsWith("/dev/outbox?recipient=");
		assertThat(browser.find("#results-title").getText()).isEqualTo("共 1 条消息，最新的在前");
		assertThat(browser.find(".result .text").getText()).isEqualTo("【D市政务服务网】您的登录验证码为271828，5分钟内有效。请勿泄露给他人。");
		assertThat(browser.scrollsSideways()).isFalse();

		browser.open("/dev/outbox?channel=EMAIL&lang=en");
		assertThat(browser.find("h1").getText()).isEqualTo("Demo outbox");
		assertThat(browser.scrollsSideways()).isFalse();
	}

}
