package org.tongban.exchange.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.BundleApplication;
import org.tongban.application.BundleApplications;
import org.tongban.application.BundleFiles;
import org.tongban.application.EnterpriseStartBundles;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.approval.CaseFixtures;
import org.tongban.approval.Decision;
import org.tongban.samples.tax.TaxDepartmentSystem;
import org.tongban.shared.events.EventType;
import org.tongban.shared.events.PublishedEvent;
import org.tongban.support.TcpForwarder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * R9.4 against the real RabbitMQ (127.0.0.1:5672, which CI starts): the platform's events
 * leave through the outbox for the topic exchange {@code tongban.events}, one routing key
 * per type, in order per case; while the broker cannot be reached they wait and none is
 * lost; an event of a transaction that rolled back is never sent; and the tax
 * department's sample system ({@link TaxDepartmentSystem}) registers the enterprise of a
 * granted business registration once, even when the same message comes again.
 * <p>
 * The platform reaches RabbitMQ through a {@link TcpForwarder} that the tests close and
 * open again, so that the broker, which other tests on the machine may be using, is never
 * stopped. The tests' own observers (a queue bound to every key, the tax system) connect
 * to RabbitMQ directly. One application context for all of them.
 */
@SpringBootTest(properties = { "tongban.events.broker=rabbitmq", "tongban.events.relay-every=200ms",
		"tongban.events.confirm-timeout=2s", "spring.rabbitmq.connection-timeout=2s" })
class EventsOnRabbitMqTests {

	static final String HOST = "127.0.0.1";

	static final int RABBIT_PORT = 5672;

	static final TcpForwarder network = TcpForwarder.to(HOST, RABBIT_PORT);

	static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Every message the platform published while the tests ran, as an observer got it.
	 */
	static final List<Message> received = new CopyOnWriteArrayList<>();

	static CachingConnectionFactory observer;

	static SimpleMessageListenerContainer everything;

	static TaxDepartmentSystem tax;

	@DynamicPropertySource
	static void broker(DynamicPropertyRegistry registry) {
		registry.add("spring.rabbitmq.host", () -> HOST);
		registry.add("spring.rabbitmq.port", network::port);
	}

	@BeforeAll
	static void observe() {
		boolean required = "true".equalsIgnoreCase(System.getenv("CI"));
		if (!required) {
			Assumptions.assumeTrue(reachable(), "RabbitMQ at 127.0.0.1:5672 (CI starts it)");
		}
		observer = new CachingConnectionFactory(HOST, RABBIT_PORT);
		observer.setUsername("guest");
		observer.setPassword("guest");
		RabbitAdmin admin = new RabbitAdmin(observer);
		TopicExchange exchange = new TopicExchange("tongban.events", true, false);
		// Exclusive, gone with the connection (not AnonymousQueue: its leader locator
		// argument is refused by older brokers).
		Queue all = new Queue("test.events." + UUID.randomUUID(), false, true, true);
		admin.declareExchange(exchange);
		admin.declareQueue(all);
		admin.declareBinding(BindingBuilder.bind(all).to(exchange).with("#"));
		everything = new SimpleMessageListenerContainer(observer);
		everything.setQueueNames(all.getName());
		everything.setMessageListener(received::add);
		everything.start();
		tax = TaxDepartmentSystem.start(HOST, RABBIT_PORT);
	}

	@AfterAll
	static void stopObserving() {
		if (everything != null) {
			everything.stop();
			tax.close();
			observer.destroy();
		}
		network.open();
	}

	/** The network back, whatever a test did to it. */
	@AfterEach
	void reconnect() {
		network.open();
	}

	@Autowired
	CaseFixtures cases;

	@Autowired
	EnterpriseStartBundles enterpriseStart;

	@Autowired
	BundleApplications bundleApplications;

	@Autowired
	BundleFiles bundles;

