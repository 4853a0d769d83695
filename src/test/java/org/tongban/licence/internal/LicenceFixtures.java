package org.tongban.licence.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tongban.application.ApplicationStatus;
import org.tongban.approval.CaseEnded;
import org.tongban.approval.DecisionRevoked;

/**
 * Licences of granted cases, and their revocation, for the tests of other packages of the
 * licence module: as the events of the grant and of its revocation would. A bean of every
 * test's application context.
 */
@Component
public final class LicenceFixtures {

	private final LicenceIssuer issuer;

	private final LicenceRevocation revocation;

	private final Licences licences;

	private final Clock clock;

	LicenceFixtures(LicenceIssuer issuer, LicenceRevocation revocation, Licences licences, Clock clock) {
		this.issuer = issuer;
		this.revocation = revocation;
		this.licences = licences;
		this.clock = clock;
	}

	/** The licence of the case, granted now. */
	public LicenceRecord issue(UUID caseId, String number) {
		issuer.issue(new CaseEnded(caseId, number, ApplicationStatus.GRANTED, clock.instant()));
		return licences.ofCase(caseId).orElseThrow();
	}

	/** Revokes the licence with its grant, now. */
	public void revoke(LicenceRecord licence) {
		revocation.revoke(new DecisionRevoked(licence.caseId(), licence.caseNumber(), licence.departmentCode(),
				licence.matterCode(), licence.holderId(), "经事后核查，承诺不实", "《中华人民共和国行政许可法》第六十九条", clock.instant()));
	}

}
