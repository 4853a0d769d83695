package org.tongban.notification.outbox;

/** Where a row of the outbox stands. */
public enum DeliveryStatus {

	/** Waiting for its next attempt. */
	PENDING,

	SENT,

	/**
	 * Given up after the configured number of attempts; the administrator may try it
	 * again.
	 */
	FAILED

}
