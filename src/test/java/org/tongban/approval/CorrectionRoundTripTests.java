package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.approval.CaseFixtures.WHOLE_QUEUE;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.application.Application;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.ApplicationTest;
import org.tongban.application.CaseDocument;
import org.tongban.application.CorrectionItem;
import org.tongban.application.CorrectionItem.Kind;
import org.tongban.application.Corrections;
import org.tongban.approval.CaseFixtures.Submitted;
import org.tongban.notification.outbox.InAppMessage;
import org.tongban.notification.outbox.Outbox;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.RefusedException;
import org.tongban.supervision.PauseReason;

/**
 * R4.1, R4.2, R15.2: one correction notice with every item; the clock stands still; the
 * case returns to its step.
 */
@ApplicationTest
class CorrectionRoundTripTests {

	@Autowired
	CaseWork work;

	@Autowired
	ApplicationMaterials materials;

	@Autowired
	Corrections corrections;

	@Autowired
	Outbox outbox;

	@Autowired
	CaseFixtures cases;

	@Test
	@DisplayName("R4.2: a correction at acceptance pauses the clock; after resubmission the clerk accepts")
	void aCorrectionAtAcceptanceReturnsTheCaseToTheClerk() {
		Submitted food = cases.foodLicence();
		Actor clerk = cases.clerk();

		assertThatThrownBy(() -> work.requestCorrection(clerk, food.number(), List.of(), null))
			.isInstanceOf(InvalidParameterException.class);
		assertThatThrownBy(() -> work.requestCorrection(clerk, food.number(),
				List.of(new CorrectionItem(Kind.FIELD, "noSuchField", "看不清")), null))
			.isInstanceOfSatisfying(InvalidParameterException.class,
					ex -> assertThat(ex.parameter()).isEqualTo("items[0].code"));
		CaseView correcting = work.requestCorrection(clerk, food.number(),
				List.of(new CorrectionItem(Kind.FIELD, "premisesAddress", "地址应写到门牌号"),
						new CorrectionItem(Kind.MATERIAL, "M04", "平面图看不清")),
				"请一并补正");

		assertThat(correcting.step()).isEqualTo("CORRECTION");
		assertThat(correcting.correction()).extracting(CorrectionItem::code).containsExactly("premisesAddress", "M04");
		assertThat(correcting.clock().isPaused()).isTrue();
		assertThat(correcting.clock().pauses()).last()
			.satisfies(pause -> assertThat(pause.reason()).isEqualTo(PauseReason.CORRECTION));
		assertThat(correcting.application().status()).isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);
		assertThat(correcting.application().documents()).extracting(CaseDocument::kind)
			.containsExactly("CORRECTION_NOTICE");
		assertThat(work.queue(clerk, QueueFilter.ALL, WHOLE_QUEUE).items()).extracting(WorkItem::number)
			.doesNotContain(food.number());
		assertThat(outbox.messages(food.applicant().id())).extracting(InAppMessage::kind)
			.contains("CORRECTION_REQUESTED");
		assertThatThrownBy(() -> work.accept(clerk, food.number(), null)).isInstanceOfSatisfying(RefusedException.class,
				ex -> assertThat(ex.messageCode()).isEqualTo("approval.case.withApplicant"));

		correct(food);

