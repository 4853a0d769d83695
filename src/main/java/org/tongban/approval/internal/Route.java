package org.tongban.approval.internal;

import org.tongban.approval.Decision;

/**
 * The routes of the gateways after the user tasks (see {@link ProcessRoutes}): the values
 * of the process variable {@code route} that the models' conditions name, e.g.
 * {@code ${route == 'FORWARD'}}. A send-back's route is the code of the step it goes back
 * to instead.
 */
enum Route {

	ACCEPT("ACCEPT"), REFUSE("REFUSE"), REQUEST_CORRECTION("CORRECTION"), FORWARD("FORWARD"), GRANT("GRANT"),
	DENY("DENY");

	private final String value;

	Route(String value) {
		this.value = value;
	}

	/** As the models name it. */
	String value() {
		return value;
	}

	static Route of(Decision decision) {
		return decision == Decision.GRANT ? GRANT : DENY;
	}

}
