package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.tongban.application.CorrectionItem.Kind;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.application.internal.ApplicationStore;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.storage.Attachments;
import org.tongban.storage.SampleFiles;

/**
 * R4.1, R4.2, R4.4, R7.1: the approval side moves a case through its statuses only where
 * the rules allow, the applicant's timeline follows its steps, and department messages
 * and documents reach the applicant.
 */
@ApplicationTest
class CaseFilesTests {

	static final Instant AT = Instant.parse("2026-11-27T03:00:00Z");

	@Autowired
	CaseFiles caseFiles;

	@Autowired
	Submissions submissions;

	@Autowired
	MyApplications myApplications;

	@Autowired
	PublicQuery publicQuery;

	@Autowired
	Attachments attachments;

	@Autowired
	ApplicationStore store;

	@Autowired
	FoodLicenceApplications food;

	@Test
	void aSubmittedApplicationIsAcceptedThenGranted() {
		Application submitted = submitted(food.restaurant());

		caseFiles.accepted(submitted.id(), AT);
		assertThat(caseFiles.get(submitted.id()).status()).isEqualTo(ApplicationStatus.ACCEPTED);
		caseFiles.finish(submitted.id(), ApplicationStatus.GRANTED, AT.plusSeconds(60));

		Application granted = caseFiles.get(submitted.id());
		assertThat(granted.status()).isEqualTo(ApplicationStatus.GRANTED);
		assertThat(granted.timeline()).extracting(TimelineStep::step)
			.containsExactly("SUBMITTED", "ACCEPTANCE", "GRANTED");
		assertThat(granted.timeline()).noneMatch(TimelineStep::isOpen);
	}

	@Test
	void statusChangesThatDoNotFitAreRefusedWith409() {
		Application submitted = submitted(food.restaurant());
		UUID id = submitted.id();

		assertRefused(() -> caseFiles.finish(id, ApplicationStatus.GRANTED, AT),
				"application.case.finish.notPossible.GRANTED");
		assertRefused(() -> caseFiles.finish(id, ApplicationStatus.DENIED, AT),
				"application.case.finish.notPossible.DENIED");
		caseFiles.accepted(id, AT);
		assertRefused(() -> caseFiles.accepted(id, AT), "application.case.accept.notPossible");
		assertRefused(() -> caseFiles.finish(id, ApplicationStatus.REFUSED, AT),
				"application.case.finish.notPossible.REFUSED");
		caseFiles.finish(id, ApplicationStatus.DENIED, AT);
		assertRefused(() -> caseFiles.finish(id, ApplicationStatus.GRANTED, AT), "application.case.ended");
		assertRefused(() -> caseFiles.enterStep(id, CaseStep.REVIEW, "SCJGJ", null, AT), "application.case.ended");
		assertRefused(
				() -> caseFiles.requestCorrection(id,
						correction("REVIEW", new CorrectionItem(Kind.FIELD, "staffCount", "人数不对"))),
				"application.case.ended");
		assertThat(caseFiles.get(id).status()).isEqualTo(ApplicationStatus.DENIED);
	}

	@Test
	void aRefusalEndsTheCaseBeforeAcceptanceEvenWhileTheApplicantCorrects() {
		Application submitted = submitted(food.restaurant());
		caseFiles.requestCorrection(submitted.id(),
				correction("ACCEPTANCE", new CorrectionItem(Kind.MATERIAL, "M04", "平面图看不清")));

		caseFiles.finish(submitted.id(), ApplicationStatus.REFUSED, AT);

		Application refused = caseFiles.get(submitted.id());
		assertThat(refused.status()).isEqualTo(ApplicationStatus.REFUSED);
		assertThat(refused.correction()).isEmpty();
		assertThat(refused.status().isWithdrawable()).isFalse();
	}

	@Test
	void theApplicantWithdrawsWhileAcceptedButNotAfterTheLicenceIsGranted() {
		Restaurant restaurant = food.restaurant();
		Application accepted = submitted(restaurant);
		caseFiles.accepted(accepted.id(), AT);
		assertThat(submissions.withdraw(restaurant.enterprise(), accepted.number()).status())
			.isEqualTo(ApplicationStatus.WITHDRAWN);
		assertRefused(() -> caseFiles.accepted(accepted.id(), AT), "application.case.ended");

		Application granted = submitted(restaurant);
		caseFiles.accepted(granted.id(), AT);
		caseFiles.finish(granted.id(), ApplicationStatus.GRANTED, AT);
		assertRefused(() -> submissions.withdraw(restaurant.enterprise(), granted.number()),
				"application.withdraw.notPossible");
	}

	@Test
	void eachStepEndsTheOneBeforeAndTheApplicantFollowsThem() {
		Application submitted = submitted(food.restaurant());
		UUID id = submitted.id();
		LocalDate due = LocalDate.of(2026, 12, 11);

		caseFiles.accepted(id, AT);
		caseFiles.enterStep(id, CaseStep.INITIAL_REVIEW, "SCJGJ", due, AT);
		caseFiles.enterStep(id, CaseStep.INITIAL_REVIEW, "SCJGJ", due.plusDays(3), AT.plusSeconds(5));
		caseFiles.enterStep(id, CaseStep.INSPECTION, "SCJGJ", due.plusDays(7), AT.plusSeconds(60));

		Application application = caseFiles.get(id);
		assertThat(application.timeline()).extracting(TimelineStep::step)
			.containsExactly("SUBMITTED", "ACCEPTANCE", "INITIAL_REVIEW", "INSPECTION");
		assertThat(application.timeline().get(1).finishedAt()).isEqualTo(AT);
		assertThat(application.timeline().get(2).dueOn()).isEqualTo(due.plusDays(3));
		assertThat(application.timeline().get(2).finishedAt()).isEqualTo(AT.plusSeconds(60));
		assertThat(application.currentStep()).get().satisfies(step -> {
			assertThat(step.step()).isEqualTo("INSPECTION");
			assertThat(step.departmentCode()).isEqualTo("SCJGJ");
			assertThat(step.dueOn()).isEqualTo(due.plusDays(7));
		});
		PublicStatus status = publicQuery.status(application.number(), application.receipt().orElseThrow().queryCode());
		assertThat(status.status()).isEqualTo(ApplicationStatus.ACCEPTED);
		assertThat(status.currentStep()).isEqualTo("INSPECTION");
	}

