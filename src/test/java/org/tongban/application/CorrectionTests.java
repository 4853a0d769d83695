package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.tongban.application.CorrectionItem.Kind;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.RefusedException;

/**
 * R4.2: the applicant sees exactly the listed items, fixes them and resubmits; nothing
 * else of the application can change meanwhile, and the case goes back to the step that
 * asked.
 */
@ApplicationTest
class CorrectionTests {

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	ApplicationMaterials materials;

	@Autowired
	Submissions submissions;

	@Autowired
	Corrections corrections;

	@Autowired
	MyApplications myApplications;

	@Autowired
	ApplicationEvents events;

	@Autowired
	FoodLicenceApplications food;

	@Test
	void theApplicantChangesTheListedItemsOnlyAndResubmits() {
		Restaurant restaurant = food.restaurant();
		Application submitted = submitted(restaurant);
		caseFiles.accepted(submitted.id(), CaseFilesTests.AT);
		CorrectionRequest request = CaseFilesTests.correction("REVIEW",
				new CorrectionItem(Kind.FIELD, "premisesAddress", "地址应写到门牌号"),
				new CorrectionItem(Kind.MATERIAL, "M04", "平面图看不清"));
		caseFiles.requestCorrection(submitted.id(), request);
		var applicant = restaurant.enterprise();
		String number = submitted.number();
		UUID oldPlan = submitted.materials("M04").get(0).attachmentId();
		UUID rules = submitted.materials("M05").get(0).attachmentId();

		// A listed field changes; an unlisted one cannot, nor can an unlisted material.
		corrections.correct(applicant, number, Map.of("premisesAddress", List.of("D市中山区人民路88号1单元101")));
		assertThatThrownBy(() -> corrections.correct(applicant, number, Map.of("staffCount", List.of("20"))))
			.isInstanceOfSatisfying(ApplicationIncompleteException.class,
					ex -> assertThat(ex.problems()).extracting(problem -> problem.field() + " " + problem.code())
						.containsExactly("staffCount application.correction.notListed"));
		assertThatThrownBy(() -> food.attachPdf(applicant, submitted.id(), "M05", "rules.pdf")).isInstanceOfSatisfying(
				RefusedException.class,
				ex -> assertThat(ex.messageCode()).isEqualTo("application.correction.materialNotListed"));
		assertThatThrownBy(() -> materials.detach(applicant, submitted.id(), rules))
			.isInstanceOf(RefusedException.class);
		// A listed field is checked with the form's rules.
		assertThatThrownBy(() -> corrections.correct(applicant, number, Map.of("premisesAddress", List.of())))
			.isInstanceOf(ApplicationIncompleteException.class);

		// The listed material is replaced.
		materials.detach(applicant, submitted.id(), oldPlan);
		assertThatThrownBy(() -> corrections.resubmit(applicant, number, false)).isInstanceOfSatisfying(
				ApplicationIncompleteException.class,
				ex -> assertThat(ex.problems()).extracting(problem -> problem.field()).containsExactly("material.M04"));
		AttachedMaterial newPlan = food.attachPdf(applicant, submitted.id(), "M04", "clear-floor-plan.pdf");

		Application resubmitted = corrections.resubmit(applicant, number, false);

		assertThat(resubmitted.status()).isEqualTo(ApplicationStatus.ACCEPTED);
		assertThat(resubmitted.correction()).isEmpty();
		assertThat(resubmitted.answers().values("premisesAddress")).containsExactly("D市中山区人民路88号1单元101");
		assertThat(resubmitted.answers().values("staffCount")).containsExactly("8");
		assertThat(resubmitted.materials("M04")).extracting(AttachedMaterial::attachmentId)
			.containsExactly(newPlan.attachmentId());
		assertThat(resubmitted.materials("M05")).extracting(AttachedMaterial::attachmentId).containsExactly(rules);
		assertThat(resubmitted.timeline()).extracting(TimelineStep::step)
			.containsExactly("SUBMITTED", "ACCEPTANCE", "CORRECTION", "REVIEW");
		assertThat(resubmitted.currentStep()).get()
			.satisfies(step -> assertThat(step.departmentCode()).isEqualTo("SCJGJ"));
		assertThat(events.stream(ApplicationCorrected.class).filter(event -> event.number().equals(number)))
			.singleElement()
			.satisfies(event -> assertThat(event.correctionId()).isEqualTo(request.id()));
		// Once resubmitted nothing can change any more.
		assertThatThrownBy(() -> corrections.resubmit(applicant, number, false)).isInstanceOfSatisfying(
				RefusedException.class, ex -> assertThat(ex.messageCode()).isEqualTo("application.correction.none"));
		assertThatThrownBy(() -> food.attachPdf(applicant, submitted.id(), "M04", "again.pdf"))
			.isInstanceOf(RefusedException.class);
	}

