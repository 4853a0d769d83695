package org.tongban.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tongban.approval.CaseFixtures.WHOLE_QUEUE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.ApplicationTest;
import org.tongban.application.CaseDocument;
import org.tongban.application.CorrectionItem;
import org.tongban.support.TestClock;
import org.tongban.approval.CaseFixtures.Submitted;
import org.tongban.shared.LocalizedText;
import org.tongban.supervision.calendar.CalendarArrangements;
import org.tongban.supervision.calendar.UnpublishedYear;

/**
 * R15.2, art. 32: an application nobody accepts, refuses or asks to correct within 5
 * working days of receipt is accepted by law from the day it was received. The timer's
 * date comes from the legal clock and the engine runs on the platform's clock; the tests
 * run the timer's job themselves once they have set the clock past it, unless the job
 * executor was quicker.
 */
@ApplicationTest
class DeemedAcceptanceTests {

	@Autowired
	CaseWork work;

	@Autowired
	TestClock clock;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	CalendarArrangements arrangements;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	CaseFixtures cases;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	@DisplayName("R15.2: five working days without a decision on acceptance: accepted by law from the day of receipt")
	void anApplicationLeftAloneIsAcceptedByLawFromTheDayOfReceipt() {
		// Received on Friday 27 November 2026: the 5 working days are 30 November to 4
		// December.
		Submitted food = cases.foodLicence();
		Job timer = acceptanceTimer(food.number()).get(0);
		assertThat(timer.getDuedate().toInstant()).isEqualTo(Instant.parse("2026-12-04T16:00:00Z"));

		clock.set(LocalDateTime.of(2026, 12, 7, 9, 0));
		try {
			management.moveTimerToExecutableJob(timer.getId());
			management.executeJob(timer.getId());
		}
		catch (FlowableObjectNotFoundException | FlowableOptimisticLockingException ex) {
			// The engine runs on the platform's clock: its job executor may have found
			// the timer due first.
		}

		CaseView accepted = cases.awaitStep(food.number(), "INITIAL_REVIEW");
		assertThat(accepted.application().status()).isEqualTo(ApplicationStatus.ACCEPTED);
		assertThat(accepted.application().documents()).extracting(CaseDocument::kind)
			.containsExactly("ACCEPTANCE_NOTICE");
		assertThat(accepted.history()).filteredOn(entry -> entry.action().equals("DEEMED_ACCEPTANCE"))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.actorName()).isEqualTo("系统");
				assertThat(entry.step()).isEqualTo("ACCEPTANCE");
			});
		assertThat(accepted.clock().steps()).first().satisfies(step -> {
			assertThat(step.step()).isEqualTo("ACCEPTANCE");
			assertThat(step.finishedAt()).isNotNull();
		});
		assertThat(work.queue(cases.reviewer(), QueueFilter.ALL, WHOLE_QUEUE).items()).extracting(WorkItem::number)
			.contains(food.number());
		assertThat(work.queue(cases.clerk(), QueueFilter.ALL, WHOLE_QUEUE).items()).extracting(WorkItem::number)
			.doesNotContain(food.number());
		assertThat(LocalDate.ofInstant(accepted.application().receipt().orElseThrow().receivedAt(), clock.getZone()))
			.isEqualTo(LocalDate.of(2026, 11, 27));
	}

	@Test
	@DisplayName("R15.2: once a correction notice was sent in time, no deemed acceptance follows")
	void aCorrectionNoticeInTimeCancelsTheTimer() {
		Submitted food = cases.foodLicence();
		assertThat(acceptanceTimer(food.number())).hasSize(1);

		work.requestCorrection(cases.clerk(), food.number(),
				List.of(new CorrectionItem(CorrectionItem.Kind.MATERIAL, "M04", "平面图看不清")), null);

		assertThat(acceptanceTimer(food.number())).isEmpty();
	}

	@Test
	@DisplayName("R8.1, R15.1, R15.2: received before next year's arrangement is published, the deemed acceptance is dated provisionally and dated again by the arrangement")
	void theDeemedAcceptanceIsDatedProvisionallyThenByTheArrangement() {
		// Received on Monday 28 December 2026: the acceptance days run into 2027, whose
		// arrangement is not published.
		// 29, 30, 31 December, then 4 and 5 January (1 January a holiday by law):
		// accepted by law from 6 January on.
		clock.set(LocalDateTime.of(2026, 12, 28, 10, 0));
		Submitted food = cases.foodLicence();
		assertThat(acceptanceTimer(food.number())).singleElement()
			.satisfies(timer -> assertThat(timer.getDuedate().toInstant())
				.isEqualTo(Instant.parse("2027-01-05T16:00:00Z")));
		var year2027 = new UnpublishedYear(arrangements, jdbc, transaction, events);
		try {
			// The published arrangement (made up here) also gives 4 January off: one day
			// later.
			year2027.publish();
			arrangements.declareHoliday(LocalDate.parse("2027-01-04"), LocalizedText.of("元旦", "New Year's Day"));

			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(acceptanceTimer(food.number())).singleElement()
					.satisfies(timer -> assertThat(timer.getDuedate().toInstant())
						.isEqualTo(Instant.parse("2027-01-06T16:00:00Z"))));
		}
		finally {
			year2027.takeBack();
		}
	}

	private List<Job> acceptanceTimer(String number) {
		String instance = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(number)
			.singleResult()
			.getProcessInstanceId();
		return management.createTimerJobQuery().processInstanceId(instance).list();
	}

}
