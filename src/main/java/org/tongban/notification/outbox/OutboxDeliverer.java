package org.tongban.notification.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tongban.notification.EmailAddress;
import org.tongban.notification.delivery.Email;
import org.tongban.notification.delivery.MailGateway;
import org.tongban.notification.delivery.Sms;
import org.tongban.notification.delivery.SmsGateway;
import org.tongban.shared.identifiers.MobileNumber;

/**
 * Sends the due rows of the outbox through the gateways (R6.2): right after a transaction
 * that wrote rows commits, and every {@code tongban.notification.poll-interval} as the
 * safety net for rows whose first attempt failed or whose node stopped. A failed attempt
 * is retried after a back-off (1, 2, 4 ... minutes up to {@code max-retry}); after
 * {@code max-attempts} the row is FAILED until the administrator retries it.
 * <p>
 * On each node, deliveries run one at a time on a thread of their own, so that a slow
 * mail server holds up neither the caller nor the scheduler; a request to deliver while
 * one is running is remembered once and runs after it.
 */
@Component
@EnableConfigurationProperties(NotificationProperties.class)
public class OutboxDeliverer {

	private static final Logger log = LoggerFactory.getLogger(OutboxDeliverer.class);

	private final OutboxStore store;

	private final SmsGateway smsGateway;

	private final MailGateway mailGateway;

	private final NotificationProperties properties;

	private final Clock clock;

	private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(1), new CustomizableThreadFactory("notification-outbox-"),
			new ThreadPoolExecutor.DiscardPolicy());

	OutboxDeliverer(OutboxStore store, SmsGateway smsGateway, MailGateway mailGateway,
			NotificationProperties properties, Clock clock) {
		this.store = store;
		this.smsGateway = smsGateway;
		this.mailGateway = mailGateway;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Delivers what is due now, in this thread, until this deliverer finds nothing more
	 * to claim; returns how many rows it tried. Safe to run on any number of nodes and
	 * threads at once: a row another one claimed is left to it. A row that fails is due
	 * again only after its back-off, so the loop ends.
	 */
	public int deliverDue() {
		int tried = 0;
		while (true) {
			List<UUID> due = store.due(clock.instant(), properties.batchSize());
			int claimed = 0;
			for (UUID id : due) {
				// One row at a time, claimed right before it is sent, so that the lease
				// covers one attempt only.
				UUID token = UUID.randomUUID();
				Instant now = clock.instant();
				Optional<Claimed> row = store.claim(id, token, now, now.plus(properties.lease()));
				if (row.isPresent()) {
					send(row.get(), token);
					claimed++;
				}
			}
			tried += claimed;
			if (claimed == 0) {
				return tried;
			}
		}
	}

	/** Delivers soon, on the outbox's thread. */
	public void deliverSoon() {
		executor.execute(() -> {
			try {
				deliverDue();
			}
			catch (RuntimeException ex) {
				// The database is away, say: the next poll tries again.
				log.warn("The outbox could not be delivered now: {}", ex.toString());
			}
		});
	}

	/**
	 * Delivers soon after the current transaction commits, and not at all if it rolls
	 * back (whose rows are then gone); at once when there is no transaction.
	 */
	void deliverAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			deliverSoon();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				deliverSoon();
			}
		});
	}

	@Scheduled(fixedDelayString = "${tongban.notification.poll-interval:30s}",
			initialDelayString = "${tongban.notification.poll-interval:30s}")
	void poll() {
		deliverSoon();
	}

	@PreDestroy
	void stop() throws InterruptedException {
		executor.shutdown();
		executor.awaitTermination(10, TimeUnit.SECONDS);
	}

	private void send(Claimed row, UUID token) {
		String masked = row.channel() == OutboxChannel.SMS ? MobileNumber.parse(row.address()).masked()
				: EmailAddress.parse(row.address()).masked();
		try {
			switch (row.channel()) {
				case SMS -> smsGateway.send(new Sms(row.id(), MobileNumber.parse(row.address()), row.body()));
				case EMAIL ->
					mailGateway.send(new Email(row.id(), EmailAddress.parse(row.address()), row.subject(), row.body()));
				case IN_APP -> throw new IllegalStateException("An in-app message is delivered as it is written");
			}
		}
		catch (RuntimeException ex) {
			// A server's answer may quote the address ("550 <zhang.wei@example.com>
			// unknown"): the administrator
			// sees the error, and addresses only masked.
			String error = (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage())
				.replace(row.address(), masked);
			boolean giveUp = row.attempts() >= properties.maxAttempts();
			Instant next = giveUp ? null : clock.instant().plus(properties.backOff(row.attempts()));
			store.failed(row.id(), token, error, next);
			log.warn("{} {} to {} not delivered (attempt {}): {}{}", row.channel(), row.id(), masked, row.attempts(),
					error, giveUp ? "; given up until the administrator retries it" : "; retried at " + next);
			return;
		}
		store.sent(row.id(), token, clock.instant());
		log.info("{} {} to {} delivered (attempt {})", row.channel(), row.id(), masked, row.attempts());
	}

}
