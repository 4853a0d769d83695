package org.tongban.application;

/**
 * How the result of an application reaches its applicant (R6.4), as they chose it on the
 * draft; named by {@code application.delivery.method.<name>}.
 */
public enum DeliveryMethod {

	/** The decision to download from the application's page: the default. */
	ELECTRONIC,

	/** Picked up at the department's hall with a pick-up code. */
	PICK_UP,

	/** Sent by post to the address the applicant gave. */
	POST

}
