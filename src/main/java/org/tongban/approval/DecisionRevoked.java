package org.tongban.approval;

import java.time.Instant;
import java.util.UUID;

/**
 * The department revoked (撤销) the grant of a case, with its reasons and legal basis: a
 * grant on informed commitment whose commitment the post-verification found false (R5.5,
 * R15.7). Published in the transaction that revoked it, for whatever holds what the grant
 * gave (a licence) to withdraw it.
 *
 * @param caseId the application's id
 */
public record DecisionRevoked(UUID caseId, String number, String departmentCode, String matterCode, UUID applicantId,
		String reasons, String legalBasis, Instant at) {
}
