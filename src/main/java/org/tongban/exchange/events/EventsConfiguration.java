package org.tongban.exchange.events;

import java.time.Clock;
import java.time.Duration;

import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The relay of the event outbox to RabbitMQ (R9.4), on with
 * {@code tongban.events.broker=rabbitmq} (the {@code postgres} profile, CI) and the
 * broker of {@code spring.rabbitmq.*}. The embedded default has none
 * ({@code tongban.events.broker=none}): events wait in the outbox, which the system
 * administrator sees at {@code /admin/events}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tongban.events.broker", havingValue = "rabbitmq")
class EventsConfiguration {

	/** The topic exchange the platform publishes to, declared durable on connection. */
	@Bean
	TopicExchange tongbanEventsExchange(@Value("${tongban.events.exchange:tongban.events}") String name) {
		return new TopicExchange(name, true, false);
	}

	@Bean
	EventRelay eventRelay(EventOutbox outbox, RabbitTemplate rabbit, JdbcClient jdbc, Clock clock,
			@Value("${tongban.events.exchange:tongban.events}") String exchange,
			@Value("${tongban.events.batch-size:100}") int batchSize,
			@Value("${tongban.events.lease:30s}") Duration lease,
			@Value("${tongban.events.confirm-timeout:5s}") Duration confirmTimeout) {
		return new EventRelay(outbox, rabbit, jdbc, clock, exchange, batchSize, lease, confirmTimeout);
	}

}
