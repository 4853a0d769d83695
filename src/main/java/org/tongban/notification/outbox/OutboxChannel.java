package org.tongban.notification.outbox;

/** How a notice reaches its recipient. */
public enum OutboxChannel {

	/** The applicant's message on /my/notifications: delivered as it is written. */
	IN_APP,

	SMS,

	EMAIL

}