	@Test
	void aCorrectionIsTheApplicantsOwnStepAndNamesOnlyItemsOfTheForm() {
		Application submitted = submitted(food.restaurant());
		UUID id = submitted.id();

		assertThatThrownBy(() -> caseFiles.requestCorrection(id,
				correction("ACCEPTANCE", new CorrectionItem(Kind.FIELD, "noSuchField", "?"))))
			.isInstanceOf(InvalidParameterException.class);
		assertThatThrownBy(() -> caseFiles.requestCorrection(id,
				correction("ACCEPTANCE", new CorrectionItem(Kind.MATERIAL, "M99", "?"))))
			.isInstanceOf(InvalidParameterException.class);
		CorrectionRequest request = correction("ACCEPTANCE",
				new CorrectionItem(Kind.FIELD, "premisesAddress", "地址应写到门牌号"),
				new CorrectionItem(Kind.MATERIAL, "M04", "平面图看不清"));
		caseFiles.requestCorrection(id, request);

		Application correcting = caseFiles.get(id);
		assertThat(correcting.status()).isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);
		assertThat(correcting.correction()).contains(request);
		assertThat(correcting.currentStep()).get().satisfies(step -> {
			assertThat(step.step()).isEqualTo("CORRECTION");
			assertThat(step.departmentCode()).isNull();
		});
		assertRefused(
				() -> caseFiles.requestCorrection(id,
						correction("ACCEPTANCE", new CorrectionItem(Kind.FIELD, "staffCount", "?"))),
				"application.case.correction.notPossible");
		assertRefused(() -> caseFiles.accepted(id, AT), "application.case.accept.notPossible");
	}

	@Test
	void departmentMessagesAndDocumentsReachTheApplicant() {
		Restaurant restaurant = food.restaurant();
		Application submitted = submitted(restaurant);
		UUID notice = attachments.store("受理通知书.pdf", new ByteArrayInputStream(SampleFiles.pdf("notice"))).id();

		caseFiles.writeAsDepartment(submitted.id(), "SCJGJ", " 请于下周一上午在店等候现场核查。 ", AT);
		caseFiles.addDocument(submitted.id(), new CaseDocument(notice, "ACCEPTANCE_NOTICE", "受理通知书.pdf", AT));

		Application seen = myApplications.byNumber(restaurant.enterprise(), submitted.number());
		assertThat(seen.messages()).singleElement().satisfies(message -> {
			assertThat(message.sender()).isEqualTo("DEPARTMENT");
			assertThat(message.departmentCode()).isEqualTo("SCJGJ");
			assertThat(message.body()).isEqualTo("请于下周一上午在店等候现场核查。");
		});
		assertThat(seen.documents()).singleElement().satisfies(document -> {
			assertThat(document.attachmentId()).isEqualTo(notice);
			assertThat(document.kind()).isEqualTo("ACCEPTANCE_NOTICE");
		});
		assertThat(myApplications.document(restaurant.enterprise(), submitted.number(), notice).fileName())
			.isEqualTo("受理通知书.pdf");
		assertThatThrownBy(() -> caseFiles.addDocument(submitted.id(),
				new CaseDocument(UUID.randomUUID(), "LOVE_LETTER", "x.pdf", AT)))
			.isInstanceOf(InvalidParameterException.class);
		assertThatThrownBy(() -> caseFiles.writeAsDepartment(submitted.id(), "SCJGJ", " ", AT))
			.isInstanceOf(InvalidParameterException.class);
	}

	@Test
	void twoChangesMadeFromTheSameReadingCannotBothWin() {
		Application submitted = submitted(food.restaurant());

		store.changeStatus(submitted, ApplicationStatus.ACCEPTED, AT);

		assertThatThrownBy(() -> store.changeStatus(submitted, ApplicationStatus.CORRECTION_REQUESTED, AT))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(caseFiles.get(submitted.id()).status()).isEqualTo(ApplicationStatus.ACCEPTED);
	}

	@Test
	void draftsAreNoCases() {
		Application draft = food.completeDraft(food.restaurant());

		assertThatThrownBy(() -> caseFiles.get(draft.id())).isInstanceOf(NotFoundException.class);
		assertThat(caseFiles.byNumber("TB20261127999999")).isEmpty();
		assertThatThrownBy(() -> caseFiles.accepted(draft.id(), AT)).isInstanceOf(NotFoundException.class);
	}

	static CorrectionRequest correction(String step, CorrectionItem... items) {
		return new CorrectionRequest(UUID.randomUUID(), step, "SCJGJ", List.of(items), "请一并补正", AT);
	}

	private Application submitted(Restaurant restaurant) {
		return caseFiles.byNumber(food.submit(restaurant).number()).orElseThrow();
	}

	private static void assertRefused(Runnable change, String code) {
		assertThatThrownBy(change::run).isInstanceOfSatisfying(RefusedException.class, ex -> {
			assertThat(ex.refusal()).isEqualTo(Refusal.CONFLICT);
			assertThat(ex.messageCode()).isEqualTo(code);
		});
	}

}
