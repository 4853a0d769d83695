package org.tongban.notification.devoutbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.json.AbstractJsonContentAssert;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.notification.EmailAddress;
import org.tongban.notification.EmailMessage;
import org.tongban.notification.Notifications;
import org.tongban.notification.SmsMessage;
import org.tongban.shared.identifiers.MobileNumber;
import org.tongban.support.WebPage;

import com.jayway.jsonpath.JsonPath;

/**
 * In the demo, every SMS and e-mail the platform sends is kept in the development outbox,
 * where a tester reads it on {@code /dev/outbox} or as JSON on
 * {@code /api/v1/dev/outbox}: newest first, filtered by recipient (written any usual way)
 * and channel, in the recipient's language (R6.2). Each test writes to recipients of its
 * own, so that the messages of other tests do not count.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DevOutboxTests {

	@Autowired
	Clock clock;

	private static final String MESSAGE = "<li class=\"result outbox-message\">";

	static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void anSmsAndAnEmailAppearInTheJsonWithEverythingATesterNeeds() {
		MobileNumber phone = newPhone();
		EmailAddress address = newAddress();

		notifications.sms(phone, SmsMessage.loginCode("204816", FIVE_MINUTES), Locale.SIMPLIFIED_CHINESE);
		notifications.email(address, EmailMessage.accountRegistered("Zhang Wei"), Locale.ENGLISH);

		AbstractJsonContentAssert<?> sms = json("/api/v1/dev/outbox?recipient={r}", phone.value());
		sms.extractingPath("$").asArray().hasSize(1);
		sms.extractingPath("$[0].channel").isEqualTo("SMS");
		sms.extractingPath("$[0].recipient").isEqualTo(phone.value());
		sms.extractingPath("$[0].subject").isNull();
		sms.extractingPath("$[0].body").isEqualTo("【D市政务服务网】您的登录验证码为204816，5分钟内有效。请勿泄露给他人。");
		sms.extractingPath("$[0].createdAt")
			.asString()
			.endsWith("+08:00")
			.satisfies(createdAt -> assertThat(OffsetDateTime.parse(createdAt).toInstant()).isEqualTo(clock.instant()));

		AbstractJsonContentAssert<?> email = json("/api/v1/dev/outbox?recipient={r}", address.value());
		email.extractingPath("$[0].channel").isEqualTo("EMAIL");
		email.extractingPath("$[0].recipient").isEqualTo(address.value());
		email.extractingPath("$[0].subject").isEqualTo("Your account with D City Government Services is ready");
		email.extractingPath("$[0].body").asString().startsWith("Dear Zhang Wei,").contains("hotline 12345");
	}

	@Test
	void newestFirstAndTheLimitTakesTheNewest() {
		MobileNumber phone = newPhone();
		for (String code : List.of("111111", "222222", "333333")) {
			notifications.sms(phone, SmsMessage.loginCode(code, FIVE_MINUTES), Locale.SIMPLIFIED_CHINESE);
		}

		assertThat(codes("/api/v1/dev/outbox?recipient={r}", phone.value())).containsExactly("333333", "222222",
				"111111");
		assertThat(codes("/api/v1/dev/outbox?recipient={r}&limit=2", phone.value())).containsExactly("333333",
				"222222");
	}

	@Test
	void aTesterFindsTheirMessagesHoweverTheyWriteTheRecipient() {
		MobileNumber phone = newPhone();
		String local = "Tester." + UUID.randomUUID();
		EmailAddress address = EmailAddress.parse(local + "@Example.com");
		notifications.sms(phone, SmsMessage.registrationCode("135790", FIVE_MINUTES), Locale.SIMPLIFIED_CHINESE);
		notifications.email(address, EmailMessage.accountRegistered("张伟"), Locale.SIMPLIFIED_CHINESE);

		String written = "+86 " + phone.value().substring(0, 3) + "-" + phone.value().substring(3, 7) + "-"
				+ phone.value().substring(7);
		json("/api/v1/dev/outbox?recipient={r}", written).extractingPath("$[*].recipient")
			.asArray()
			.containsExactly(phone.value());
		json("/api/v1/dev/outbox?recipient={r}", local.toLowerCase(Locale.ROOT) + "@EXAMPLE.COM")
			.extractingPath("$[*].recipient")
			.asArray()
			.containsExactly(local + "@example.com");
	}

	@Test
	void filtersByChannel() {
		MobileNumber phone = newPhone();
		notifications.sms(phone, SmsMessage.loginCode("246802", FIVE_MINUTES), Locale.SIMPLIFIED_CHINESE);
		EmailAddress address = newAddress();
		notifications.email(address, EmailMessage.accountRegistered("张伟"), Locale.SIMPLIFIED_CHINESE);

		json("/api/v1/dev/outbox?recipient={r}&channel=SMS", phone.value()).extractingPath("$").asArray().hasSize(1);
		json("/api/v1/dev/outbox?recipient={r}&channel=EMAIL", phone.value()).extractingPath("$").asArray().isEmpty();
		json("/api/v1/dev/outbox?recipient={r}&channel=EMAIL", address.value()).extractingPath("$[*].channel")
			.asArray()
			.containsExactly("EMAIL");
		json("/api/v1/dev/outbox?recipient={r}&channel=SMS", address.value()).extractingPath("$").asArray().isEmpty();
	}

	@Test
	@DisplayName("R12.5: the API lists the messages of one recipient, never everybody's codes at once")
	void theApiRefusesToListEveryRecipient() {
		notifications.sms(newPhone(), SmsMessage.loginCode("161803", FIVE_MINUTES), Locale.SIMPLIFIED_CHINESE);

		for (String query : List.of("", "?limit=100", "?channel=SMS&limit=100", "?recipient=", "?recipient=%20")) {
			AbstractJsonContentAssert<?> problem = assertThat(mvc.get().uri(URI.create("/api/v1/dev/outbox" + query)))
				.as(query)
				.hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson();
			problem.extractingPath("$.parameter").isEqualTo("recipient");
			problem.extractingPath("$.detail").isEqualTo("请填写收件人的手机号码或电子邮箱地址：发件箱每次只显示一位收件人的消息。");
		}
	}

	@Test
	@DisplayName("R12.5: the page asks for the recipient before it shows any message")
	void thePageAsksForTheRecipient() {
		notifications.sms(newPhone(), SmsMessage.loginCode("141421", FIVE_MINUTES), Locale.SIMPLIFIED_CHINESE);

		WebPage empty = page("channel=SMS");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.text()).contains("请填写收件人，查看发给他的短信和电子邮件。").doesNotContain("141421");
		assertThat(empty.count(MESSAGE)).isZero();

		WebPage blank = page("recipient=&channel=SMS");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.text()).contains("错误：请填写收件人的手机号码或电子邮箱地址").doesNotContain("141421");
	}

	@ParameterizedTest
	@CsvSource({ "203.0.113.9, ''", "10.77.0.1, ''", "10.77.0.1, 127.0.0.1", "127.0.0.1, 203.0.113.9" })
	@DisplayName("R12.5: only a caller on the platform's own machine reads the outbox; X-Forwarded-For counts for nothing")
	void aCallerFromAnotherMachineIsRefused(String peer, String forwardedFor) {
		MobileNumber phone = newPhone();
		notifications.sms(phone, SmsMessage.loginCode("662607", FIVE_MINUTES), Locale.SIMPLIFIED_CHINESE);

		for (String path : List.of("/api/v1/dev/outbox?recipient=", "/dev/outbox?recipient=")) {
			var request = mvc.get().uri(URI.create(path + phone.value())).with(call -> {
				call.setRemoteAddr(peer);
				return call;
			});
			if (!forwardedFor.isEmpty()) {
				request.header("X-Forwarded-For", forwardedFor);
			}
			assertThat(request).as(path)
				.hasStatus(HttpStatus.FORBIDDEN)
				.bodyText()
				.contains("演示发件箱只对运行平台的本机开放")
				.doesNotContain("662607");
		}
	}

	@Test
	@DisplayName("R6.2: a tester on the machine itself reads the outbox over IPv6 too")
	void aCallerOnTheMachineOverIpv6IsServed() {
		MobileNumber phone = newPhone();
		notifications.sms(phone, SmsMessage.loginCode("577215", FIVE_MINUTES), Locale.SIMPLIFIED_CHINESE);

		assertThat(mvc.get().uri("/api/v1/dev/outbox?recipient={r}", phone.value()).with(call -> {
			call.setRemoteAddr("0:0:0:0:0:0:0:1");
			return call;
		})).hasStatusOk().bodyText().contains("577215");
	}

	@Test
	void aMessageStaysSentWhenTheSendersTransactionRollsBack() {
		MobileNumber phone = newPhone();

		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			notifications.sms(phone, SmsMessage.loginCode("975310", FIVE_MINUTES), Locale.SIMPLIFIED_CHINESE);
			status.setRollbackOnly();
		});

		assertThat(codes("/api/v1/dev/outbox?recipient={r}", phone.value())).containsExactly("975310");
	}

	@ParameterizedTest
	@CsvSource({ "recipient=abc, recipient, 请填写手机号码或电子邮箱地址，例如 13800138000 或 zhang@example.com。",
			"recipient=010-12345678, recipient, 请填写手机号码或电子邮箱地址，例如 13800138000 或 zhang@example.com。",
			"channel=FAX, channel, 参数“channel”的值“FAX”格式不正确，应为SMS（短信）或 EMAIL（电子邮件）。",
			"recipient=13800138000&limit=0, limit, 条数必须在 1 到 100 之间。",
			"recipient=13800138000&limit=101, limit, 条数必须在 1 到 100 之间。",
			"limit=ten, limit, 参数“limit”的值“ten”格式不正确，应为整数。" })
	void aBadParameterIsAProblemThatNamesIt(String query, String parameter, String detail) {
		AbstractJsonContentAssert<?> problem = assertThat(mvc.get().uri("/api/v1/dev/outbox?" + query))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson();
		problem.extractingPath("$.parameter").isEqualTo(parameter);
		problem.extractingPath("$.detail").isEqualTo(detail);
	}

	@Test
	void aBadParameterIsExplainedInEnglishToo() {
		assertThat(mvc.get().uri("/api/v1/dev/outbox?recipient=abc&lang=en")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Enter a mobile number or an e-mail address, like 13800138000 or name@example.com.");
	}

	@Test
	void thePageShowsRecipientTimeAndTextNewestFirstAndSaysItIsOnlyTheDemo() {
		MobileNumber phone = newPhone();
		notifications.sms(phone, SmsMessage.registrationCode("864200", FIVE_MINUTES), Locale.SIMPLIFIED_CHINESE);
		notifications.sms(phone, SmsMessage.loginCode("531642", FIVE_MINUTES), Locale.SIMPLIFIED_CHINESE);

		WebPage page = page("recipient=" + phone.value());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.title()).isEqualTo("演示发件箱 - D市政务服务网");
		assertThat(page.text()).contains("此页面仅在演示环境中存在", "正式环境中没有此页面", "共 2 条消息，最新的在前");
		assertThat(page.count(MESSAGE)).isEqualTo(2);
		assertThat(page.text()).containsSubsequence("短信 收件人 " + phone.value() + " 时间 ", "【D市政务服务网】您的登录验证码为531642",
				"短信 收件人 " + phone.value(), "【D市政务服务网】您正在注册D市政务服务网账号，验证码为864200");
		assertThat(page.text()).containsPattern("时间 \\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}:\\d{2}");
		assertThat(page.html()).contains("value=\"" + phone.value() + "\"").contains("<time datetime=\"");
	}

	@Test
	void thePageShowsAnEmailWithItsSubjectAndInEnglish() {
		EmailAddress address = newAddress();
		notifications.email(address, EmailMessage.accountRegistered("Zhang Wei"), Locale.ENGLISH);

		WebPage page = page("recipient=" + encode(address.value()) + "&channel=EMAIL&lang=en");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.title()).isEqualTo("Demo outbox - D City Government Services");
		assertThat(page.text()).contains("This page exists only in the demonstration", "1 message, newest first",
				"E-mail Recipient " + address.value() + " Time ",
				"Your account with D City Government Services is ready", "Dear Zhang Wei,");
		assertThat(page.html()).contains("id=\"channel-EMAIL\" checked=\"checked\"");
	}

	@Test
	void thePageGoesOnPageByPageKeepingTheFilter() {
		MobileNumber phone = newPhone();
		for (int i = 0; i < DevOutbox.PAGE_SIZE + 1; i++) {
			notifications.sms(phone, SmsMessage.loginCode("%06d".formatted(i), FIVE_MINUTES),
					Locale.SIMPLIFIED_CHINESE);
		}

		WebPage first = page("recipient=" + phone.value());
		WebPage second = page("recipient=" + phone.value() + "&page=2");

		assertThat(first.count(MESSAGE)).isEqualTo(DevOutbox.PAGE_SIZE);
		assertThat(first.text()).contains("共 21 条消息", "第 1 页，共 2 页", "验证码为000020").doesNotContain("验证码为000000");
		assertThat(first.html()).contains("href=\"/dev/outbox?recipient=" + phone.value() + "&amp;page=2\"");
		assertThat(second.count(MESSAGE)).isEqualTo(1);
		assertThat(second.text()).contains("验证码为000000", "第 2 页，共 2 页");
	}

	@Test
	void thePageSaysWhenNothingMatches() {
		WebPage page = page("recipient=" + newPhone().value());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("共 0 条消息", "没有符合条件的消息。");
	}

	@Test
	void thePageShowsARefusedFilterNextToItsField() {
		WebPage page = page("recipient=abc");

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.title()).isEqualTo("错误：演示发件箱 - D市政务服务网");
		assertThat(page.text()).contains("存在以下问题", "错误：请填写手机号码或电子邮箱地址");
		assertThat(page.html()).contains("href=\"#recipient\"").contains("id=\"recipient-error\"");
		assertThat(page.count(MESSAGE)).isZero();

		WebPage channel = page("channel=FAX");
		assertThat(channel.status()).isEqualTo(400);
		assertThat(channel.text()).contains("请选择消息类型：短信或电子邮件。");
	}

	private WebPage page(String query) {
		return WebPage.of(mvc.get().uri(URI.create("/dev/outbox?" + query)).exchange());
	}

	private AbstractJsonContentAssert<?> json(String uri, Object... variables) {
		return assertThat(mvc.get().uri(uri, variables)).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson();
	}

	/** The codes of the SMS listed, in their order. */
	private List<String> codes(String uri, Object... variables) {
		String body = new String(mvc.get().uri(uri, variables).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		List<String> texts = JsonPath.read(body, "$[*].body");
		return texts.stream().map(text -> text.replaceAll("\\D*(\\d{6}).*", "$1")).toList();
	}

	/** A mobile number no other test writes to. */
	static MobileNumber newPhone() {
		return MobileNumber.parse("139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000)));
	}

	static EmailAddress newAddress() {
		return EmailAddress.parse("tester." + UUID.randomUUID() + "@example.com");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
