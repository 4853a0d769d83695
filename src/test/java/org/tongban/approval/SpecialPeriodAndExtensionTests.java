package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.application.ApplicationTest;
import org.tongban.application.CaseDocument;
import org.tongban.approval.CaseFixtures.Submitted;
import org.tongban.notification.outbox.InAppMessage;
import org.tongban.notification.outbox.Outbox;
import org.tongban.identity.Actor;
import org.tongban.shared.RefusedException;
import org.tongban.supervision.PauseReason;

/**
 * R15.3, R15.4: special periods stop the clock and are told to the applicant; one
 * extension, by an approver.
 */
@ApplicationTest
class SpecialPeriodAndExtensionTests {

	@Autowired
	CaseWork work;

	@Autowired
	Outbox outbox;

	@Autowired
	CaseFixtures cases;

	@Test
	@DisplayName("R15.4: an on-site inspection pauses the clock, the applicant gets notices at start and end")
	void anInspectionIsASpecialPeriod() {
		Submitted food = cases.foodLicence();
		Actor clerk = cases.clerk();
		Actor reviewer = cases.reviewer();
		assertThatThrownBy(() -> work.startSpecialPeriod(clerk, food.number(), SpecialPeriodKind.INSPECTION, "核查",
				LocalDate.of(2026, 12, 4)))
			.isInstanceOfSatisfying(RefusedException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("approval.specialPeriod.notAtAcceptance"));
		work.accept(clerk, food.number(), null);
		work.review(reviewer, food.number(), ReviewOutcome.APPROVE, "初审通过");

		CaseView inspecting = work.startSpecialPeriod(reviewer, food.number(), SpecialPeriodKind.INSPECTION, "现场核查经营场所",
				LocalDate.of(2026, 12, 4));

		assertThat(inspecting.step()).isEqualTo("INSPECTION");
		assertThat(inspecting.specialPeriod().kind()).isEqualTo(SpecialPeriodKind.INSPECTION);
		assertThat(inspecting.clock().isPaused()).isTrue();
		assertThat(inspecting.clock().pauses()).last()
			.satisfies(pause -> assertThat(pause.reason()).isEqualTo(PauseReason.SPECIAL_PERIOD));
		assertThat(inspecting.actions()).contains(CaseAction.END_SPECIAL_PERIOD)
			.doesNotContain(CaseAction.REVIEW, CaseAction.START_SPECIAL_PERIOD);
		assertThatThrownBy(() -> work.review(reviewer, food.number(), ReviewOutcome.APPROVE, "合格"))
			.isInstanceOfSatisfying(RefusedException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("approval.specialPeriod.open"));
		assertThatThrownBy(() -> work.startSpecialPeriod(reviewer, food.number(), SpecialPeriodKind.TESTING, "检测",
				LocalDate.of(2026, 12, 4)))
			.isInstanceOf(RefusedException.class);

		CaseView inspected = work.endSpecialPeriod(reviewer, food.number(), "现场符合要求");

		assertThat(inspected.specialPeriod()).isNull();
		assertThat(inspected.clock().isPaused()).isFalse();
		assertThat(inspected.application().documents()).extracting(CaseDocument::kind)
			.containsExactlyInAnyOrder("ACCEPTANCE_NOTICE", "SPECIAL_PERIOD_NOTICE", "SPECIAL_PERIOD_NOTICE");
		assertThat(inspected.history()).extracting(CaseView.HistoryEntry::action)
			.containsSubsequence("START_SPECIAL_PERIOD", "END_SPECIAL_PERIOD");
		assertThat(outbox.messages(food.applicant().id())).extracting(InAppMessage::kind)
			.contains("SPECIAL_PERIOD_STARTED", "SPECIAL_PERIOD_ENDED");
		assertThat(work.review(reviewer, food.number(), ReviewOutcome.APPROVE, "核查合格").step()).isEqualTo("RE_REVIEW");
	}

	@Test
	@DisplayName("R15.3: the approver extends once; a reviewer cannot, and nobody can twice")
	void theApproverExtendsOnce() {
		Submitted food = cases.foodLicence();
		Actor approver = cases.approver();
		work.accept(cases.clerk(), food.number(), null);
		LocalDate dueBefore = work.open(approver, food.number()).clock().dueOn();

		assertThatThrownBy(() -> work.extend(cases.reviewer(), food.number(), "情况复杂")).isInstanceOfSatisfying(
				RefusedException.class, ex -> assertThat(ex.messageCode()).isEqualTo("approval.extend.approverOnly"));
		CaseView extended = work.extend(approver, food.number(), "需要补充现场核查");

		assertThat(extended.clock().isExtended()).isTrue();
		assertThat(extended.clock().extension().days()).isEqualTo(10);
		assertThat(extended.clock().dueOn()).isAfter(dueBefore);
		assertThat(extended.actions()).doesNotContain(CaseAction.EXTEND);
		assertThat(extended.application().documents()).extracting(CaseDocument::kind).contains("EXTENSION_NOTICE");
		assertThat(outbox.messages(food.applicant().id())).extracting(InAppMessage::kind).contains("EXTENDED");
		assertThatThrownBy(() -> work.extend(approver, food.number(), "再次延长")).isInstanceOfSatisfying(
				RefusedException.class, ex -> assertThat(ex.messageCode()).isEqualTo("approval.extend.once"));
	}

}
