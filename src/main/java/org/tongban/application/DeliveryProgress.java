package org.tongban.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where the delivery of a decided application's result stands (R6.4), with its dated
 * proof, as the applicant sees it.
 *
 * @param pickUpCode the code to show at the hall, while a pick-up waits; else null
 * @param carrier the postal carrier, once posted
 * @param trackingNumber the carrier's tracking number, once posted
 * @param postedAt when the clerk recorded the posting
 * @param deliveredAt the proof's time: the first download, the hand-over, or when the
 * receipt was recorded
 * @param receivedOn the day the post was received, by its receipt
 * @param recipient who took the result at the hall
 */
public record DeliveryProgress(DeliveryMethod method, Status status, String pickUpCode, String carrier,
		String trackingNumber, Instant postedAt, Instant deliveredAt, LocalDate receivedOn, String recipient) {

	/** Named by {@code application.delivery.status.<name>}. */
	public enum Status {

		/** Waiting: for the download, the pick-up or the posting. */
		WAITING,

		/** Posted, not yet received. */
		POSTED,

		/** Delivered, with its proof. */
		DELIVERED

	}

}
