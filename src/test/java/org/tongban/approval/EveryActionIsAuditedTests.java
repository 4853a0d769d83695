package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.application.CorrectionItem;
import org.tongban.application.Corrections;
import org.tongban.application.MyApplications;
import org.tongban.application.Submissions;
import org.tongban.approval.CaseFixtures.Submitted;
import org.tongban.identity.Actor;
import org.tongban.identity.IdentityTest;
import org.tongban.identity.Role;
import org.tongban.shared.RefusedException;
import org.tongban.support.AuditProbe;
import org.tongban.support.AuditProbe.Row;

/**
 * R8.4: every action on a case, of staff and of applicants, and every opening of a case
 * by staff (a read of personal data) leaves exactly one record in the audit trail, on the
 * case by its number, naming the action, the actor and the outcome; a refused action
 * (another department's case, the separation of duties, a role that may not) is recorded
 * as a failure although it rolls back. Case actions racing on the audit chains do not run
 * into the database's lock timeout.
 * <p>
 * Account actions (log-in, log-out, second factor, administration, unmasking, registry
 * reads) are in {@link org.tongban.identity.web.EveryAccountActionIsAuditedTests}; the
 * calendar's and process models' administration in their pages' tests.
 */
@IdentityTest
class EveryActionIsAuditedTests {

	static final String CASE = "case";

	@Autowired
	CaseFixtures cases;

	@Autowired
	CaseWork work;

	@Autowired
	Submissions submissions;

	@Autowired
	Corrections corrections;

	@Autowired
	MyApplications applications;

	@Autowired
	JdbcClient jdbc;

	AuditProbe audit;

	@Autowired
	void probe(JdbcClient jdbc) {
		audit = new AuditProbe(jdbc);
	}

	@Test
	void everyStepOfACaseByStaffLeavesOneRecord() {
		Submitted food = cases.foodLicence();
		Actor clerk = cases.clerk();
		Actor reviewer = cases.reviewer();
		Actor reReviewer = cases.reviewer();
		Actor approver = cases.approver();
		String number = food.number();

		assertThat(audit.of(CASE, number)).filteredOn(row -> row.action().equals("application.submit"))
			.extracting(Row::summary)
			.containsExactly(Row.summary("application.submit", "SUCCESS", food.applicant().id()));
		assertRecorded(number, () -> work.open(clerk, number), "case.view", clerk);
		assertRecorded(number, () -> work.claim(clerk, number), "case.claim", clerk);
		assertRecorded(number, () -> work.release(clerk, number), "case.release", clerk);
		assertRecorded(number, () -> work.accept(clerk, number, "材料齐全"), "case.accept", clerk);
		assertRecorded(number, () -> work.review(reviewer, number, ReviewOutcome.APPROVE, "初审通过"), "case.review",
				reviewer);
		assertRecorded(number, () -> work.startSpecialPeriod(reviewer, number, SpecialPeriodKind.INSPECTION, "现场核查",
				LocalDate.of(2026, 12, 4)), "case.special-period", reviewer);
		assertRecorded(number, () -> work.endSpecialPeriod(reviewer, number, "现场符合要求"), "case.special-period",
				reviewer);
		assertRecorded(number, () -> work.write(reviewer, number, "请确认营业时间"), "case.message", reviewer);
		assertRecorded(number, () -> work.extend(approver, number, "需要补充核查"), "case.extend", approver);
		assertRecorded(number, () -> work.review(reviewer, number, ReviewOutcome.APPROVE, "核查合格"), "case.review",
				reviewer);
		assertRecorded(number, () -> work.review(reReviewer, number, ReviewOutcome.APPROVE, "复审同意"), "case.review",
				reReviewer);
		List<Row> decided = audit.during(CASE, number,
				() -> work.decide(approver, number, Decision.GRANT, "符合条件", "《食品经营许可和备案管理办法》第十条"));

		assertThat(decided).singleElement().satisfies(row -> {
			assertThat(row.summary()).isEqualTo(Row.summary("case.decide", "SUCCESS", approver.id()));
			assertThat(row.role()).isEqualTo("APPROVER");
			assertThat(row.department()).isEqualTo(CaseFixtures.SCJGJ);
			assertThat(row.detail()).isEqualTo("GRANT");
		});
	}

