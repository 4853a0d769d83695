package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.application.ApplicationTest;
import org.tongban.application.AttachedMaterial;
import org.tongban.application.CaseDocument;
import org.tongban.approval.CaseFixtures.Submitted;
import org.tongban.identity.Actor;
import org.tongban.identity.Role;
import org.tongban.notification.outbox.InAppMessage;
import org.tongban.notification.outbox.Outbox;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.RefusedException;
import org.tongban.storage.SampleFiles;
import org.tongban.support.AuditProbe;
import org.tongban.support.AuditProbe.Row;
import org.tongban.support.TestClock;
import org.tongban.supervision.PauseReason;

/**
 * R5.3 expert review (专家评审, 行政许可法 art. 45): a reviewer asks experts of the pool whose
 * field fits the matter, each with a due day; the case's clock pauses from then until the
 * last opinion, which moves its due days by the working days paused; each expert sees the
 * cases assigned to them only, and the opinions join the case's history.
 */
@ApplicationTest
class ExpertReviewTests {

	/** 食品经营, a theme of the food business licence. */
	static final String FOOD = "SPJY";

	/** 工程建设, a theme of no food matter. */
	static final String CONSTRUCTION = "GCJS";

	/** The audited object of case actions. */
	static final String CASE = "case";

	@Autowired
	CaseWork work;

	@Autowired
	ExpertReviews experts;

	@Autowired
	CaseFixtures cases;

	@Autowired
	Outbox outbox;

	@Autowired
	TestClock clock;

	@Autowired
	MessageSource messages;

	AuditProbe audit;

