package org.tongban.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.tongban.application.ApplicationTest;
import org.tongban.support.TestClock;
import org.tongban.support.TestClock;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.notification.CaseNotice;
import org.tongban.notification.EmailAddress;
import org.tongban.notification.Notifications;
import org.tongban.notification.Recipient;
import org.tongban.shared.LocalizedText;
import org.tongban.support.AuditProbe;
import org.tongban.support.WebPage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * R6.2 against a real SMTP server in the test's process (GreenMail, on a free port;
 * stopped and started again on the same port to stand for a mail server that is down):
 * case notices are e-mailed in the recipient's language; with the server down a notice
 * waits with its error and attempts, where the administrator sees it, and goes out once
 * the server is back; after the configured attempts it waits for the administrator; a row
 * claimed by a node that stopped is taken again once the claim expires; and two
 * deliverers racing over the same rows send each once.
 */
@SpringBootTest(properties = "tongban.notification.max-attempts=3")
@AutoConfigureMockMvc
class EmailNotificationTests {

	static final LocalizedText FOOD_LICENCE = LocalizedText.of("食品经营许可", "Food business licence");

	static final int PORT = freePort();

	static final GreenMail smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
	}

	@Autowired
	Notifications notifications;

	@Autowired
	Contacts contacts;

	@Autowired
	OutboxDeliverer deliverer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@BeforeEach
	void serverUp() throws Exception {
		if (!smtp.isRunning()) {
			smtp.start();
		}
		smtp.purgeEmailFromAllMailboxes();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@AfterAll
	static void serverDown() {
		smtp.stop();
	}

	@Test
	void aNoticeIsEmailedInTheRecipientsLanguage() throws Exception {
		String domain = domain();
		String chinese = "zhang@" + domain;
		String english = "smith@" + domain;

		tell(chinese, Locale.SIMPLIFIED_CHINESE,
				CaseNotice.accepted("TB20261127000201", FOOD_LICENCE, LocalDate.of(2026, 11, 27)));
		UUID englishReader = tell(english, Locale.ENGLISH,
				CaseNotice.refused("TB20261127000202", FOOD_LICENCE, "Outside our remit"));

		MimeMessage inChinese = await().atMost(Duration.ofSeconds(10)).until(() -> received(chinese), m -> m != null);
		assertThat(inChinese.getSubject()).isEqualTo("您的申请 TB20261127000201 已受理");
		assertThat(body(inChinese)).startsWith("您好：\n\n您申请办理的“食品经营许可”（申请编号 TB20261127000201）已于2026年11月27日受理。")
			.contains("在线查看办件：http://localhost:8080/my/applications/TB20261127000201")
			.endsWith("如有疑问，请拨打政务服务便民热线 12345。");
		assertThat(inChinese.getFrom()).singleElement()
			.isEqualTo(new InternetAddress("no-reply@tongban.invalid", "D市政务服务网", "UTF-8"));
		assertThat(inChinese.getContentType()).containsIgnoringCase("charset=UTF-8");
		MimeMessage inEnglish = await().atMost(Duration.ofSeconds(10)).until(() -> received(english), m -> m != null);
		assertThat(inEnglish.getSubject()).isEqualTo("Your application TB20261127000202 has not been accepted");
		assertThat(body(inEnglish))
			.startsWith(
					"Hello,\n\nYour application for Food business licence (number TB20261127000202) was not accepted.")
			.contains("Reason: Outside our remit");
		assertThat(inEnglish.getHeader("X-Tongban-Message-Id")).as("the same on every attempt")
			.containsExactly(rowOf(englishReader).id());
	}

	@Test
	void withTheServerDownTheNoticeWaitsWhereTheAdministratorSeesItAndGoesOutWhenTheServerIsBack() throws Exception {
		smtp.stop();
		String address = "wang@" + domain();
		UUID account = tell(address, Locale.SIMPLIFIED_CHINESE, CaseNotice.granted("TB20261127000203", FOOD_LICENCE));

		awaitFailedAttempts(account, 1);
		Row waiting = rowOf(account);
		assertThat(waiting.status()).isEqualTo("PENDING");
		assertThat(waiting.lastError()).contains("The mail server did not take message", "w***@", "Connection refused")
			.doesNotContain(address);
		WebPage admin = adminPage();
		assertThat(admin.text()).contains("通知发送情况", EmailAddress.parse(address).masked(), "准予许可", "等待重试",
				"2026-11-27 10:01", "Connection refused");
		assertThat(admin.text()).as("never the message").doesNotContain("TB20261127000203", address);
		assertThat(WebPage.of(mvc.get().uri("/admin").with(authentication(admin())).exchange()).html())
			.contains("href=\"/admin/notifications\"");

		smtp.start();
		deliverer.deliverDue();
		assertThat(rowOf(account).attempts()).as("not due before its back-off").isEqualTo(1);
		clock.set(TestClock.DEMO_DAY.atTime(10, 1));
		deliverer.deliverDue();

		assertThat(await().atMost(Duration.ofSeconds(5)).until(() -> received(address), m -> m != null).getSubject())
			.isEqualTo("您的申请 TB20261127000203 已准予许可");
		assertThat(rowOf(account).status()).isEqualTo("SENT");
		assertThat(rowOf(account).attempts()).isEqualTo(2);
		assertThat(adminPage().text()).doesNotContain(EmailAddress.parse(address).masked());
	}

	@Test
	void afterTheLastAttemptTheNoticeWaitsForTheAdministratorWhoHasItSentAgain() throws Exception {
		smtp.stop();
		String address = "liu@" + domain();
		UUID account = tell(address, Locale.ENGLISH, CaseNotice.denied("TB20261127000204", FOOD_LICENCE));
		awaitFailedAttempts(account, 1);

		clock.set(TestClock.DEMO_DAY.atTime(10, 1));
		deliverer.deliverDue();
		assertThat(rowOf(account).attempts()).isEqualTo(2);
		assertThat(rowOf(account).status()).as("retried after 1, then 2 minutes").isEqualTo("PENDING");
		clock.set(TestClock.DEMO_DAY.atTime(10, 3));
		deliverer.deliverDue();
		assertThat(rowOf(account).attempts()).isEqualTo(3);
		assertThat(rowOf(account).status()).as("max-attempts=3").isEqualTo("FAILED");
		clock.set(TestClock.DEMO_DAY.atTime(12, 0));
		deliverer.deliverDue();
		assertThat(rowOf(account).attempts()).as("given up").isEqualTo(3);
		assertThat(adminPage().text()).contains(EmailAddress.parse(address).masked(), "已放弃", "不予许可");

		smtp.start();
		String retry = "/admin/notifications/" + rowOf(account).id() + "/retry";
		assertThat(mvc.post().uri(retry).with(authentication(admin())).with(csrf())).hasStatus(302)
			.hasRedirectedUrl("/admin/notifications");

		assertThat(await().atMost(Duration.ofSeconds(10)).until(() -> received(address), m -> m != null).getSubject())
			.isEqualTo("Your application TB20261127000204 has been denied");
		await().atMost(Duration.ofSeconds(5)).until(() -> rowOf(account).status().equals("SENT"));
		assertThat(mvc.post().uri(retry).with(authentication(admin())).with(csrf())).as("sent already").hasStatus(409);
		// R8.4: the administrator's retry and its refusal are in the audit trail.
		assertThat(new AuditProbe(jdbc).of("delivery", rowOf(account).id()))
			.extracting(AuditProbe.Row::action, AuditProbe.Row::outcome, AuditProbe.Row::role)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("delivery.retry", "SUCCESS", "SYSTEM_ADMIN"),
					org.assertj.core.groups.Tuple.tuple("delivery.retry", "FAILURE", "SYSTEM_ADMIN"));
	}

	@Test
	void aNoticeClaimedByANodeThatStoppedIsSentByAnotherOnceTheClaimExpires() throws Exception {
		smtp.stop();
		String address = "zhou@" + domain();
		UUID account = tell(address, Locale.SIMPLIFIED_CHINESE, CaseNotice.granted("TB20261127000205", FOOD_LICENCE));
		awaitFailedAttempts(account, 1);
		smtp.start();
		// Another node claimed it at 10:01 with the lease of 5 minutes, and stopped
		// before it sent it.
		jdbc.sql("update notification_outbox set claim_token = :token, claimed_until = :until where id = :id")
			.param("token", UUID.randomUUID())
			.param("until", TestClock.DEMO_DAY.atTime(10, 6).atZone(clock.getZone()).toOffsetDateTime())
			.param("id", UUID.fromString(rowOf(account).id()))
			.update();

		clock.set(TestClock.DEMO_DAY.atTime(10, 3));
		deliverer.deliverDue();
		assertThat(received(address)).as("the claim holds").isNull();
		clock.set(TestClock.DEMO_DAY.atTime(10, 6));
		deliverer.deliverDue();
		assertThat(await().atMost(Duration.ofSeconds(5)).until(() -> received(address), m -> m != null).getSubject())
			.isEqualTo("您的申请 TB20261127000205 已准予许可");
		assertThat(rowOf(account).status()).isEqualTo("SENT");
	}

	@Test
	void twoDeliverersRacingOverTheSameRowsSendEachNoticeOnce() throws Exception {
		smtp.stop();
		String domain = domain();
		int notices = 30;
		for (int i = 0; i < notices; i++) {
			tell("applicant" + i + "@" + domain, Locale.SIMPLIFIED_CHINESE,
					CaseNotice.message("TB2026112700030" + (i % 10), FOOD_LICENCE));
		}
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc
				.sql("select count(*) from notification_outbox where address_masked like :domain"
						+ " and attempts = 1 and claim_token is null")
				.param("domain", "%@" + domain)
				.query(Integer.class)
				.single() == notices);
		smtp.start();
		clock.set(TestClock.DEMO_DAY.atTime(10, 5));

		var start = new CyclicBarrier(2);
		Callable<Integer> node = () -> {
			start.await();
			return deliverer.deliverDue();
		};
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> first = nodes.submit(node);
			Future<Integer> second = nodes.submit(node);
			// The outbox's own thread may still be about, a third deliverer: each row is
			// claimed by one of them.
			assertThat(first.get() + second.get()).isPositive().isLessThanOrEqualTo(notices);
		}
		finally {
			nodes.shutdown();
		}

		await().atMost(Duration.ofSeconds(10)).until(() -> smtp.getReceivedMessagesForDomain(domain).length >= notices);
		List<String> recipients = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessagesForDomain(domain)) {
			recipients.add(((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress());
		}
		assertThat(recipients).hasSize(notices).doesNotHaveDuplicates();
		assertThat(jdbc
			.sql("select count(*) from notification_outbox where address_masked like :domain"
					+ " and status = 'SENT' and attempts = 2")
			.param("domain", "%@" + domain)
			.query(Integer.class)
			.single()).isEqualTo(notices);
	}

	/** Tells a new account that gave the address; returns the account. */
	UUID tell(String address, Locale locale, CaseNotice notice) {
		UUID account = UUID.randomUUID();
		contacts.setEmail(account, EmailAddress.parse(address));
		notifications.tell(new Recipient(account, null, locale), notice);
		return account;
	}

	/** Waits until the account's e-mail failed so many times and is no longer claimed. */
	void awaitFailedAttempts(UUID account, int attempts) {
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			Row row = rowOf(account);
			return row.attempts() == attempts && !row.claimed();
		});
	}

	/**
	 * The one e-mail to the address, or null if none has come; fails if more than one
	 * came.
	 */
	MimeMessage received(String address) throws MessagingException {
		List<MimeMessage> messages = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessagesForDomain(address.substring(address.indexOf('@') + 1))) {
			if (((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress().equals(address)) {
				messages.add(message);
			}
		}
		assertThat(messages).as("e-mails to " + address).hasSizeLessThanOrEqualTo(1);
		return messages.isEmpty() ? null : messages.get(0);
	}

	/** The plain text, with the line ends of the text rather than those of SMTP. */
	static String body(MimeMessage message) throws Exception {
		return ((String) message.getContent()).replace("\r\n", "\n");
	}

	/** The e-mail row of an account. */
	Row rowOf(UUID account) {
		return jdbc
			.sql("select id, status, attempts, last_error, claim_token from notification_outbox"
					+ " where account_id = :account and channel = 'EMAIL'")
			.param("account", account)
			.query((row, n) -> new Row(row.getString("id"), row.getString("status"), row.getInt("attempts"),
					row.getString("last_error"), row.getString("claim_token") != null))
			.single();
	}

	WebPage adminPage() {
		return WebPage.of(mvc.get().uri("/admin/notifications").with(authentication(admin())).exchange());
	}

	ActorAuthentication admin() {
		Actor admin = new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.SYSTEM_ADMIN, "ZWFWJ"));
		return new ActorAuthentication(admin);
	}

	static String domain() {
		return "mail-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
	}

	static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Row(String id, String status, int attempts, String lastError, boolean claimed) {
	}

}
