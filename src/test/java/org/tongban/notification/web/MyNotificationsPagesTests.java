package org.tongban.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tongban.identity.Accounts;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.LogInMethod;
import org.tongban.support.TestClock;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.TestAccounts.Person;
import org.tongban.identity.Visitor;
import org.tongban.identity.login.ApiTokens;
import org.tongban.notification.CaseNotice;
import org.tongban.notification.Notifications;
import org.tongban.notification.Recipient;
import org.tongban.shared.LocalizedText;
import org.tongban.support.WebPage;

import com.jayway.jsonpath.JsonPath;

/**
 * R6.2, R13: the applicant reads their in-app messages, newest first, the new ones marked
 * until seen, in their language, on the page and through the API; and gives, changes or
 * removes the e-mail address they are also told at, a malformed one refused with the
 * reason next to the field.
 */
@IdentityTest
class MyNotificationsPagesTests {

	static final LocalizedText FOOD_LICENCE = LocalizedText.of("食品经营许可", "Food business licence");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Notifications notifications;

	@Autowired
	ApiTokens tokens;

	@Autowired
	TestClock clock;

	Person person;

	Visitor visitor;

	@BeforeEach
	void logIn() {
		person = new TestAccounts(accounts).person();
		visitor = new Visitor(mvc);
		visitor.logIn(person.mobile().value(), TestAccounts.PASSWORD);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theApplicantReadsTheirMessagesNewestFirstTheNewOnesMarkedUntilSeen() {
		tell(Locale.SIMPLIFIED_CHINESE,
				CaseNotice.accepted("TB20261127000301", FOOD_LICENCE, LocalDate.of(2026, 11, 27)));
		clock.advance(Duration.ofHours(1));
		tell(Locale.SIMPLIFIED_CHINESE, CaseNotice.correctionRequested("TB20261127000302", FOOD_LICENCE, 2));

		WebPage page = visitor.page("/my/notifications");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.title()).startsWith("我的消息");
		assertThat(page.text()).containsSubsequence("需要补正 2 项内容", "TB20261127000301（食品经营许可）已于2026年11月27日受理");
		assertThat(page.count("未读")).isEqualTo(2);
		assertThat(page.html()).contains("href=\"/my/applications/TB20261127000302\"",
				"href=\"/my/applications/TB20261127000301\"");

		WebPage again = visitor.page("/my/notifications");
		assertThat(again.count("未读")).as("seen").isZero();
		assertThat(again.text()).contains("TB20261127000302");
		assertThat(visitor.page("/my").html()).contains("href=\"/my/notifications\"");
	}

	@Test
	void anEnglishReaderReadsEnglish() {
		tell(Locale.ENGLISH, CaseNotice.granted("TB20261127000303", FOOD_LICENCE));

		WebPage page = visitor.page("/my/notifications?lang=en");
		assertThat(page.text()).contains("My messages", "New",
				"Your application TB20261127000303 (Food business licence) has been granted", "See the application");
	}

	@Test
	void theApiListsTheMessagesWithoutMarkingThemRead() throws Exception {
		tell(Locale.SIMPLIFIED_CHINESE, CaseNotice.denied("TB20261127000304", FOOD_LICENCE));
		String token = tokens.issue(person.actor().id(), LogInMethod.PASSWORD).token();

		String json = mvc.get()
			.uri("/api/v1/my/notifications")
			.header("Authorization", "Bearer " + token)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(JsonPath.<List<String>>read(json, "$[*].kind")).containsExactly("DENIED");
		assertThat(JsonPath.<List<String>>read(json, "$[*].text")).singleElement()
			.asString()
			.startsWith("您的申请 TB20261127000304（食品经营许可）不予许可");
		assertThat(JsonPath.<List<String>>read(json, "$[*].link")).containsExactly("/my/applications/TB20261127000304");
		assertThat(JsonPath.<List<Boolean>>read(json, "$[*].read")).containsExactly(false);
		assertThat(visitor.page("/my/notifications").count("未读")).isEqualTo(1);
	}

	@Test
	void theApplicantGivesChangesAndRemovesTheirEmailAddressAndAMalformedOneIsRefused() {
		assertThat(visitor.page("/my/notifications").text()).contains("您还没有留下电子邮箱地址");

		WebPage refused = WebPage.of(visitor.post("/my/notifications/email", "email", "zhang.example.com"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.title()).startsWith("错误");
		assertThat(refused.text()).contains("存在以下问题", "电子邮箱地址的格式不正确，应类似 zhang@example.com。");
		assertThat(refused.html()).contains("value=\"zhang.example.com\"");
		assertThat(WebPage.of(visitor.post("/my/notifications/email", "email", " ")).text()).contains("请填写电子邮箱地址。");

		assertThat(visitor.post("/my/notifications/email", "email", "Zhang.Wei@Example.COM")).hasStatus(302)
			.hasRedirectedUrl("/my/notifications");
		WebPage saved = visitor.page("/my/notifications");
		assertThat(saved.text()).contains("已保存", "通知将同时发送到 Zhang.Wei@example.com。", "不再发送电子邮件");

		visitor.post("/my/notifications/email", "email", "wei@example.org");
		assertThat(visitor.page("/my/notifications").text()).contains("通知将同时发送到 wei@example.org。");

		assertThat(visitor.post("/my/notifications/email/remove")).hasStatus(302);
		assertThat(visitor.page("/my/notifications").text()).contains("已删除电子邮箱地址", "您还没有留下电子邮箱地址");
		assertThat(WebPage.of(visitor.post("/my/notifications/email?lang=en", "email", "zhang@")).text())
			.contains("Enter an e-mail address in the right format, like name@example.com.");
	}

	void tell(Locale locale, CaseNotice notice) {
		notifications.tell(new Recipient(person.actor().id(), null, locale), notice);
	}

}
