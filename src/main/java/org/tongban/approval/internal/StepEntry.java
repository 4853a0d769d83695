package org.tongban.approval.internal;

import java.time.Clock;
import java.util.UUID;

import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.tongban.application.CaseStep;

/**
 * Whenever a process creates a user task, the case enters the task's step (its
 * {@code flowable:category}), in the transaction of whatever moved the process: a member
 * of staff, the applicant's correction, or the deemed acceptance timer
 * ({@link EngineSetup} registers it). So the step clock and the applicant's timeline
 * follow every model without code per model.
 */
@Component
class StepEntry implements FlowableEventListener {

	/** The process variable that names the case. */
	static final String CASE_ID = "caseId";

	private final CaseProgress progress;

	private final Clock clock;

	/** Lazy: the engine is configured before the beans the cases need exist. */
	StepEntry(@Lazy CaseProgress progress, Clock clock) {
		this.progress = progress;
		this.clock = clock;
	}

	@Override
	public void onEvent(FlowableEvent event) {
		if (event instanceof FlowableEntityEvent entityEvent && entityEvent.getEntity() instanceof TaskEntity task
				&& task.getVariable(CASE_ID) instanceof String caseId) {
			if (!CaseStep.isCode(task.getCategory())) {
				throw new IllegalStateException("User task " + task.getTaskDefinitionKey() + " of "
						+ task.getProcessDefinitionId() + " names no step code in flowable:category");
			}
			progress.enter(UUID.fromString(caseId), CaseStep.valueOf(task.getCategory()), clock.instant());
		}
	}

	/** A case that cannot enter its step must not move on. */
	@Override
	public boolean isFailOnException() {
		return true;
	}

	@Override
	public boolean isFireOnTransactionLifecycleEvent() {
		return false;
	}

	@Override
	public String getOnTransaction() {
		return null;
	}

}
