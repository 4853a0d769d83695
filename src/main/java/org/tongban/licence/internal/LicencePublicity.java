package org.tongban.licence.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tongban.approval.DecisionPublicity;
import org.tongban.licence.LicenceIssued;
import org.tongban.licence.LicenceRevoked;

/**
 * The publicity of the grant names the validity of the licence it yielded (R6.1), once
 * the licence is issued; a licence its department revoked is published as a revocation,
 * as a revoked grant is (R15.5).
 */
@Component
class LicencePublicity {

	private final DecisionPublicity publicity;

	LicencePublicity(DecisionPublicity publicity) {
		this.publicity = publicity;
	}

	@ApplicationModuleListener
	void on(LicenceIssued issued) {
		publicity.licensed(issued.caseId(), issued.caseNumber(), issued.validFrom(), issued.validUntil());
	}

	@ApplicationModuleListener
	void on(LicenceRevoked revoked) {
		publicity.licenceRevoked(revoked.caseId(), revoked.caseNumber(), revoked.revokedOn(), revoked.legalBasis());
	}

}