	@Autowired
	EventOutbox outbox;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("R9.4: a case's events reach RabbitMQ in order, each under its routing key, as JSON with a schema "
			+ "version and an id that is also the message's id, naming codes and no applicant")
	void theEventsOfACaseReachRabbitMqInOrder() {
		CaseFixtures.Submitted submitted = cases.standard();
		cases.decideFromAcceptance(submitted.number(), "SCJGJ", Decision.GRANT);

		List<Message> messages = await().alias("the case's three events on RabbitMQ")
			.atMost(Duration.ofSeconds(30))
			.until(() -> of(submitted.number()), list -> list.size() >= 3);
		assertThat(messages).extracting(message -> message.getMessageProperties().getReceivedRoutingKey())
			.containsExactly("application.submitted", "case.accepted", "case.decided");
		for (Message message : messages) {
			JsonNode json = json(message);
			assertThat(json.path("schemaVersion").asInt()).isEqualTo(1);
			assertThat(json.path("id").asString()).isEqualTo(message.getMessageProperties().getMessageId());
			assertThat(json.path("caseNumber").asString()).isEqualTo(submitted.number());
			assertThat(json.path("type").asString()).isEqualTo(message.getMessageProperties().getReceivedRoutingKey());
			assertThat(json.path("data").path("matterCode").asString()).isEqualTo("SCJGJ-YBZSPBA");
			assertThat(message.getMessageProperties().getContentType()).isEqualTo("application/json");
			assertThat(new String(message.getBody(), StandardCharsets.UTF_8)).as("no personal data")
				.doesNotContain(submitted.logInName());
		}
		assertThat(json(messages.get(2)).path("data").path("outcome").asString()).isEqualTo("GRANTED");
		assertThat(outbox.ofCase(submitted.number())).allSatisfy(row -> assertThat(row.sentAt()).isNotNull());
	}

	@Test
	@DisplayName("R9.4: while RabbitMQ cannot be reached events wait in the outbox, and once it can they all "
			+ "arrive, each once, in order per case")
	void noEventIsLostWhileTheBrokerIsUnreachable() {
		network.close();
		String first = "OUTAGE-" + shortId();
		String second = "OUTAGE-" + shortId();
		for (int i = 0; i < 5; i++) {
			publish(first, EventType.APPLICATION_SUBMITTED, i);
			publish(second, EventType.CASE_ACCEPTED, i);
		}

		// The relay stops at the first event it cannot send, whichever that is (the
		// outbox is shared with other tests' events), so that none overtakes it.
		OutboxEvent head = await().alias("the relay tried and failed")
			.atMost(Duration.ofSeconds(30))
			.until(() -> outbox.unsent(1).get(0), row -> row.attempts() >= 2);
		assertThat(head.lastError()).isNotBlank();
		assertThat(outbox.ofCase(first)).hasSize(5).allSatisfy(row -> assertThat(row.sentAt()).isNull());
		assertThat(of(first)).isEmpty();

		network.open();
		await().alias("every event after the broker is back")
			.atMost(Duration.ofSeconds(30))
			.until(() -> of(first).size() == 5 && of(second).size() == 5);
		for (String caseNumber : List.of(first, second)) {
			assertThat(of(caseNumber)).extracting(message -> json(message).path("data").path("n").asInt())
				.as("in order, each once")
				.containsExactly(0, 1, 2, 3, 4);
			assertThat(of(caseNumber)).extracting(message -> message.getMessageProperties().getMessageId())
				.doesNotHaveDuplicates();
		}
		assertThat(outbox.ofCase(first)).allSatisfy(row -> assertThat(row.sentAt()).isNotNull());
	}

