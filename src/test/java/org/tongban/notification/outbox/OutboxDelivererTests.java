package org.tongban.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tongban.notification.NotificationFailedException;
import org.tongban.notification.delivery.Email;

/**
 * R6.2, R12.1: what a failed attempt records, without a database: the next attempt after
 * the back-off, or none once the attempts are used up; and the server's error with the
 * recipient's address masked, since the administrator reads it.
 */
class OutboxDelivererTests {

	static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

	final NotificationProperties properties = new NotificationProperties(URI.create("http://localhost:8080"), 3,
			Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(5), 20, Duration.ofSeconds(30));

	final RecordingStore store = new RecordingStore();

	final List<Email> sent = new ArrayList<>();

	@Test
	void anErrorThatQuotesTheAddressIsRecordedWithTheAddressMasked() {
		store.rows.add(email(1));
		var deliverer = new OutboxDeliverer(store, sms -> {
		}, email -> {
			throw new NotificationFailedException("550 5.1.1 <zhang.wei@example.com>: Recipient address rejected");
		}, properties, Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));

		assertThat(deliverer.deliverDue()).isEqualTo(1);

		assertThat(store.errors).containsExactly("550 5.1.1 <z***@example.com>: Recipient address rejected");
		assertThat(store.nextAttempts).containsExactly(NOW.plus(Duration.ofMinutes(1)));
	}

	@Test
	void afterTheLastAttemptNoNextAttemptIsSet() {
		store.rows.add(email(3));
		var deliverer = new OutboxDeliverer(store, sms -> {
		}, email -> {
			throw new NotificationFailedException("Connection refused");
		}, properties, Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));

		deliverer.deliverDue();

		assertThat(store.nextAttempts).containsExactly((Instant) null);
	}

	@Test
	void aDeliveredRowIsRecordedSent() {
		store.rows.add(email(1));
		var deliverer = new OutboxDeliverer(store, sms -> {
		}, sent::add, properties, Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));

		deliverer.deliverDue();

		assertThat(sent).singleElement().satisfies(email -> {
			assertThat(email.id()).isEqualTo(store.sent.get(0));
			assertThat(email.subject()).isEqualTo("主题");
		});
	}

	static Claimed email(int attempts) {
		return new Claimed(UUID.randomUUID(), OutboxChannel.EMAIL, "zhang.wei@example.com", "主题", "正文", attempts);
	}

	/** Hands out its rows once each and records what the deliverer writes back. */
	static class RecordingStore extends OutboxStore {

		final List<Claimed> rows = new ArrayList<>();

		final List<String> errors = new ArrayList<>();

		final List<Instant> nextAttempts = new ArrayList<>();

		final List<UUID> sent = new ArrayList<>();

		RecordingStore() {
			super(null, null);
		}

		@Override
		List<UUID> due(Instant now, int limit) {
			return rows.stream().map(Claimed::id).toList();
		}

		@Override
		Optional<Claimed> claim(UUID id, UUID token, Instant now, Instant leaseEnd) {
			Optional<Claimed> row = rows.stream().filter(candidate -> candidate.id().equals(id)).findFirst();
			row.ifPresent(rows::remove);
			return row;
		}

		@Override
		void failed(UUID id, UUID token, String error, Instant nextAttemptAt) {
			errors.add(error);
			nextAttempts.add(nextAttemptAt);
		}

		@Override
		void sent(UUID id, UUID token, Instant now) {
			sent.add(id);
		}

	}

}
