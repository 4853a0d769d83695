package org.tongban.licence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A licence was issued for a granted case (R6.3). Published in the transaction that
 * issued it, for whatever shows what the grant gave: the publicity of decisions names the
 * licence's validity (R6.1).
 *
 * @param licenceId the licence's public, non-guessable identifier (the one
 * {@code /verify} takes)
 * @param caseId the granted application's id
 * @param caseNumber the application's number
 * @param validFrom the first day it is valid
 * @param validUntil the last day it is valid, or {@code null} for a licence without
 * expiry
 */
public record LicenceIssued(String licenceId, UUID caseId, String caseNumber, LocalDate validFrom, LocalDate validUntil,
		Instant at) {
}