		CaseView back = cases.awaitStep(food.number(), "ACCEPTANCE");
		assertThat(back.clock().isPaused()).isFalse();
		assertThat(back.claimedBy()).isNull();
		assertThat(back.history()).extracting(CaseView.HistoryEntry::action)
			.endsWith("REQUEST_CORRECTION", "CORRECTED");
		assertThat(work.queue(clerk, QueueFilter.ALL, WHOLE_QUEUE).items()).extracting(WorkItem::number)
			.contains(food.number());
		// One notice only (一次性告知): after the correction the clerk accepts or refuses, and
		// is told why.
		assertThat(work.open(clerk, food.number()).actions()).doesNotContain(CaseAction.REQUEST_CORRECTION);
		assertThat(work.open(clerk, food.number()).correctionNoticeGiven()).isTrue();
		assertThat(back.unchangedAfterCorrection()).isEmpty();
		assertThatThrownBy(() -> work.requestCorrection(clerk, food.number(),
				List.of(new CorrectionItem(Kind.MATERIAL, "M05", "again")), null))
			.isInstanceOfSatisfying(RefusedException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("approval.correction.onlyOnce"));
		assertThat(work.accept(clerk, food.number(), null).step()).isEqualTo("INITIAL_REVIEW");
	}

	@Test
	@DisplayName("R4.2, R15.2: items resubmitted unchanged are shown to the clerk, who may refuse to accept for them")
	void aCorrectionResubmittedUnchangedIsShownToTheClerk() {
		Submitted food = cases.foodLicence();
		Actor clerk = cases.clerk();
		work.requestCorrection(clerk, food.number(),
				List.of(new CorrectionItem(Kind.FIELD, "premisesAddress", "地址应写到门牌号"),
						new CorrectionItem(Kind.MATERIAL, "M04", "平面图看不清")),
				null);
		corrections.correct(food.applicant(), food.number(), Map.of("premisesAddress", List.of("D市中山区人民路88号1单元101")));
		corrections.resubmit(food.applicant(), food.number(), true);

		CaseView back = cases.awaitStep(food.number(), "ACCEPTANCE");

		assertThat(back.unchangedAfterCorrection()).containsExactly(new CorrectionItem(Kind.MATERIAL, "M04", "平面图看不清"));
		assertThat(back.history()).last().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("CORRECTED");
			assertThat(entry.outcome()).isEqualTo("UNCHANGED");
			assertThat(entry.opinion()).isEqualTo("M04: 平面图看不清");
		});
		assertThat(work.refuse(clerk, food.number(), "补正后平面图仍看不清", "《行政许可法》第三十二条").step()).isEqualTo("REFUSED");
	}

	@Test
	@DisplayName("R4.2, R16.4: a reviewer's correction notice brings the case back to the same review step")
	void aCorrectionAtReviewReturnsTheCaseToTheSameStep() {
		Submitted food = cases.foodLicence();
		Actor reviewer = cases.reviewer();
		work.accept(cases.clerk(), food.number(), "受理");
		CaseView correcting = work.requestCorrection(reviewer, food.number(),
				List.of(new CorrectionItem(Kind.FIELD, "premisesAddress", "地址与营业执照不一致")), null);
		assertThat(correcting.step()).isEqualTo("CORRECTION");

		correct(food);

		CaseView back = cases.awaitStep(food.number(), "INITIAL_REVIEW");
		assertThat(back.application().status()).isEqualTo(ApplicationStatus.ACCEPTED);
		assertThat(back.clock().steps()).extracting(step -> step.step())
			.containsExactly("ACCEPTANCE", "INITIAL_REVIEW");
		assertThat(work.review(reviewer, food.number(), ReviewOutcome.APPROVE, "补正后符合").step()).isEqualTo("INSPECTION");
		assertThat(work.open(reviewer, food.number()).history()).extracting(CaseView.HistoryEntry::opinion)
			.contains("受理", "premisesAddress: 地址与营业执照不一致", "补正后符合");
	}

	/**
	 * The applicant fixes the listed field, and the listed material if any, and
	 * resubmits.
	 */
	private void correct(Submitted food) {
		Application toCorrect = corrections.toCorrect(food.applicant(), food.number());
		corrections.correct(food.applicant(), food.number(), Map.of("premisesAddress", List.of("D市中山区人民路88号1单元101")));
		if (toCorrect.correction().orElseThrow().items().stream().anyMatch(item -> item.code().equals("M04"))) {
			materials.detach(food.applicant(), food.id(), toCorrect.materials("M04").get(0).attachmentId());
			cases.food().attachPdf(food.applicant(), food.id(), "M04", "clear-floor-plan.pdf");
		}
		corrections.resubmit(food.applicant(), food.number(), false);
	}

}
