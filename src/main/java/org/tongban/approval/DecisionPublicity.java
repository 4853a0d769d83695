package org.tongban.approval;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The publicity of decisions (双公示, R6.1, R15.9), for the module that issues what a grant
 * gave: the grant's entry names the licence's validity. A call rather than an event the
 * publicity listens to, since the licences depend on this module.
 */
public interface DecisionPublicity {

	/**
	 * The grant of the case yielded a licence valid from and until the days given (until
	 * null: without expiry); its entry is published first if it is not yet.
	 */
	void licensed(UUID caseId, String caseNumber, LocalDate validFrom, LocalDate validUntil);

	/**
	 * The department revoked the licence the grant of the case yielded (R15.5): the
	 * revocation is published with its day and legal basis, as a revoked grant's is.
	 */
	void licenceRevoked(UUID caseId, String caseNumber, LocalDate revokedOn, String legalBasis);

}