	@Test
	void refusedCaseActionsAreRecordedAsFailures() {
		Submitted filing = cases.standard();
		String number = filing.number();
		Actor everything = cases.staff(CaseFixtures.SCJGJ, Role.WINDOW_CLERK, Role.REVIEWER, Role.APPROVER);
		Actor elsewhere = cases.staff(Role.APPROVER, "ZJJ");
		work.accept(everything, number, null);
		work.review(everything, number, ReviewOutcome.APPROVE, "同意");

		assertRefused(number, () -> work.open(elsewhere, number), "case.view", elsewhere, "approval.case.notFound");
		assertRefused(number, () -> work.decide(everything, number, Decision.GRANT, "符合条件", "第十条"), "case.decide",
				everything, "approval.step.separationOfDuties");
		assertRefused(number, () -> work.extend(cases.reviewer(), number, "情况复杂"), "case.extend", null,
				"approval.extend.approverOnly");
	}

	@Test
	void whatApplicantsDoOnTheirCasesIsRecorded() {
		Submitted filing = cases.standard();
		String number = filing.number();
		Actor applicant = filing.applicant();
		Actor clerk = cases.clerk();

		assertRecorded(number, () -> applications.write(applicant, number, "请问何时受理？"), "application.message",
				applicant);
		assertRecorded(number,
				() -> work.requestCorrection(clerk, number,
						List.of(new CorrectionItem(CorrectionItem.Kind.FIELD, "premisesAddress", "请写明门牌号")), null),
				"case.correction-request", clerk);
		corrections.correct(applicant, number, Map.of("premisesAddress", List.of("D市中山区人民路88号1单元101")));
		assertRecorded(number, () -> corrections.resubmit(applicant, number, true), "application.correct", applicant);
		cases.awaitStep(number, "ACCEPTANCE");
		assertRecorded(number, () -> submissions.withdraw(applicant, number), "application.withdraw", applicant);
		assertRefused(number, () -> submissions.withdraw(applicant, number), "application.withdraw", applicant,
				"application.withdraw.notPossible");

		Submitted other = cases.standard();
		assertRecorded(other.number(), () -> work.refuse(clerk, other.number(), "不属于本部门职权范围", "《行政许可法》第三十二条"),
				"case.refuse", clerk);
	}

	/**
	 * Each record locks the head row of its chain until its action commits: clerks
	 * accepting cases at once, two of them the same case, all finish well within the
	 * database's lock timeout, and the case two raced for has one acceptance and one
	 * refusal.
	 */
	@Test
	void caseActionsAtOnceDoNotWaitForEachOtherTooLong() throws Exception {
		List<Submitted> filings = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			filings.add(cases.standard());
		}
		List<Actor> clerks = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			clerks.add(cases.clerk());
		}
		ExecutorService threads = Executors.newFixedThreadPool(clerks.size());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < clerks.size(); i++) {
				Actor clerk = clerks.get(i);
				String number = filings.get(Math.min(i, filings.size() - 1)).number();
				Callable<String> accept = () -> {
					start.await();
					try {
						work.accept(clerk, number, null);
						return "accepted";
					}
					catch (RefusedException refused) {
						return refused.messageCode();
					}
				};
				outcomes.add(threads.submit(accept));
			}
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get(60, TimeUnit.SECONDS));
			}

			assertThat(results.subList(0, 4)).containsOnly("accepted");
			assertThat(results.subList(4, 6)).filteredOn("accepted"::equals).hasSize(1);
			assertThat(results).filteredOn(result -> !result.equals("accepted"))
				.singleElement()
				.satisfies(result -> assertThat(result).startsWith("approval."));
			String raced = filings.get(filings.size() - 1).number();
			assertThat(audit.of(CASE, raced)).filteredOn(row -> row.action().equals("case.accept"))
				.extracting(Row::outcome)
				.containsExactlyInAnyOrder("SUCCESS", "FAILURE");
			for (Submitted filing : filings.subList(0, 4)) {
				assertThat(audit.of(CASE, filing.number())).filteredOn(row -> row.action().equals("case.accept"))
					.extracting(Row::outcome)
					.containsExactly("SUCCESS");
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private void assertRecorded(String number, Runnable action, String name, Actor actor) {
		assertThat(audit.during(CASE, number, action)).as(name)
			.extracting(Row::summary)
			.containsExactly(Row.summary(name, "SUCCESS", actor.id()));
	}

	/**
	 * @param actor who was refused, or null for a fresh actor not known to the test
	 */
	private void assertRefused(String number, Runnable action, String name, Actor actor, String messageCode) {
		assertThat(audit.duringRefused(CASE, number, action)).as(name).singleElement().satisfies(row -> {
			assertThat(row.action()).isEqualTo(name);
			assertThat(row.outcome()).isEqualTo("FAILURE");
			if (actor != null) {
				assertThat(row.actor()).isEqualTo(actor.id());
			}
			assertThat(row.detail()).contains(messageCode);
		});
	}

}
