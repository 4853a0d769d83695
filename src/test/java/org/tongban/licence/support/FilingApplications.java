package org.tongban.licence.support;

import java.io.ByteArrayInputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.tongban.application.Application;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.CaseFiles;
import org.tongban.application.Drafts;
import org.tongban.application.Submissions;
import org.tongban.catalog.LicenceDefinition;
import org.tongban.catalog.Matter;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterVersion;
import org.tongban.identity.Actor;
import org.tongban.storage.SampleFiles;
import org.tongban.support.TestClock;

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

	/**
	 * Adds, once, a test copy of the filing under another code whose certificate its
	 * department issues by hand (R15.5), so that the demo catalogue stays as it is.
	 */
	public static void byHandCopy(JdbcAggregateTemplate aggregates, MatterCatalog catalog, String code) {
		if (aggregates.findById(code, Matter.class) != null) {
			return;
		}
		Matter original = aggregates.findById(MEDICAL_FILING, Matter.class);
		aggregates.insert(new Matter(code, original.departmentCode(), original.kind(), original.servesPersons(),
				original.servesEnterprises(), Set.of()));
		MatterVersion version = catalog.versionInForce(MEDICAL_FILING, TestClock.DEMO_DAY).orElseThrow();
		LicenceDefinition licence = version.licence();
		RecordComponent[] components = MatterVersion.class.getRecordComponents();
		Object[] values = new Object[components.length];
		try {
			for (int i = 0; i < components.length; i++) {
				values[i] = switch (components[i].getName()) {
					case "id" -> null;
					case "matterCode" -> code;
					case "licence" -> new LicenceDefinition(licence.type(), licence.name(), licence.validity(),
							licence.printed(), LicenceDefinition.Issuance.BY_HAND);
					default -> components[i].getAccessor().invoke(version);
				};
			}
			aggregates.insert(MatterVersion.class
				.getDeclaredConstructor(
						Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new))
				.newInstance(values));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
