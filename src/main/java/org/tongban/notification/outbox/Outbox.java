package org.tongban.notification.outbox;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;

/**
 * What the outbox shows: the applicant's in-app messages, and the deliveries not yet made
 * to the administrator, who may have one tried again at once.
 */
@Component
public class Outbox {

	/** The most messages and deliveries a page shows, newest first. */
	public static final int LIMIT = 100;

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private final OutboxStore store;

	private final OutboxDeliverer deliverer;

	private final Clock clock;

	Outbox(OutboxStore store, OutboxDeliverer deliverer, Clock clock) {
		this.store = store;
		this.deliverer = deliverer;
		this.clock = clock;
	}

	/** The account's in-app messages, newest first, as they stood before this call. */
	@Transactional(readOnly = true)
	public List<InAppMessage> messages(UUID accountId) {
		return store.inApp(accountId, LIMIT);
	}

	/**
	 * The account's in-app messages as {@link #messages}, then marks all of them read:
	 * they have been seen.
	 */
	@Transactional
	public List<InAppMessage> read(UUID accountId) {
		List<InAppMessage> messages = store.inApp(accountId, LIMIT);
		store.markRead(accountId, clock.instant());
		return messages;
	}

	/** The pending and failed deliveries, newest first. */
	@Transactional(readOnly = true)
	public List<Delivery> unsent() {
		return store.unsent(LIMIT);
	}

	@Transactional(readOnly = true)
	public long countUnsent() {
		return store.countUnsent();
	}

	/**
	 * Makes a pending or failed delivery due now, and delivers it after this transaction
	 * commits.
	 * @throws NotFoundException if there is no such delivery
	 * @throws RefusedException 409 if it was sent already
	 */
	@Transactional
	public void retry(UUID id) {
		if (!store.retry(id, clock.instant())) {
			DeliveryStatus status = store.status(id)
				.orElseThrow(() -> new NotFoundException("notification.admin.notFound", id));
			throw new RefusedException(Refusal.CONFLICT, "notification.admin.alreadySent", id, status);
		}
		log.info("Delivery {} retried by an administrator", id);
		deliverer.deliverAfterCommit();
	}

}
