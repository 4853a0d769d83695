package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.tongban.application.CorrectionItem.Kind;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.identity.Actor;
import org.tongban.storage.SampleFiles;
import org.tongban.supervision.CaseClocks;

/**
 * R16.4: a correction that touches a field or material several members of a bundle use
 * re-opens it for every member that uses it and is not decided yet: the corrected value
 * and file are written into them and their departments are told; a decided member, and
 * whatever else the members hold, is left as it was.
 */
@ApplicationTest
class SharedCorrectionTests {

	@Autowired
	BundleApplications bundles;

	@Autowired
	BundleFiles bundleFiles;

	@Autowired
	CaseClocks clocks;

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	Corrections corrections;

	@Autowired
	ApplicationMaterials materials;

	@Autowired
	MyApplications myApplications;

	@Autowired
	EnterpriseStartBundles enterpriseStart;

	@Autowired
	ApplicationEvents events;

	@Test
	void aCorrectedSharedFieldAndMaterialReachTheOtherOpenMembersWhoseDepartmentsAreTold() {
		Restaurant enterprise = enterpriseStart.enterprise();
		Actor applicant = enterprise.enterprise();
		BundleApplication draft = enterpriseStart.completeDraft(enterprise);
		AttachedMaterial authorization = enterpriseStart.attachPdf(applicant, draft.id(),
				EnterpriseStartBundles.AUTHORIZATION);
		Receipt receipt = bundles.submit(applicant, draft.id(), UUID.randomUUID().toString());
		BundleApplication bundle = bundleFiles.byNumber(receipt.number()).orElseThrow();
		BundleApplication.Member registration = bundle.stage(1).get(0);
		// The platform opens the first stage; registration is then decided here by hand.
		awaitCaseOpened(registration.applicationId());
		caseFiles.accepted(registration.applicationId(), CaseFilesTests.AT);
		caseFiles.finish(registration.applicationId(), ApplicationStatus.GRANTED, CaseFilesTests.AT);
		bundle.stage(2).forEach(member -> bundleFiles.open(member.applicationId(), CaseFilesTests.AT));
		bundle.stage(2).forEach(member -> awaitCaseOpened(member.applicationId()));
		UUID tax = member(bundle, "SWJ-XBNSRSX");
		UUID socialInsurance = member(bundle, "RSJ-DWSBDJ");
		UUID seals = member(bundle, "GAJ-YZKZBA");
		// The seal office asks for the contact mobile and the authorization again.
		caseFiles.requestCorrection(seals,
				new CorrectionRequest(UUID.randomUUID(), "ACCEPTANCE", "GAJ",
						List.of(new CorrectionItem(Kind.FIELD, "contactMobile", "联系电话无法接通"),
								new CorrectionItem(Kind.MATERIAL, "M04", "委托书未盖章")),
						"请补正", CaseFilesTests.AT));
		String sealsNumber = get(applicant, seals).number();

		corrections.correct(applicant, sealsNumber, Map.of("contactMobile", List.of("13700001111")));
		materials.detach(applicant, seals, authorization.attachmentId());
		AttachedMaterial stamped = materials.attach(applicant, seals, "M04", "stamped.pdf",
				new ByteArrayInputStream(SampleFiles.pdf("stamped " + seals)));
		corrections.resubmit(applicant, sealsNumber, false);

		Application socialInsuranceNow = get(applicant, socialInsurance);
		assertThat(socialInsuranceNow.answers().values("contactMobile")).containsExactly("13700001111");
		assertThat(socialInsuranceNow.answers().value("bankAccount")).isEqualTo("6222020400001234567");
		assertThat(get(applicant, tax).materials("M05")).extracting(AttachedMaterial::attachmentId)
			.containsExactly(stamped.attachmentId());
		Application registrationNow = get(applicant, registration.applicationId());
		assertThat(registrationNow.status()).isEqualTo(ApplicationStatus.GRANTED);
		assertThat(registrationNow.answers().values("contactMobile")).containsExactly("13912345678");
		assertThat(registrationNow.materials("M07")).extracting(AttachedMaterial::attachmentId)
			.containsExactly(authorization.attachmentId());
		assertThat(events.stream(SharedItemsCorrected.class).filter(event -> event.bundleId().equals(bundle.id())))
			.singleElement()
			.satisfies(event -> {
				assertThat(event.correctedApplicationId()).isEqualTo(seals);
				assertThat(event.correctedNumber()).isEqualTo(sealsNumber);
				assertThat(event.items()).extracting(CorrectionItem::code).containsExactly("contactMobile", "M04");
				assertThat(event.affectedApplicationIds()).containsExactlyInAnyOrder(tax, socialInsurance);
			});
	}

	private Application get(Actor applicant, UUID id) {
		return myApplications.byNumber(applicant,
				bundleFiles.ofMember(id).orElseThrow().member(id).orElseThrow().number());
	}

	private static UUID member(BundleApplication bundle, String matterCode) {
		return bundle.members()
			.stream()
			.filter(member -> member.matterCode().equals(matterCode))
			.findFirst()
			.orElseThrow()
			.applicationId();
	}

	/** Until the member's case, with its clock, has opened at its department. */
	private void awaitCaseOpened(UUID applicationId) {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> clocks.of(applicationId).isPresent());
	}

}