	@Autowired
	void probe(JdbcClient jdbc) {
		audit = new AuditProbe(jdbc);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	@DisplayName("R5.3: the reviewer is offered the experts of the matter's field only; anybody else is refused with a message naming why")
	void onlyExpertsOfTheMattersFieldMayBeAssigned() {
		Submitted food = cases.foodLicence();
		Actor reviewer = cases.reviewer();
		Actor ofFood = expert(FOOD);
		Actor ofConstruction = expert(CONSTRUCTION);
		Actor notAnExpert = cases.reviewer();
		Actor expertAndApprover = cases.staff(CaseFixtures.SCJGJ, Role.EXPERT, Role.APPROVER);
		experts.setFields(expertAndApprover.id(), List.of(FOOD));
		work.accept(cases.clerk(), food.number(), null);

		assertThat(work.expertCandidates(reviewer, food.number())).extracting(Expert::id)
			.contains(ofFood.id())
			.doesNotContain(ofConstruction.id(), notAnExpert.id(), reviewer.id(), expertAndApprover.id());
		assertRefusal(() -> assign(reviewer, food.number(), ofConstruction), "approval.expert.outOfField",
				ofConstruction.name() + " 的专业领域与该事项不符。");
		assertRefusal(() -> assign(reviewer, food.number(), notAnExpert), "approval.expert.notExpert",
				notAnExpert.name() + " 不是专家库中的专家。");
		assertRefusal(() -> assign(reviewer, food.number(), reviewer), "approval.expert.self", "不能请自己作为评审专家。");
		assertRefusal(() -> assign(reviewer, food.number(), expertAndApprover), "approval.expert.actsOnCase",
				expertAndApprover.name() + " 已作为工作人员办理该办件，不能评审。");
		assertThatThrownBy(() -> assign(cases.approver(), food.number(), ofFood)).isInstanceOfSatisfying(
				RefusedException.class,
				ex -> assertThat(ex.messageCode()).isIn("approval.step.notYourRole", "approval.expert.notAtReview"));

		CaseView asked = assign(reviewer, food.number(), ofFood);

		assertThat(asked.specialPeriod().kind()).isEqualTo(SpecialPeriodKind.EXPERT_REVIEW);
		assertThat(work.expertReviews(reviewer, food.number())).extracting(ExpertAssignment::expertId)
			.containsExactly(ofFood.id());
	}

	@Test
	@DisplayName("R5.3: the clock pauses from the assignment to the last opinion, its due days moved by the 3 working days paused")
	void theClockPausesUntilTheLastOpinion() {
		// Received and accepted on Friday 27 November 2026: the 5 days count from Monday
		// 30 November and end on Friday 4 December; the statutory 10 on 11 December.
		Submitted food = cases.foodLicence();
		Actor reviewer = cases.reviewer();
		Actor first = expert(FOOD);
		Actor second = expert(FOOD);
		CaseView accepted = work.accept(cases.clerk(), food.number(), null);
		assertThat(accepted.clock().dueOn()).isEqualTo("2026-12-04");
		assertThat(accepted.clock().statutoryDueOn()).isEqualTo("2026-12-11");

		clock.set(LocalDateTime.of(2026, 12, 1, 10, 0));
		CaseView asked = work
			.assignExperts(reviewer, food.number(),
					List.of(new ExpertDue(first.id(), LocalDate.of(2026, 12, 3)),
							new ExpertDue(second.id(), LocalDate.of(2026, 12, 3))),
					List.of(), "请对经营场所布局是否符合食品安全要求提出意见");

		assertThat(asked.step()).isEqualTo("INITIAL_REVIEW");
		assertThat(asked.clock().isPaused()).isTrue();
		assertThat(asked.clock().pauses()).last()
			.satisfies(pause -> assertThat(pause.reason()).isEqualTo(PauseReason.SPECIAL_PERIOD));
		assertThat(asked.specialPeriod().expectedEnd()).isEqualTo("2026-12-03");
		assertThat(asked.actions()).contains(CaseAction.END_SPECIAL_PERIOD)
			.doesNotContain(CaseAction.EXPERT_REVIEW, CaseAction.REVIEW);
		assertThat(outbox.messages(food.applicant().id())).extracting(InAppMessage::kind)
			.contains("SPECIAL_PERIOD_STARTED");

		clock.set(LocalDateTime.of(2026, 12, 2, 9, 0));
		experts.giveOpinion(first, food.number(), ExpertOutcome.AGREE, "布局合理，生熟分开", null, null);
		assertThat(work.open(reviewer, food.number()).clock().isPaused()).as("one opinion is still awaited").isTrue();

		clock.set(LocalDateTime.of(2026, 12, 3, 16, 0));
		experts.giveOpinion(second, food.number(), ExpertOutcome.AGREE_WITH_CONDITIONS, "冷库应加装温度记录装置", null, null);

		CaseView resumed = work.open(reviewer, food.number());
		assertThat(resumed.specialPeriod()).isNull();
		assertThat(resumed.clock().isPaused()).isFalse();
		// Paused Tuesday 1 to Thursday 3 December: three working days later.
		assertThat(resumed.clock().dueOn()).isEqualTo("2026-12-09");
		assertThat(resumed.clock().statutoryDueOn()).isEqualTo("2026-12-16");
		assertThat(resumed.actions()).contains(CaseAction.REVIEW, CaseAction.EXPERT_REVIEW);
		assertThat(resumed.application().documents()).extracting(CaseDocument::kind)
			.containsSubsequence("SPECIAL_PERIOD_NOTICE", "SPECIAL_PERIOD_NOTICE");
		assertThat(outbox.messages(food.applicant().id())).extracting(InAppMessage::kind)
			.contains("SPECIAL_PERIOD_ENDED");
		assertThatThrownBy(() -> experts.giveOpinion(first, food.number(), ExpertOutcome.DISAGREE, "再议", null, null))
			.isInstanceOfSatisfying(RefusedException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("approval.expert.closed"));
	}

	@Test
	@DisplayName("R5.3, R5.4, R8.4: the opinions, with the expert, conclusion and file, join the case's history and the staff's view; assigning and answering are audited")
	void theOpinionsJoinTheCaseHistory() {
		Submitted food = cases.foodLicence();
		Actor reviewer = cases.reviewer();
		Actor expert = expert(FOOD);
		work.accept(cases.clerk(), food.number(), null);
		assign(reviewer, food.number(), expert);

		ExpertCase answered = experts.giveOpinion(expert, food.number(), ExpertOutcome.DISAGREE, "清洗消毒区面积不足", "意见.pdf",
				new ByteArrayInputStream(SampleFiles.pdf("expert opinion")));

		assertThat(audit.of(CASE, food.number())).extracting(Row::summary)
			.contains(Row.summary("case.expert-review", "SUCCESS", reviewer.id()),
					Row.summary("case.expert-opinion", "SUCCESS", expert.id()));
		assertThat(answered.assignment().open()).isFalse();
		ExpertAssignment.Opinion opinion = answered.assignment().opinion();
		assertThat(opinion.outcome()).isEqualTo(ExpertOutcome.DISAGREE);
		assertThat(opinion.attachmentName()).isEqualTo("意见.pdf");
		CaseView view = work.open(reviewer, food.number());
		assertThat(view.history()).extracting(CaseView.HistoryEntry::action)
			.containsSubsequence("START_SPECIAL_PERIOD", "EXPERT_REVIEW", "EXPERT_OPINION", "END_SPECIAL_PERIOD");
		assertThat(view.history()).filteredOn(entry -> entry.action().equals("EXPERT_OPINION"))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.actorName()).isEqualTo(expert.name());
				assertThat(entry.role()).isEqualTo("EXPERT");
				assertThat(entry.opinion()).isEqualTo("清洗消毒区面积不足");
				assertThat(entry.outcome()).isEqualTo("DISAGREE");
			});
		assertThat(work.expertReviews(reviewer, food.number())).singleElement()
			.satisfies(assignment -> assertThat(assignment.opinion().text()).isEqualTo("清洗消毒区面积不足"));
		assertThat(work.file(reviewer, food.number(), opinion.attachmentId()).attachment().displayName())
			.isEqualTo("意见.pdf");
	}

	@Test
	@DisplayName("R5.3: an expert sees only the cases assigned to them, and of those only the materials shared; another case is not found")
	void anExpertSeesOnlyTheCasesAssignedToThem() {
		Actor reviewer = cases.reviewer();
		Actor expert = expert(FOOD);
		Actor another = expert(FOOD);
		Submitted mine = cases.foodLicence();
		Submitted theirs = cases.foodLicence();
		Submitted nobodys = cases.foodLicence();
		for (Submitted each : List.of(mine, theirs, nobodys)) {
			work.accept(cases.clerk(), each.number(), null);
		}
		List<AttachedMaterial> materials = work.open(reviewer, mine.number()).application().materials();
		AttachedMaterial shared = materials.get(0);
		AttachedMaterial kept = materials.get(1);
		work.assignExperts(reviewer, mine.number(), List.of(new ExpertDue(expert.id(), LocalDate.of(2026, 12, 4))),
				List.of(shared.attachmentId()), "请评审平面布局");
		assign(reviewer, theirs.number(), another);

		assertThat(experts.assigned(expert)).extracting(ExpertAssignment::number).containsExactly(mine.number());
		List<Row> read = audit.during(CASE, mine.number(), () -> {
			ExpertCase assigned = experts.assignedCase(expert, mine.number());
			assertThat(assigned.materials()).extracting(AttachedMaterial::attachmentId)
				.containsExactly(shared.attachmentId());
			assertThat(assigned.assignment().question()).isEqualTo("请评审平面布局");
		});
		assertThat(read).extracting(Row::summary)
			.containsExactly(Row.summary("case.expert-view", "SUCCESS", expert.id()));
		assertThat(experts.assignedFile(expert, mine.number(), shared.attachmentId()).attachment().displayName())
			.isEqualTo(shared.displayName());
		assertThatThrownBy(() -> experts.assignedFile(expert, mine.number(), kept.attachmentId()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> experts.assignedCase(expert, theirs.number())).as("another expert's case")
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> experts.assignedCase(expert, nobodys.number())).as("a case assigned to nobody")
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> experts.giveOpinion(expert, theirs.number(), ExpertOutcome.AGREE, "同意", null, null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> work.open(expert, mine.number())).as("nor is it theirs as staff")
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	@DisplayName("R5.3: the reviewer ends the expert review early with a reason; the clock runs again and no opinion is taken after")
	void theReviewerEndsTheReviewEarly() {
		Submitted food = cases.foodLicence();
		Actor reviewer = cases.reviewer();
		Actor expert = expert(FOOD);
		work.accept(cases.clerk(), food.number(), null);
		assign(reviewer, food.number(), expert);

		List<Row> ended = audit.during(CASE, food.number(),
				() -> work.endSpecialPeriod(reviewer, food.number(), "申请人已撤回相关变更，无需专家评审"));

		assertThat(ended).extracting(Row::summary)
			.containsExactly(Row.summary("case.special-period", "SUCCESS", reviewer.id()));
		assertThat(work.open(reviewer, food.number()).clock().isPaused()).isFalse();
		assertThat(experts.assigned(expert)).singleElement()
			.satisfies(assignment -> assertThat(assignment.open()).isFalse());
		assertThatThrownBy(() -> experts.giveOpinion(expert, food.number(), ExpertOutcome.AGREE, "同意", null, null))
			.isInstanceOfSatisfying(RefusedException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("approval.expert.closed"));
	}

	/** A fresh expert of the pool, in another department, of the field given. */
	private Actor expert(String field) {
		Actor expert = cases.staff(Role.EXPERT, "ZJJ");
		experts.setFields(expert.id(), List.of(field));
		return expert;
	}

	private CaseView assign(Actor reviewer, String number, Actor expert) {
		return work.assignExperts(reviewer, number, List.of(new ExpertDue(expert.id(), LocalDate.of(2026, 12, 4))),
				List.of(), "请对经营场所布局提出意见");
	}

	private void assertRefusal(Runnable assigning, String code, String message) {
		assertThatThrownBy(assigning::run).isInstanceOfSatisfying(InvalidParameterException.class, ex -> {
			assertThat(ex.parameter()).isEqualTo("experts");
			assertThat(ex.messageCode()).isEqualTo(code);
			assertThat(messages.getMessage(code, LocalizedText.in(Locale.CHINA, ex.messageArgs()), Locale.CHINA))
				.isEqualTo(message);
		});
	}

}
