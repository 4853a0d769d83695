package org.tongban.licence.internal;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tongban.application.Application;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CaseFiles;
import org.tongban.application.Drafts;
import org.tongban.application.Submissions;
import org.tongban.approval.CaseEnded;
import org.tongban.identity.Actor;
import org.tongban.storage.SampleFiles;

/**
 * Licences issued to an applicant, and drafts that may reuse them (R6.5): filings for
 * medical care elsewhere, whose certificate is a licence and whose material M05 it may
 * replace (demo catalogue).
 */
@Component
class HeldLicenceFixtures {

	static final String MEDICAL_FILING = LicenceIssueTests.MEDICAL_FILING;

	private final Drafts drafts;

	private final ApplicationMaterials materials;

	private final Submissions submissions;

	private final CaseFiles caseFiles;

	private final LicenceIssuer issuer;

	private final Licences licences;

	private final Clock clock;

	HeldLicenceFixtures(Drafts drafts, ApplicationMaterials materials, Submissions submissions, CaseFiles caseFiles,
			LicenceIssuer issuer, Licences licences, Clock clock) {
		this.drafts = drafts;
		this.materials = materials;
		this.submissions = submissions;
		this.caseFiles = caseFiles;
		this.issuer = issuer;
		this.licences = licences;
		this.clock = clock;
	}

	/** A licence issued to the applicant on a filing of theirs, granted now. */
	LicenceRecord issued(Actor holder) {
		Application application = caseFiles.get(submitted(holder).id());
		issuer.issue(new CaseEnded(application.id(), application.number(), ApplicationStatus.GRANTED, clock.instant()));
		return licences.ofCase(application.id()).orElseThrow();
	}

	/**
	 * A filing for long-term residence elsewhere, with its declaration, not submitted.
	 */
	Application draft(Actor applicant) {
		Application draft = drafts.start(applicant, MEDICAL_FILING);
		drafts.save(applicant, draft.id(),
				Map.of("insuranceType", List.of("EMPLOYEE"), "byAgent", List.of("NO"), "filingType",
						List.of("LONG_TERM_RESIDENT"), "province", List.of("11"), "city", List.of("北京市"), "startDate",
						List.of("2026-12-01")));
		materials.attach(applicant, draft.id(), "M02", "M02.pdf",
				new ByteArrayInputStream(SampleFiles.pdf("declaration of " + draft.id())));
		return draft;
	}

	/** Such a filing, submitted. */
	Application submitted(Actor applicant) {
		Application draft = draft(applicant);
		submissions.submit(applicant, draft.id(), UUID.randomUUID().toString());
		return caseFiles.get(draft.id());
	}

}