	@Test
	@DisplayName("R9.4: an event of a transaction that rolled back is never written, so never sent")
	void anEventOfARolledBackTransactionIsNeverSent() {
		String rolledBack = "ROLLBACK-" + shortId();
		String committed = "COMMIT-" + shortId();
		transactions.executeWithoutResult(status -> {
			publishNow(rolledBack, EventType.APPLICATION_SUBMITTED, 0);
			status.setRollbackOnly();
		});
		publish(committed, EventType.APPLICATION_SUBMITTED, 0);

		await().alias("the event committed after it")
			.atMost(Duration.ofSeconds(30))
			.until(() -> !of(committed).isEmpty());
		assertThat(of(rolledBack)).isEmpty();
		assertThat(outbox.ofCase(rolledBack)).isEmpty();
	}

	@Test
	@DisplayName("R9.4: the tax department's system registers the enterprise of a granted business registration "
			+ "(企业开办) once, and a redelivered message is not applied again")
	void theTaxSystemRegistersTheNewEnterpriseOnceEvenAfterARedelivery() {
		Restaurant enterprise = enterpriseStart.enterprise();
		BundleApplication draft = enterpriseStart.completeDraft(enterprise);
		bundleApplications.submit(enterprise.enterprise(), draft.id(), UUID.randomUUID().toString());
		BundleApplication.Member registration = await().alias("business registration opened")
			.atMost(Duration.ofSeconds(30))
			.until(() -> bundles.get(draft.id())
				.members()
				.stream()
				.filter(member -> member.matterCode().equals(TaxDepartmentSystem.REGISTRATION_MATTER))
				.findFirst()
				.orElseThrow(), member -> member.status() == ApplicationStatus.SUBMITTED);
		cases.decideFromAcceptance(registration.number(), "SCJGJ", Decision.GRANT);

		Message decided = await().alias("the decision on RabbitMQ")
			.atMost(Duration.ofSeconds(30))
			.until(() -> of(registration.number()).stream()
				.filter(message -> "case.decided".equals(message.getMessageProperties().getReceivedRoutingKey()))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		String messageId = decided.getMessageProperties().getMessageId();
		await().alias("the tax system got it")
			.atMost(Duration.ofSeconds(30))
			.until(() -> tax.deliveriesOf(messageId) == 1);
		assertThat(json(decided).path("data").path("matterCode").asString())
			.isEqualTo(TaxDepartmentSystem.REGISTRATION_MATTER);
		await().alias("the taxpayer registered")
			.atMost(Duration.ofSeconds(10))
			.until(() -> tax.taxpayersOf(registration.number()) == 1);
		assertThat(tax.registeredBy(registration.number())).isEqualTo(messageId);

		// The same message again, as RabbitMQ redelivers one whose acknowledgement was
		// lost.
		RabbitTemplate again = new RabbitTemplate(observer);
		again.send(TaxDepartmentSystem.QUEUE,
				MessageBuilder.withBody(decided.getBody())
					.setMessageId(messageId)
					.setContentType("application/json")
					.build());
		await().alias("the redelivery consumed")
			.atMost(Duration.ofSeconds(30))
			.until(() -> tax.deliveriesOf(messageId) == 2);
		assertThat(tax.taxpayersOf(registration.number())).as("applied once").isEqualTo(1);
	}

	private static String shortId() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private void publish(String caseNumber, EventType type, int n) {
		transactions.executeWithoutResult(status -> publishNow(caseNumber, type, n));
	}

	private void publishNow(String caseNumber, EventType type, int n) {
		events.publishEvent(new PublishedEvent(type, caseNumber, Instant.parse("2026-11-27T02:00:00Z"),
				Map.of("matterCode", "SCJGJ-YBZSPBA", "n", n)));
	}

	/** The messages of a case the observer received, in the order it received them. */
	private static List<Message> of(String caseNumber) {
		return received.stream()
			.filter(message -> caseNumber.equals(json(message).path("caseNumber").asString()))
			.toList();
	}

	private static JsonNode json(Message message) {
		return JSON.readTree(new String(message.getBody(), StandardCharsets.UTF_8));
	}

	private static boolean reachable() {
		try (Socket socket = new Socket(HOST, RABBIT_PORT)) {
			return true;
		}
		catch (Exception ex) {
			return false;
		}
	}

}
