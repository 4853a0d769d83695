package org.tongban.licence;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The department revoked a licence itself (R15.5), not with its grant: published in the
 * transaction that revoked it, for the publicity of decisions (R6.1) and whatever lists
 * licences.
 *
 * @param caseId the case whose grant yielded the licence
 */
public record LicenceRevoked(String licenceId, UUID caseId, String caseNumber, LocalDate revokedOn, String reasons,
		String legalBasis) {
}
