package org.tongban.shared.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.ApplicationTest;
import org.tongban.support.TestClock;
import org.tongban.support.TestClock;

/**
 * R14, nothing acknowledged is lost: an event whose listener failed stays stored, and is
 * handed to the listener again a minute later, without a restart, until it succeeds; then
 * it is complete and not handed again.
 */
@ApplicationTest
class OutstandingEventsTests {

	static final Duration WAIT = Duration.ofSeconds(10);

	@Autowired
	OutstandingEvents outstanding;

	@Autowired
	FlakyListener listener;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anEventWhoseListenerFailedIsHandedToItAgainAMinuteLaterUntilItIsDone() {
		UUID id = UUID.randomUUID();
		listener.failNext(2);
		int before = listener.attempts();

		publishAt("10:00", id);
		await().atMost(WAIT).until(() -> listener.attempts() == before + 1);
		assertThat(listener.hasDone(id)).isFalse();
		assertThat(incomplete(id)).as("kept after the failure").isEqualTo(1);

		resubmitAt("10:01:01");
		await().atMost(WAIT).until(() -> listener.attempts() == before + 2);
		assertThat(listener.hasDone(id)).as("failed a second time").isFalse();

		resubmitAt("10:02:01");
		await().atMost(WAIT).until(() -> listener.hasDone(id));
		await().atMost(WAIT).until(() -> incomplete(id) == 0);

		resubmitAt("10:03:01");
		assertThat(listener.attempts()).as("not handed again once done").isEqualTo(before + 3);
	}

	@Test
	void anEventYoungerThanAMinuteIsLeftToTheListenerThatMayStillBeAtWorkOnIt() {
		UUID id = UUID.randomUUID();
		listener.failNext(1);
		int before = listener.attempts();
		publishAt("10:00", id);
		await().atMost(WAIT).until(() -> listener.attempts() == before + 1);

		resubmitAt("10:00:59");

		assertThat(listener.attempts()).isEqualTo(before + 1);
		assertThat(incomplete(id)).isEqualTo(1);
		resubmitAt("10:01:01");
		await().atMost(WAIT).until(() -> listener.hasDone(id));
	}

	private void publishAt(String time, UUID id) {
		clock.set(TestClock.DEMO_DAY.atTime(LocalTime.parse(time)));
		transaction.executeWithoutResult(status -> events.publishEvent(new FlakyListener.Happened(id)));
	}

	private void resubmitAt(String time) {
		clock.set(TestClock.DEMO_DAY.atTime(LocalTime.parse(time)));
		outstanding.resubmit();
	}

	private long incomplete(UUID id) {
		return jdbc
			.sql("select count(*) from event_publication where completion_date is null and serialized_event like :id")
			.param("id", "%" + id + "%")
			.query(Long.class)
			.single();
	}

}
