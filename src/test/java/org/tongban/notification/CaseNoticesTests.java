package org.tongban.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.ApplicationTest;
import org.tongban.identity.TestAccounts;
import org.tongban.notification.outbox.Contacts;
import org.tongban.notification.outbox.InAppMessage;
import org.tongban.notification.outbox.Outbox;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.identifiers.MobileNumber;

/**
 * R6.2: an applicant is told of a step of their case in-app at once, and by SMS and
 * e-mail after the step's transaction commits, in their language; in the demo profile SMS
 * and e-mail go to the development outbox. A step that rolls back tells nothing, and
 * nothing leaves the platform inside the step's transaction.
 */
@ApplicationTest
class CaseNoticesTests {

	static final LocalizedText FOOD_LICENCE = LocalizedText.of("食品经营许可", "Food business licence");

	@Autowired
	Notifications notifications;

	@Autowired
	Contacts contacts;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void theApplicantIsToldInAppBySmsAndByEmailInTheirLanguage() {
		UUID account = UUID.randomUUID();
		MobileNumber mobile = TestAccounts.mobile();
		String email = "wei." + account + "@example.com";
		contacts.setEmail(account, EmailAddress.parse(email));

		notifications.tell(new Recipient(account, mobile, Locale.ENGLISH),
				CaseNotice.accepted("TB20261127000101", FOOD_LICENCE, LocalDate.of(2026, 11, 27)));

		assertThat(outbox.messages(account)).singleElement().satisfies(message -> {
			assertThat(message.text()).isEqualTo(
					"Your application TB20261127000101 (Food business licence) was accepted on 27 November 2026.");
			assertThat(message.kind()).isEqualTo("ACCEPTED");
			assertThat(message.link()).isEqualTo("/my/applications/TB20261127000101");
			assertThat(message.read()).isFalse();
		});
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(devOutbox(mobile.value())).singleElement()
				.isEqualTo("【D市政务服务网】Your application TB20261127000101 (Food business licence) was accepted on "
						+ "27 November 2026. Sign in to D City Government Services for details.");
			assertThat(devOutbox(email)).singleElement()
				.satisfies(body -> assertThat(body).startsWith(
						"Hello,\n\nYour application for Food business licence (number TB20261127000101) was accepted")
					.contains("See the case online: http://localhost:8080/my/applications/TB20261127000101")
					.endsWith("please do not reply to it. For questions, call the government services hotline 12345."));
		});
	}

	@Test
	void aChineseReaderIsToldInChineseAndWithoutAnAddressOnlyInAppAndBySms() {
		UUID account = UUID.randomUUID();
		MobileNumber mobile = TestAccounts.mobile();

		notifications.tell(new Recipient(account, mobile, Locale.SIMPLIFIED_CHINESE),
				CaseNotice.correctionRequested("TB20261127000102", FOOD_LICENCE, 3));

		assertThat(outbox.messages(account)).extracting(InAppMessage::text)
			.containsExactly("您的申请 TB20261127000102（食品经营许可）需要补正 3 项内容，请按补正告知逐项修改后重新提交。");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(devOutbox(mobile.value())).singleElement()
				.isEqualTo("【D市政务服务网】您的申请TB20261127000102（食品经营许可）需要补正3项内容，请登录D市政务服务网查看补正告知并修改。"));
		assertThat(channels(account)).containsExactlyInAnyOrder("IN_APP", "SMS");
	}

	@Test
	void withoutAMobileNumberTheApplicantIsToldInAppAndByEmail() {
		UUID account = UUID.randomUUID();
		contacts.setEmail(account, EmailAddress.parse("li." + account + "@example.com"));

		notifications.tell(new Recipient(account, null, null), CaseNotice.granted("TB20261127000103", FOOD_LICENCE));

		assertThat(channels(account)).containsExactlyInAnyOrder("IN_APP", "EMAIL");
		assertThat(outbox.messages(account)).extracting(InAppMessage::text)
			.containsExactly("您的申请 TB20261127000103（食品经营许可）已准予许可，请查看并下载准予行政许可决定书。");
	}

	@Test
	void nothingLeavesThePlatformBeforeTheStepCommits() {
		UUID account = UUID.randomUUID();
		MobileNumber mobile = TestAccounts.mobile();

		transaction.executeWithoutResult(status -> {
			notifications.tell(new Recipient(account, mobile, Locale.SIMPLIFIED_CHINESE),
					CaseNotice.granted("TB20261127000104", FOOD_LICENCE));
			assertThat(devOutbox(mobile.value())).as("sent inside the transaction").isEmpty();
		});

		await().atMost(Duration.ofSeconds(10)).until(() -> devOutbox(mobile.value()).size() == 1);
	}

	@Test
	void aStepThatRollsBackTellsNothing() {
		UUID account = UUID.randomUUID();
		MobileNumber mobile = TestAccounts.mobile();
		contacts.setEmail(account, EmailAddress.parse("zhao." + account + "@example.com"));

		transaction.executeWithoutResult(status -> {
			notifications.tell(new Recipient(account, mobile, Locale.SIMPLIFIED_CHINESE),
					CaseNotice.denied("TB20261127000105", FOOD_LICENCE));
			status.setRollbackOnly();
		});

		assertThat(outbox.messages(account)).isEmpty();
		assertThat(channels(account)).isEmpty();
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(2))
			.until(() -> devOutbox(mobile.value()).isEmpty()
					&& devOutbox("zhao." + account + "@example.com").isEmpty());
	}

	/** The bodies of the messages of the development outbox to a recipient. */
	List<String> devOutbox(String recipient) {
		return jdbc.sql("select body from notification_dev_outbox where recipient = :recipient")
			.param("recipient", recipient)
			.query(String.class)
			.list();
	}

	List<String> channels(UUID account) {
		return jdbc.sql("select channel from notification_outbox where account_id = :account")
			.param("account", account)
			.query(String.class)
			.list();
	}

}
