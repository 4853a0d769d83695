package org.tongban.application;

import java.util.Optional;
import java.util.UUID;

/**
 * Where the delivery of an application's result stands (R6.4), answered by the module
 * that delivers results (licences), which depends on this one and not the other way
 * round; the application's page and API show it.
 */
public interface DeliveryProgresses {

	/** The delivery of a decided application, or empty before the decision. */
	Optional<DeliveryProgress> of(UUID applicationId);

}
