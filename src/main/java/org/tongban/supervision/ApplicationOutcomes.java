package org.tongban.supervision;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * How the applications whose clocks supervision keeps have ended (R9.6): the application
 * module keeps the outcomes, supervision counts them in the open data with its clocks.
 */
public interface ApplicationOutcomes {

	/** How an application stands, as the open data counts it. */
	enum Outcome {

		/** Not decided yet. */
		OPEN,
		/** Decided: granted (including a grant later revoked). */
		GRANTED,
		/** Decided: denied. */
		DENIED,
		/** Ended without a decision: not accepted, withdrawn or stopped. */
		ENDED

	}

	/**
	 * The outcome of each of the cases that is an application; a clock of anything else
	 * (a bundle, a publicity period, a licence issued by hand) is left out of the answer.
	 */
	Map<UUID, Outcome> of(Collection<UUID> caseIds);

}
