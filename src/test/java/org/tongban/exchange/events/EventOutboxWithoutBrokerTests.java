package org.tongban.exchange.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.FoodLicenceApplications;
import org.tongban.application.Submissions;
import org.tongban.identity.Accounts;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.identity.login.ActorAuthentication;
import org.tongban.licence.internal.LicenceFixtures;
import org.tongban.licence.internal.LicenceRecord;
import org.tongban.shared.events.EventType;
import org.tongban.shared.events.PublishedEvent;
import org.tongban.support.WebPage;

/**
 * R9.4 in the embedded default, which runs without a broker: events are written to the
 * outbox with their transaction and wait there, unsent and untried, where the system
 * administrator sees them; nothing tries to reach RabbitMQ.
 */
@IdentityTest
class EventOutboxWithoutBrokerTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EventOutbox outbox;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FoodLicenceApplications food;

	@Autowired
	Submissions submissions;

	@Autowired
	LicenceFixtures licences;

	@Autowired
	Accounts accounts;

	@Test
	@DisplayName("R9.4: without a broker an event waits in the outbox, shown to the system administrator")
	void withoutABrokerEventsWaitInTheOutboxWhereTheAdministratorSeesThem() {
		assertThat(context.getBeanNamesForType(EventRelay.class)).as("no relay").isEmpty();
		String caseNumber = "WAIT-" + UUID.randomUUID().toString().substring(0, 8);
		transactions.executeWithoutResult(status -> events.publishEvent(new PublishedEvent(EventType.CASE_DECIDED,
				caseNumber, Instant.parse("2026-11-27T02:00:00Z"), Map.of("outcome", "GRANTED"))));

		assertThat(outbox.ofCase(caseNumber)).singleElement().satisfies(row -> {
			assertThat(row.sentAt()).isNull();
			assertThat(row.attempts()).isZero();
			assertThat(row.routingKey()).isEqualTo("case.decided");
			assertThat(row.payload()).contains("\"schemaVersion\":1", "\"id\":\"" + row.id() + "\"",
					"\"type\":\"case.decided\"", "\"occurredAt\":\"2026-11-27T02:00:00Z\"");
		});
		assertThat(outbox.countUnsent()).isPositive();

		ActorAuthentication admin = new ActorAuthentication(new TestAccounts(accounts).staff(TestAccounts.accountName(),
				DepartmentRole.of(Role.SYSTEM_ADMIN, "ZWFWJ")));
		WebPage page = WebPage.of(mvc.get().uri("/admin/events").with(authentication(admin)).exchange());
		assertThat(page.text()).contains("事件发布情况", "未配置消息代理", "等待发送", String.valueOf(outbox.countUnsent()));
		WebPage english = WebPage.of(mvc.get().uri("/admin/events?lang=en").with(authentication(admin)).exchange());
		assertThat(english.text()).contains("Published events", "No message broker configured");
		assertThat(WebPage.of(mvc.get().uri("/admin").with(authentication(admin)).exchange()).html())
			.contains("href=\"/admin/events\"");
	}

	@Test
	@DisplayName("R9.4: a submission and the licence issued for it leave events naming codes and the licence's id, "
			+ "never the holder")
	void aSubmissionAndItsLicenceAreEventsWithoutPersonalData() {
		FoodLicenceApplications.Restaurant restaurant = food.restaurant();
		UUID draft = food.completeDraft(restaurant).id();
		String number = submissions.submit(restaurant.enterprise(), draft, UUID.randomUUID().toString()).number();
		LicenceRecord licence = licences.issue(draft, number);

		assertThat(outbox.ofCase(number)).extracting(OutboxEvent::routingKey)
			.contains("application.submitted", "licence.issued");
		OutboxEvent issued = outbox.ofCase(number)
			.stream()
			.filter(row -> row.routingKey().equals("licence.issued"))
			.findFirst()
			.orElseThrow();
		assertThat(issued.payload())
			.contains("\"licenceId\":\"" + licence.id() + "\"", "\"matterCode\":\"SCJGJ-SPJYXK\"",
					"\"departmentCode\":\"SCJGJ\"")
			.doesNotContain(licence.holderName(), licence.holderNumber(), restaurant.creditCode().value());
	}

}
