package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.approval.CaseFixtures.WHOLE_QUEUE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.ApplicationTest;
import org.tongban.application.CaseDocument;
import org.tongban.application.CaseStep;
import org.tongban.application.CorrectionItem;
import org.tongban.application.Corrections;
import org.tongban.application.Submissions;
import org.tongban.approval.CaseFixtures.Submitted;
import org.tongban.identity.Actor;
import org.tongban.identity.Role;
import org.tongban.notification.outbox.InAppMessage;
import org.tongban.notification.outbox.Outbox;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;

/**
 * R5.1, R5.4: whole cases on both process models, through {@link CaseWork} as the pages
 * and the API use it.
 */
@ApplicationTest
class CaseLifeCycleTests {

	@Autowired
	CaseWork work;

	@Autowired
	Submissions submissions;

	@Autowired
	Corrections corrections;

	@Autowired
	Outbox outbox;

	@Autowired
	CaseFixtures cases;

	@Test
	@DisplayName("R5.1: a food licence goes through acceptance, initial review, inspection, re-review and decision")
	void aFoodLicenceIsGrantedThroughEveryStepOfTheInspectionModel() {
		Submitted food = cases.foodLicence();
		Actor clerk = cases.clerk();
		Actor reviewer = cases.reviewer();
		Actor reReviewer = cases.reviewer();
		Actor approver = cases.approver();

		assertThat(work.queue(clerk, QueueFilter.ALL, WHOLE_QUEUE).items()).extracting(WorkItem::number)
			.contains(food.number());
		CaseView accepted = work.accept(clerk, food.number(), "材料齐全");
		assertThat(accepted.step()).isEqualTo("INITIAL_REVIEW");
		assertThat(accepted.processDefinition()).startsWith("approval-with-inspection:");
		assertThat(accepted.application().status()).isEqualTo(ApplicationStatus.ACCEPTED);

		assertThat(
				work.queue(reviewer,
						new QueueFilter(CaseStep.INITIAL_REVIEW, null, QueueFilter.Claim.UNCLAIMED,
								QueueFilter.Sort.DUE),
						WHOLE_QUEUE)
					.items())
			.extracting(WorkItem::number)
			.contains(food.number());
		assertThat(work.review(reviewer, food.number(), ReviewOutcome.APPROVE, "初审符合条件").step())
			.isEqualTo("INSPECTION");
		assertThat(work.review(reviewer, food.number(), ReviewOutcome.APPROVE, "现场核查合格").step()).isEqualTo("RE_REVIEW");
		assertThat(work.review(reReviewer, food.number(), ReviewOutcome.APPROVE, "复审同意").step()).isEqualTo("DECISION");
		CaseView granted = work.decide(approver, food.number(), Decision.GRANT, "符合食品经营许可条件", "《食品经营许可和备案管理办法》第十条");

		assertThat(granted.step()).isEqualTo("GRANTED");
		assertThat(granted.actions()).containsOnly(CaseAction.WRITE);
		assertThat(granted.application().status()).isEqualTo(ApplicationStatus.GRANTED);
		assertThat(granted.application().documents()).extracting(CaseDocument::kind)
			.containsExactlyInAnyOrder("ACCEPTANCE_NOTICE", "GRANT_DECISION");
		assertThat(granted.clock().isStopped()).isTrue();
		// R6.2: the applicant was told of the acceptance and of the decision.
		assertThat(outbox.messages(food.applicant().id())).extracting(InAppMessage::kind)
			.contains("ACCEPTED", "GRANTED");
		assertThat(granted.history()).extracting(CaseView.HistoryEntry::step, CaseView.HistoryEntry::action)
			.containsSubsequence(org.assertj.core.groups.Tuple.tuple("ACCEPTANCE", "ACCEPT"),
					org.assertj.core.groups.Tuple.tuple("INITIAL_REVIEW", "REVIEW"),
					org.assertj.core.groups.Tuple.tuple("INSPECTION", "REVIEW"),
					org.assertj.core.groups.Tuple.tuple("RE_REVIEW", "REVIEW"),
					org.assertj.core.groups.Tuple.tuple("DECISION", "DECIDE"));
		assertThat(granted.history()).filteredOn(entry -> entry.action().equals("DECIDE"))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.actorName()).isEqualTo(approver.name());
				assertThat(entry.role()).isEqualTo("APPROVER");
				assertThat(entry.outcome()).isEqualTo("GRANT");
				assertThat(entry.opinion()).contains("符合食品经营许可条件");
			});
		assertThatThrownBy(() -> work.accept(clerk, food.number(), null)).isInstanceOfSatisfying(RefusedException.class,
				ex -> assertThat(ex.messageCode()).isEqualTo("approval.case.ended"));
	}

	@Test
	@DisplayName("R5.1: a standard matter is accepted, reviewed and denied with reasons and legal basis")
	void aStandardMatterIsDecidedAfterOneReview() {
		Submitted filing = cases.standard();
		Actor clerk = cases.clerk();
		Actor reviewer = cases.reviewer();
		Actor approver = cases.approver();

		assertThat(work
			.queue(clerk, new QueueFilter(null, CaseFixtures.STANDARD_MATTER, null, QueueFilter.Sort.RECEIVED),
					WHOLE_QUEUE)
			.items()).allSatisfy(item -> assertThat(item.matterCode()).isEqualTo(CaseFixtures.STANDARD_MATTER))
			.extracting(WorkItem::number)
			.contains(filing.number());
		assertThat(work.accept(clerk, filing.number(), null).step()).isEqualTo("REVIEW");
		CaseView written = work.write(reviewer, filing.number(), "请确认是否有冷链运输");
		assertThat(written.application().messages()).extracting(message -> message.body())
			.containsExactly("请确认是否有冷链运输");
		assertThat(written.history()).extracting(CaseView.HistoryEntry::action).endsWith("WRITE");
		assertThat(work.open(clerk, filing.number()).processDefinition()).startsWith("approval-standard:");
		// The reviewer asks for a correction; the applicant's resubmission brings the
		// case back to the review.
		assertThat(work
			.requestCorrection(reviewer, filing.number(),
					List.of(new CorrectionItem(CorrectionItem.Kind.FIELD, "premisesAddress", "请写明门牌号")), null)
			.step()).isEqualTo("CORRECTION");
		corrections.correct(filing.applicant(), filing.number(),
				Map.of("premisesAddress", List.of("D市中山区人民路88号1单元101")));
		corrections.resubmit(filing.applicant(), filing.number(), false);
		cases.awaitStep(filing.number(), "REVIEW");
		assertThat(work.review(reviewer, filing.number(), ReviewOutcome.REJECT, "冷链条件不符").step()).isEqualTo("DECISION");
		assertThat(work.open(approver, filing.number()).sendBackTargets()).containsExactly("REVIEW");
		assertThat(work.sendBack(approver, filing.number(), "REVIEW", "请核实冷链设备").step()).isEqualTo("REVIEW");
		assertThat(work.review(reviewer, filing.number(), ReviewOutcome.REJECT, "核实后仍不符").step()).isEqualTo("DECISION");
		CaseView denied = work.decide(approver, filing.number(), Decision.DENY, "冷链条件不符合要求", "《食品安全法》第三十三条");

		assertThat(denied.step()).isEqualTo("DENIED");
		assertThat(denied.application().status()).isEqualTo(ApplicationStatus.DENIED);
		assertThat(denied.application().documents()).extracting(CaseDocument::kind).contains("DENIAL_DECISION");
	}

	@Test
	@DisplayName("R4.1: refusing to accept needs a reason and a legal basis, ends the case and gives the notice")
	void aClerkRefusesToAccept() {
		Submitted food = cases.foodLicence();
		Actor clerk = cases.clerk();

		assertThatThrownBy(() -> work.refuse(clerk, food.number(), "不属于本机关职权范围", " "))
			.isInstanceOf(org.tongban.shared.InvalidParameterException.class);
		CaseView refused = work.refuse(clerk, food.number(), "不属于本机关职权范围", "《行政许可法》第三十二条第一款第二项");

		assertThat(refused.step()).isEqualTo("REFUSED");
		assertThat(refused.application().status()).isEqualTo(ApplicationStatus.REFUSED);
		assertThat(refused.application().documents()).extracting(CaseDocument::kind).containsExactly("REFUSAL_NOTICE");
		assertThat(work.queue(clerk, QueueFilter.ALL, WHOLE_QUEUE).items()).extracting(WorkItem::number)
			.doesNotContain(food.number());
	}

	@Test
	@DisplayName("R16.4: sending a case back keeps every earlier opinion")
	void sendingBackKeepsEarlierOpinions() {
		Submitted food = cases.foodLicence();
		Actor reviewer = cases.reviewer();
		Actor reReviewer = cases.reviewer();
		Actor approver = cases.approver();
		work.accept(cases.clerk(), food.number(), null);
		work.review(reviewer, food.number(), ReviewOutcome.APPROVE, "初审意见一");
		work.review(reviewer, food.number(), ReviewOutcome.APPROVE, "核查意见一");
		CaseView atReReview = work.open(reReviewer, food.number());
		assertThat(atReReview.sendBackTargets()).containsExactly("INITIAL_REVIEW", "INSPECTION");

		assertThatThrownBy(() -> work.sendBack(reReviewer, food.number(), "ACCEPTANCE", "退回受理"))
			.isInstanceOf(org.tongban.shared.InvalidParameterException.class);
		assertThat(work.sendBack(reReviewer, food.number(), "INSPECTION", "核查记录不全").step()).isEqualTo("INSPECTION");
		work.review(reviewer, food.number(), ReviewOutcome.APPROVE, "核查意见二");
		work.review(reReviewer, food.number(), ReviewOutcome.APPROVE, "复审意见");
		assertThat(work.sendBack(approver, food.number(), "INITIAL_REVIEW", "请重新初审").step())
			.isEqualTo("INITIAL_REVIEW");

		CaseView back = work.open(reviewer, food.number());
		assertThat(back.history()).extracting(CaseView.HistoryEntry::opinion)
			.containsSubsequence("初审意见一", "核查意见一", "核查记录不全", "核查意见二", "复审意见", "请重新初审");
		assertThat(back.clock().steps()).extracting(step -> step.step())
			.containsExactly("ACCEPTANCE", "INITIAL_REVIEW", "INSPECTION", "RE_REVIEW", "INSPECTION", "RE_REVIEW",
					"DECISION", "INITIAL_REVIEW");
	}

	@Test
	@DisplayName("R12.5: another department's staff neither see a case in their queue nor open or act on it")
	void anotherDepartmentSeesNothing() {
		Submitted food = cases.foodLicence();
		Actor otherClerk = cases.staff(Role.WINDOW_CLERK, "ZJJ");

		assertThat(work.queue(otherClerk, QueueFilter.ALL, WHOLE_QUEUE).items()).extracting(WorkItem::number)
			.doesNotContain(food.number());
		assertThatThrownBy(() -> work.open(otherClerk, food.number())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> work.accept(otherClerk, food.number(), null)).isInstanceOf(NotFoundException.class);
		// Nor does the department's own administrator, who manages staff and matters, not
		// cases.
		Actor administrator = cases.staff(Role.DEPARTMENT_ADMIN, CaseFixtures.SCJGJ);
		assertThat(work.queue(administrator, QueueFilter.ALL, WHOLE_QUEUE).items()).isEmpty();
		assertThatThrownBy(() -> work.open(administrator, food.number())).isInstanceOf(NotFoundException.class);
	}

	@Test
	@DisplayName("R5.4: a step is for its role, and a task claimed by one member of staff is not another's")
	void wrongRoleAndClaimedByAnotherAre409() {
		Submitted food = cases.foodLicence();
		Actor clerk = cases.clerk();
		Actor otherClerk = cases.clerk();

		assertThatThrownBy(() -> work.review(cases.reviewer(), food.number(), ReviewOutcome.APPROVE, "意见"))
			.isInstanceOfSatisfying(RefusedException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("approval.step.notYourRole"));
		CaseView claimed = work.claim(clerk, food.number());
		assertThat(claimed.claimedByMe()).isTrue();
		assertThat(claimed.actions()).contains(CaseAction.RELEASE, CaseAction.ACCEPT, CaseAction.REFUSE,
				CaseAction.REQUEST_CORRECTION);
		assertThat(work.queue(otherClerk, new QueueFilter(null, null, QueueFilter.Claim.UNCLAIMED, null), WHOLE_QUEUE)
			.items()).extracting(WorkItem::number).doesNotContain(food.number());
		assertThat(work.queue(otherClerk, QueueFilter.ALL, WHOLE_QUEUE).items())
			.filteredOn(item -> item.number().equals(food.number()))
			.singleElement()
			.satisfies(item -> {
				assertThat(item.claimedBy()).isEqualTo(clerk.name());
				assertThat(item.step()).isEqualTo(CaseStep.ACCEPTANCE);
				// R8.2: received on Friday 27 November, 5 working days from Monday: due
				// on Friday 4 December.
				assertThat(item.dueOn()).isEqualTo(java.time.LocalDate.of(2026, 12, 4));
				assertThat(item.caseDueOn()).isEqualTo(java.time.LocalDate.of(2026, 12, 4));
				assertThat(item.colour()).isEqualTo(WorkItem.DeadlineColour.GREEN);
			});
		assertThatThrownBy(() -> work.accept(otherClerk, food.number(), null)).isInstanceOfSatisfying(
				RefusedException.class, ex -> assertThat(ex.messageCode()).isEqualTo("approval.task.claimedByOther"));
		assertThatThrownBy(() -> work.decide(clerk, food.number(), Decision.GRANT, "理由", "依据")).isInstanceOfSatisfying(
				RefusedException.class, ex -> assertThat(ex.messageCode()).isEqualTo("approval.action.notAtStep"));

		work.release(clerk, food.number());
		assertThat(work.accept(otherClerk, food.number(), null).step()).isEqualTo("INITIAL_REVIEW");
	}

	@Test
	@DisplayName("R5.4: of two clerks accepting at the same moment one wins, the other is told 409")
	void twoClerksActingAtOnce() throws Exception {
		Submitted food = cases.foodLicence();
		List<Actor> clerks = List.of(cases.clerk(), cases.clerk());
		var start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Object>> outcomes = new ArrayList<>();
			for (Actor clerk : clerks) {
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						return work.accept(clerk, food.number(), null);
					}
					catch (RefusedException ex) {
						return ex;
					}
				}));
			}
			start.countDown();
			List<Object> results = new ArrayList<>();
			for (Future<Object> outcome : outcomes) {
				results.add(outcome.get(60, TimeUnit.SECONDS));
			}
			assertThat(results).filteredOn(CaseView.class::isInstance).hasSize(1);
			assertThat(results).filteredOn(RefusedException.class::isInstance)
				.singleElement()
				.satisfies(refusal -> assertThat(((RefusedException) refusal).refusal()).isEqualTo(Refusal.CONFLICT));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(work.open(cases.reviewer(), food.number()).history()).extracting(CaseView.HistoryEntry::action)
			.containsOnlyOnce("ACCEPT");
	}

	@Test
	@DisplayName("R3.5: withdrawing the application ends its process and stops the clock")
	void withdrawalEndsTheProcess() {
		Submitted food = cases.foodLicence();
		Actor clerk = cases.clerk();
		work.accept(clerk, food.number(), null);

		submissions.withdraw(food.applicant(), food.number());

		CaseView withdrawn = cases.awaitStep(food.number(), "WITHDRAWN");
		assertThat(withdrawn.clock().isStopped()).isTrue();
		assertThat(withdrawn.history()).extracting(CaseView.HistoryEntry::action).endsWith("WITHDRAW");
		assertThat(work.queue(cases.reviewer(), QueueFilter.ALL, WHOLE_QUEUE).items()).extracting(WorkItem::number)
			.doesNotContain(food.number());
	}

}