	@Test
	void aCorrectionAskedAtAcceptanceReturnsToSubmitted() {
		Restaurant restaurant = food.restaurant();
		Application submitted = submitted(restaurant);
		caseFiles.requestCorrection(submitted.id(), CaseFilesTests.correction("ACCEPTANCE",
				new CorrectionItem(Kind.FIELD, "staffCount", "从业人员人数与健康证数量不符")));

		corrections.correct(restaurant.enterprise(), submitted.number(), Map.of("staffCount", List.of("9")));
		Application resubmitted = corrections.resubmit(restaurant.enterprise(), submitted.number(), false);

		assertThat(resubmitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(resubmitted.currentStep()).get().satisfies(step -> assertThat(step.step()).isEqualTo("ACCEPTANCE"));
	}

	@Test
	void aCorrectionResubmittedWithListedItemsUnchangedNamesThemAndGoesBackOnlyOnceConfirmed() {
		Restaurant restaurant = food.restaurant();
		Application submitted = submitted(restaurant);
		caseFiles.requestCorrection(submitted.id(),
				CaseFilesTests.correction("ACCEPTANCE", new CorrectionItem(Kind.FIELD, "premisesAddress", "地址应写到门牌号"),
						new CorrectionItem(Kind.FIELD, "staffCount", "从业人员人数与健康证数量不符"),
						new CorrectionItem(Kind.MATERIAL, "M04", "平面图看不清")));
		var applicant = restaurant.enterprise();
		String number = submitted.number();
		String address = submitted.answers().value("premisesAddress");

		// Changed and then set back as it was counts as unchanged; the material replaced
		// and the other field changed
		// do not.
		corrections.correct(applicant, number, Map.of("premisesAddress", List.of("D市中山区人民路88号1单元101")));
		corrections.correct(applicant, number, Map.of("premisesAddress", List.of(address)));
		corrections.correct(applicant, number, Map.of("staffCount", List.of("9")));
		assertThat(corrections.unchangedSinceNotice(corrections.toCorrect(applicant, number)))
			.extracting(CorrectionItem::code)
			.containsExactly("premisesAddress", "M04");
		materials.detach(applicant, submitted.id(), submitted.materials("M04").get(0).attachmentId());
		food.attachPdf(applicant, submitted.id(), "M04", "clear-floor-plan.pdf");

		assertThatThrownBy(() -> corrections.resubmit(applicant, number, false))
			.isInstanceOfSatisfying(CorrectionUnchangedException.class, ex -> {
				assertThat(ex.unchanged()).extracting(CorrectionItem::code).containsExactly("premisesAddress");
				assertThat(ex.names()).extracting(name -> name.zh()).containsExactly("经营场所地址");
			});
		assertThat(myApplications.byNumber(applicant, number).status())
			.isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);

		corrections.resubmit(applicant, number, true);

		assertThat(events.stream(ApplicationCorrected.class).filter(event -> event.number().equals(number)))
			.singleElement()
			.satisfies(event -> assertThat(event.unchanged()).extracting(CorrectionItem::code)
				.containsExactly("premisesAddress"));
		assertThat(caseFiles.unchangedAfterCorrection(submitted.id()))
			.containsExactly(new CorrectionItem(Kind.FIELD, "premisesAddress", "地址应写到门牌号"));
	}

	@Test
	void aCorrectionWithEveryItemChangedGoesBackWithoutAsking() {
		Restaurant restaurant = food.restaurant();
		Application submitted = submitted(restaurant);
		caseFiles.requestCorrection(submitted.id(), CaseFilesTests.correction("ACCEPTANCE",
				new CorrectionItem(Kind.FIELD, "staffCount", "从业人员人数与健康证数量不符")));
		corrections.correct(restaurant.enterprise(), submitted.number(), Map.of("staffCount", List.of("9")));

		corrections.resubmit(restaurant.enterprise(), submitted.number(), false);

		assertThat(caseFiles.unchangedAfterCorrection(submitted.id())).isEmpty();
	}

	@Test
	void aListedFieldCannotMakeAnUnlistedAnswerWrong() {
		Restaurant restaurant = food.restaurant();
		Application submitted = submitted(restaurant);
		caseFiles.requestCorrection(submitted.id(),
				CaseFilesTests.correction("ACCEPTANCE", new CorrectionItem(Kind.FIELD, "online", "是否网络经营填写有误")));

		// Selling online asks for the shop's address, which the notice does not list.
		assertThatThrownBy(() -> corrections.correct(restaurant.enterprise(), submitted.number(),
				Map.of("online", List.of("YES"))))
			.isInstanceOfSatisfying(ApplicationIncompleteException.class,
					ex -> assertThat(ex.problems()).extracting(problem -> problem.field())
						.containsExactly("onlineUrl"));
		assertThat(myApplications.byNumber(restaurant.enterprise(), submitted.number()).answers().values("online"))
			.containsExactly("NO");
	}

	@Test
	void theApplicantMayWithdrawInsteadOfCorrecting() {
		Restaurant restaurant = food.restaurant();
		Application submitted = submitted(restaurant);
		caseFiles.requestCorrection(submitted.id(),
				CaseFilesTests.correction("ACCEPTANCE", new CorrectionItem(Kind.FIELD, "staffCount", "?")));

		Application withdrawn = submissions.withdraw(restaurant.enterprise(), submitted.number());

		assertThat(withdrawn.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThat(withdrawn.correction()).isEmpty();
		assertThat(withdrawn.timeline()).noneMatch(TimelineStep::isOpen);
		assertThatThrownBy(() -> corrections.correct(restaurant.enterprise(), submitted.number(),
				Map.of("staffCount", List.of("9"))))
			.isInstanceOfSatisfying(RefusedException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("application.correction.none"));
	}

	@Test
	void nobodyElseCorrectsAnApplication() {
		Restaurant restaurant = food.restaurant();
		Application submitted = submitted(restaurant);
		caseFiles.requestCorrection(submitted.id(),
				CaseFilesTests.correction("ACCEPTANCE", new CorrectionItem(Kind.FIELD, "staffCount", "?")));
		var stranger = food.accounts().person().actor();

		assertThatThrownBy(() -> corrections.correct(stranger, submitted.number(), Map.of("staffCount", List.of("1"))))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> corrections.resubmit(stranger, submitted.number(), false))
			.isInstanceOf(NotFoundException.class);
	}

	private Application submitted(Restaurant restaurant) {
		return myApplications.byNumber(restaurant.enterprise(), food.submit(restaurant).number());
	}

}
