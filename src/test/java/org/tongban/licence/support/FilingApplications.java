package org.tongban.licence.support;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tongban.application.Application;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.CaseFiles;
import org.tongban.application.Drafts;
import org.tongban.application.Submissions;
import org.tongban.identity.Actor;
import org.tongban.storage.SampleFiles;

/**
 * Submits a filing for long-term residence elsewhere (异地就医备案, demo catalogue, or a test
 * copy of it) without a commitment, so that it waits for its decision.
 */
public record FilingApplications(Drafts drafts, ApplicationMaterials materials, Submissions submissions,
		CaseFiles caseFiles) {

	public static final String MEDICAL_FILING = "YBJ-YDJYBA";

	public Application submitted(Actor applicant, String matter) {
		Application draft = drafts.start(applicant, matter);
		drafts.save(applicant, draft.id(),
				Map.of("insuranceType", List.of("EMPLOYEE"), "byAgent", List.of("NO"), "filingType",
						List.of("LONG_TERM_RESIDENT"), "province", List.of("11"), "city", List.of("北京市"), "startDate",
						List.of("2026-12-01")));
		materials.attach(applicant, draft.id(), "M02", "M02.pdf",
				new ByteArrayInputStream(SampleFiles.pdf("declaration of " + draft.id())));
		submissions.submit(applicant, draft.id(), UUID.randomUUID().toString());
		return caseFiles.get(draft.id());
	}

}
