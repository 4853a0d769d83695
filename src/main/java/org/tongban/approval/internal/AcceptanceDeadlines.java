package org.tongban.approval.internal;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.CaseStep;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.ClockDatesChanged;

/**
 * The dates of the art. 32 timers (R15.2), the boundary timers {@value #TIMER} on the
 * first acceptance task: the end of the acceptance step on the legal clock. They are read
 * again whenever clock dates change, so that a case received before the calendar of its
 * acceptance days was published gets its deemed acceptance once it is, and a holiday
 * declared later moves it.
 */
@Component
class AcceptanceDeadlines {

	/**
	 * The id of the boundary timer in the process models
	 * ({@code processes/*.bpmn20.xml}).
	 */
	static final String TIMER = "acceptanceDeadline";

	/**
	 * Not yet dated (the calendar of the year is not loaded): the timer waits for
	 * {@link ClockDatesChanged}.
	 */
	private static final Date UNDATED = Date.from(Instant.parse("9999-12-31T00:00:00Z"));

	private static final Logger log = LoggerFactory.getLogger(AcceptanceDeadlines.class);

	private final CaseClocks clocks;

	private final RuntimeService runtime;

	/** How often a timer changed by somebody else meanwhile is read and dated again. */
	private static final int ATTEMPTS = 3;

	private final ManagementService management;

	private final TransactionTemplate ownTransaction;

	AcceptanceDeadlines(CaseClocks clocks, RuntimeService runtime, ManagementService management,
			PlatformTransactionManager transactions) {
		this.clocks = clocks;
		this.runtime = runtime;
		this.management = management;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The moment the case is accepted by law unless somebody acted on it. */
	Date of(UUID caseId) {
		return clocks.stepDeadline(caseId, CaseStep.ACCEPTANCE.name()).map(Date::from).orElse(UNDATED);
	}

	/**
	 * Dates every timer again, each in a transaction of its own: a timer that another
	 * node or listener moved, fired or deleted meanwhile is read again rather than
	 * failing the others (and leaving the event to be published again).
	 */
	@ApplicationModuleListener
	void on(ClockDatesChanged changed) {
		for (Job timer : management.createTimerJobQuery().elementId(TIMER).list()) {
			for (int attempt = 1;; attempt++) {
				try {
					ownTransaction.executeWithoutResult(status -> redate(timer.getId()));
					break;
				}
				catch (FlowableOptimisticLockingException ex) {
					if (attempt == ATTEMPTS) {
						throw ex;
					}
				}
				catch (FlowableObjectNotFoundException ex) {
					// The case was acted on or ended meanwhile: its timer is gone with
					// it.
					break;
				}
			}
		}
	}

	private void redate(String timerId) {
		Job timer = management.createTimerJobQuery().jobId(timerId).singleResult();
		if (timer != null
				&& runtime.getVariable(timer.getProcessInstanceId(), StepEntry.CASE_ID) instanceof String caseId) {
			Date due = of(UUID.fromString(caseId));
			if (!due.equals(timer.getDuedate())) {
				management.rescheduleTimeDateJob(timer.getId(), due.toInstant().toString());
				log.info("Deemed acceptance of case {} moved to {}", caseId, due.toInstant());
			}
		}
	}

}
