package org.tongban.approval.internal;

import java.time.LocalDate;
import java.util.Locale;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Art. 32 (R15.2): a department that neither accepts, refuses nor sends a correction
 * notice within 5 working days of receipt has accepted the application from the day it
 * was received. The timer on the first acceptance task of the models calls this step
 * ({@code flowable:delegateExpression="${deemedAcceptance}"}); the history names the
 * platform as the actor.
 */
@Component(DeemedAcceptance.BEAN)
class DeemedAcceptance implements JavaDelegate {

	static final String BEAN = "deemedAcceptance";

	static final String ACTION = "DEEMED_ACCEPTANCE";

	private final CaseProgress progress;

	private final MessageSource messages;

	DeemedAcceptance(CaseProgress progress, MessageSource messages) {
		this.progress = progress;
		this.messages = messages;
	}

	@Override
	public void execute(DelegateExecution execution) {
		CaseRecord record = progress.get(CaseEvents.caseId(execution.getVariable(StepEntry.CASE_ID)));
		// The history is a record in Chinese, as the documents are: the platform is "系统".
		progress.record(record, null, messages.getMessage("approval.actor.system", null, Locale.CHINA), null, ACTION,
				null, null);
		LocalDate receivedOn = LocalDate.ofInstant(record.receivedAt(), progress.zone());
		progress.accept(record, record.receivedAt(), receivedOn, true);
	}

}
