package org.tongban.approval.bundles;

import java.time.Instant;
import java.util.UUID;

/**
 * A bundle under way on the approval side: the process instance of its stages and how it
 * ended.
 *
 * @param outcome null while under way, else {@link Outcome}
 */
record BundleRecord(UUID id, String number, String bundleCode, String leadDepartmentCode, UUID applicantId,
		String processInstanceId, Instant receivedAt, Outcome outcome, Instant endedAt) {

	boolean isOpen() {
		return endedAt == null;
	}

	/** How a bundle's stages ended. */
	enum Outcome {

		/** Every stage ran. */
		FINISHED,

		/**
		 * A member of an earlier stage was not granted: the later stages never started.
		 */
		STOPPED,

		/** The applicant withdrew the bundle. */
		WITHDRAWN

	}

}
