package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.application.ApplicationTest;
import org.tongban.approval.CaseDiagram.Mark;
import org.tongban.approval.CaseFixtures.Submitted;
import org.tongban.identity.Actor;
import org.tongban.identity.Role;
import org.tongban.shared.NotFoundException;

/**
 * R5.1, R5.4: each shipped model is drawn for a case at each of its steps, and what the
 * diagram marks done and current is what the case's history says it went through and
 * where it is.
 */
@ApplicationTest
class CaseDiagramTests {

	@Autowired
	CaseFixtures cases;

	@Autowired
	CaseWork work;

	@Autowired
	CaseDiagrams diagrams;

	@Test
	@DisplayName("R5.1: the inspection model is marked step by step as the food licence goes through it to the grant")
	void theInspectionModelIsMarkedAtEveryStep() {
		Submitted food = cases.foodLicence();
		Actor approver = cases.approver();

		assertMarksFollowTheHistory(food.number(), approver, "acceptance");
		assertThat(flows(food.number(), approver)).containsEntry("toAcceptance", true).containsEntry("accepted", false);

		work.accept(cases.clerk(), food.number(), "材料齐全");
		assertMarksFollowTheHistory(food.number(), approver, "initialReview");
		assertThat(flows(food.number(), approver)).containsEntry("accepted", true)
			.containsEntry("refused", false)
			.containsEntry("acceptanceCorrection", false);

		work.review(cases.reviewer(), food.number(), ReviewOutcome.APPROVE, "初审符合条件");
		assertMarksFollowTheHistory(food.number(), approver, "inspection");
		work.review(cases.reviewer(), food.number(), ReviewOutcome.APPROVE, "现场核查合格");
		assertMarksFollowTheHistory(food.number(), approver, "reReview");
		work.review(cases.reviewer(), food.number(), ReviewOutcome.APPROVE, "复审同意");
		assertMarksFollowTheHistory(food.number(), approver, "decision");
		work.decide(approver, food.number(), Decision.GRANT, "符合条件", "《食品经营许可和备案管理办法》第十条");

		CaseDiagram granted = diagrams.of(approver, food.number());
		assertThat(granted.marked(Mark.CURRENT)).isEmpty();
		assertThat(marks(granted)).containsEntry("grantedEnd", Mark.DONE)
			.containsEntry("deniedEnd", Mark.AHEAD)
			.containsEntry("refusedEnd", Mark.AHEAD);
		assertMarksFollowTheHistory(food.number(), approver, null);
	}

	@Test
	@DisplayName("R5.1: the standard model is drawn with its diagram; a case refused at acceptance ends there")
	void theStandardModelIsMarkedForACaseRefusedAtAcceptance() {
		Submitted filing = cases.standard();
		Actor approver = cases.approver();
		CaseDiagram waiting = diagrams.of(approver, filing.number());
		assertThat(waiting.processName()).isEqualTo("受理 → 审查 → 决定");
		assertThat(waiting.nodes()).extracting(CaseDiagram.Node::id)
			.contains("received", "acceptance", "review", "decision", "grantedEnd");
		assertThat(waiting.flows()).allSatisfy(flow -> assertThat(flow.points()).hasSizeGreaterThanOrEqualTo(2));
		assertThat(waiting.width()).isGreaterThan(1000);

		work.refuse(cases.clerk(), filing.number(), "不属于本部门职权范围", "《行政许可法》第三十二条");

		CaseDiagram refused = diagrams.of(approver, filing.number());
		assertThat(marks(refused)).containsEntry("refusedEnd", Mark.DONE)
			.containsEntry("review", Mark.AHEAD)
			.containsEntry("acceptance", Mark.DONE);
		assertMarksFollowTheHistory(filing.number(), approver, null);
	}

	@Test
	@DisplayName("R12.5: only staff who may open the case see its diagram")
	void onlyStaffWhoMayOpenTheCaseSeeItsDiagram() {
		Submitted food = cases.foodLicence();

		assertThatThrownBy(() -> diagrams.of(cases.staff(Role.WINDOW_CLERK, "ZJJ"), food.number()))
			.isInstanceOf(NotFoundException.class);
	}

	/**
	 * The user task the case is at is the one current element; the steps of the tasks
	 * marked done are the steps the history records staff acting at.
	 */
	private void assertMarksFollowTheHistory(String number, Actor viewer, String currentTask) {
		CaseDiagram diagram = diagrams.of(viewer, number);
		CaseView view = work.open(viewer, number);
		assertThat(diagram.marked(Mark.CURRENT)).extracting(CaseDiagram.Node::id)
			.containsExactlyElementsOf(currentTask == null ? Set.of() : Set.of(currentTask));
		Set<String> doneSteps = diagram.nodes()
			.stream()
			.filter(node -> node.mark() == Mark.DONE)
			.map(CaseDiagram.Node::step)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Set<String> actedAt = view.history()
			.stream()
			.filter(entry -> !Set.of("CLAIM", "RELEASE", "WRITE").contains(entry.action()))
			.map(CaseView.HistoryEntry::step)
			.filter(step -> !"CORRECTION".equals(step))
			.collect(Collectors.toSet());
		assertThat(doneSteps).isEqualTo(actedAt);
		assertThat(diagram.marked(Mark.DONE)).extracting(CaseDiagram.Node::id).contains("received");
	}

	private Map<String, Mark> marks(CaseDiagram diagram) {
		return diagram.nodes().stream().collect(Collectors.toMap(CaseDiagram.Node::id, CaseDiagram.Node::mark));
	}

	private Map<String, Boolean> flows(String number, Actor viewer) {
		return diagrams.of(viewer, number)
			.flows()
			.stream()
			.collect(Collectors.toMap(CaseDiagram.Flow::id, CaseDiagram.Flow::taken));
	}

}
