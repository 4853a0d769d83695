package org.tongban.supervision;

import java.util.Optional;
import java.util.UUID;

/**
 * Who handles a case's step now, for the accountability record of a case that went
 * overdue (R8.3): the tasks are the approval side's, which implements this port, so that
 * supervision need not depend on it.
 */
public interface CaseHandlers {

	/**
	 * The member of staff who holds the open task of the case at the step (or at any step
	 * when {@code step} is null), if somebody has claimed it.
	 */
	Optional<Handler> of(UUID caseId, String step);

	/** A member of staff by account and name. */
	record Handler(UUID accountId, String name) {
	}

}
