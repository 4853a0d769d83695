package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.identity.Actor;
import org.tongban.identity.TestAccounts;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.Paging;

/**
 * R3.5, R7, R12.5: the applicant follows and may withdraw their application; anybody with
 * its number and query code sees its status and nothing personal; another applicant finds
 * nothing at all.
 */
@ApplicationTest
class ProgressTests {

	@Autowired
	Drafts drafts;

	@Autowired
	ApplicationMaterials materials;

	@Autowired
	Submissions submissions;

	@Autowired
	MyApplications myApplications;

	@Autowired
	PublicQuery publicQuery;

	@Autowired
	ApplicationEvents events;

	@Autowired
	FoodLicenceApplications food;

	@Test
	void theApplicantWithdrawsBeforeADecisionAndTheApprovalSideHearsOfIt() {
		Restaurant restaurant = food.restaurant();
		Receipt receipt = food.submit(restaurant);

		Application withdrawn = submissions.withdraw(restaurant.enterprise(), receipt.number());

		assertThat(withdrawn.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThat(withdrawn.withdrawnAt()).isNotNull();
		assertThat(withdrawn.timeline()).extracting(TimelineStep::step)
			.containsExactly("SUBMITTED", "ACCEPTANCE", "WITHDRAWN");
		assertThat(withdrawn.timeline()).noneMatch(TimelineStep::isOpen);
		assertThat(events.stream(ApplicationWithdrawn.class).filter(e -> e.number().equals(receipt.number())))
			.hasSize(1);
	}

	@Test
	void aWithdrawnApplicationCannotBeWithdrawnAgain() {
		Restaurant restaurant = food.restaurant();
		Receipt receipt = food.submit(restaurant);
		submissions.withdraw(restaurant.enterprise(), receipt.number());

		assertThatThrownBy(() -> submissions.withdraw(restaurant.enterprise(), receipt.number()))
			.isInstanceOfSatisfying(RefusedException.class, ex -> {
				assertThat(ex.refusal()).isEqualTo(Refusal.CONFLICT);
				assertThat(ex.messageCode()).isEqualTo("application.withdraw.notPossible");
			});
	}

	@Test
	void anybodyWithTheNumberAndTheQueryCodeSeesTheStatusAndNothingPersonal() {
		Restaurant restaurant = food.restaurant();
		Receipt receipt = food.submit(restaurant);

		PublicStatus status = publicQuery.status(" " + receipt.number().toLowerCase() + " ",
				receipt.queryCode().toLowerCase());

		assertThat(status.number()).isEqualTo(receipt.number());
		assertThat(status.matterName().zh()).startsWith("食品经营许可");
		assertThat(status.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(status.currentStep()).isEqualTo("ACCEPTANCE");
		assertThat(status.dueOn()).isEqualTo(receipt.acceptanceDueOn());
		assertThat(status.toString()).doesNotContain(restaurant.enterprise().name(),
				restaurant.agent().residentId().value(), restaurant.agent().mobile().value());
	}

	@Test
	void aWrongCodeAndAnUnknownNumberGetTheSameAnswer() {
		Receipt receipt = food.submit(food.restaurant());
		String wrongCode = receipt.queryCode().equals("22222222") ? "33333333" : "22222222";

		assertThatThrownBy(() -> publicQuery.status(receipt.number(), wrongCode)).isInstanceOfSatisfying(
				NotFoundException.class, ex -> assertThat(ex.messageCode()).isEqualTo("application.query.notFound"));
		assertThatThrownBy(() -> publicQuery.status("TB20261127999999", receipt.queryCode())).isInstanceOfSatisfying(
				NotFoundException.class, ex -> assertThat(ex.messageCode()).isEqualTo("application.query.notFound"));
		assertThatThrownBy(() -> publicQuery.status("'; drop table application_application; --", "x"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> publicQuery.status(null, null)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void anotherApplicantFindsNeitherTheDraftNorTheApplication() {
		Restaurant owner = food.restaurant();
		Application draft = food.completeDraft(owner);
		Application other = food.completeDraft(owner);
		Receipt receipt = submissions.submit(owner.enterprise(), other.id(), UUID.randomUUID().toString());
		Actor stranger = food.accounts().person().actor();
		UUID attachment = draft.materials().get(0).attachmentId();

		assertThatThrownBy(() -> drafts.get(stranger, draft.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> myApplications.byNumber(stranger, receipt.number()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> drafts.save(stranger, draft.id(), Map.of("staffCount", List.of("1"))))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> food.attachPdf(stranger, draft.id(), "M04", "x.pdf"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> materials.file(stranger, draft.id(), attachment))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> materials.reuse(stranger, draft.id(), "M04", attachment))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> submissions.submit(stranger, draft.id(), UUID.randomUUID().toString()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> drafts.discard(stranger, draft.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> submissions.withdraw(stranger, receipt.number()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> myApplications.write(stranger, receipt.number(), "你好"))
			.isInstanceOf(NotFoundException.class);
		assertThat(myApplications.of(stranger, new Paging(1, 20)).items()).isEmpty();
	}

	@Test
	void aFileOfAnotherApplicantCannotBeReusedByGuessingItsId() {
		Restaurant owner = food.restaurant();
		Application draft = food.completeDraft(owner);
		Restaurant stranger = food.restaurant();
		Application strangersDraft = drafts.start(stranger.enterprise(), FoodLicenceApplications.MATTER);

		assertThatThrownBy(() -> materials.reuse(stranger.enterprise(), strangersDraft.id(), "M04",
				draft.materials().get(0).attachmentId()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theApplicantWritesToTheDepartmentOnTheirApplication() {
		Restaurant restaurant = food.restaurant();
		Receipt receipt = food.submit(restaurant);

		myApplications.write(restaurant.enterprise(), receipt.number(), "  请问现场核查大约在哪一天？ ");

		assertThat(myApplications.byNumber(restaurant.enterprise(), receipt.number()).messages()).singleElement()
			.satisfies(message -> {
				assertThat(message.sender()).isEqualTo("APPLICANT");
				assertThat(message.body()).isEqualTo("请问现场核查大约在哪一天？");
			});
		assertThatThrownBy(() -> myApplications.write(restaurant.enterprise(), receipt.number(), " "))
			.isInstanceOf(org.tongban.shared.InvalidParameterException.class);
		assertThatThrownBy(() -> myApplications.write(restaurant.enterprise(), receipt.number(), "长".repeat(2001)))
			.isInstanceOf(org.tongban.shared.InvalidParameterException.class);
	}

	@Test
	void staffDoNotApply() {
		Actor clerk = food.accounts()
			.staff(TestAccounts.accountName(),
					new org.tongban.identity.DepartmentRole(org.tongban.identity.Role.WINDOW_CLERK, "SCJGJ"));

		assertThatThrownBy(() -> drafts.start(clerk, FoodLicenceApplications.MATTER)).isInstanceOfSatisfying(
				RefusedException.class, ex -> assertThat(ex.refusal()).isEqualTo(Refusal.FORBIDDEN));
	}

}
