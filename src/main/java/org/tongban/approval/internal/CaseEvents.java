package org.tongban.approval.internal;

import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.flowable.engine.RuntimeService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tongban.application.Application;
import org.tongban.application.ApplicationCorrected;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.ApplicationSubmitted;
import org.tongban.application.ApplicationWithdrawn;
import org.tongban.application.BundleFiles;
import org.tongban.application.CaseFiles;
import org.tongban.application.CaseStep;
import org.tongban.approval.processes.ProcessModels;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterVersion;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.Role;
import org.tongban.supervision.CaseClocks;

/**
 * What the applicant's side does to a case: submitting starts it, correcting takes it
 * back to the step that asked, withdrawing ends it. Each is handled once even when the
 * event registry delivers it again.
 */
@Component
class CaseEvents {

	private static final Logger log = LoggerFactory.getLogger(CaseEvents.class);

	/** The message a process waits for while the applicant corrects. */
	private static final String CORRECTED_MESSAGE = "applicationCorrected";

	private final CaseStore store;

	private final CaseProgress progress;

	private final CaseClocks clocks;

	private final CaseFiles files;

	private final RuntimeService runtime;

	private final Accounts accounts;

	private final ProcessModels processModels;

	private final AcceptanceDeadlines acceptanceDeadlines;

	private final MatterCatalog catalog;

	private final BundleFiles bundles;

	private final AutomaticApproval automaticApproval;

	private final CommitmentGrants commitments;

	CaseEvents(CaseStore store, CaseProgress progress, CaseClocks clocks, CaseFiles files, RuntimeService runtime,
			Accounts accounts, ProcessModels processModels, AcceptanceDeadlines acceptanceDeadlines,
			MatterCatalog catalog, BundleFiles bundles, CommitmentGrants commitments,
			AutomaticApproval automaticApproval) {
		this.automaticApproval = automaticApproval;
		this.commitments = commitments;
		this.bundles = bundles;
		this.catalog = catalog;
		this.acceptanceDeadlines = acceptanceDeadlines;
		this.processModels = processModels;
		this.store = store;
		this.progress = progress;
		this.clocks = clocks;
		this.files = files;
		this.runtime = runtime;
		this.accounts = accounts;
	}

	/**
	 * Opens the case of a submitted application: the legal clock starts with the
	 * acceptance step's 5 working days (art. 32), handled jointly (R15.3) when the
	 * application is a member of a bundle, whose end is the date of the deemed acceptance
	 * timer (the applicant's timeline shows the acceptance step from the submission on),
	 * and the process of the matter (its own model if an administrator deployed one, else
	 * the one its version names) runs up to its first task, unless the platform granted
	 * it automatically (R5.6).
	 */
	@ApplicationModuleListener
	void on(ApplicationSubmitted submitted) {
		Application application = files.get(submitted.applicationId());
		if (application.status().isFinal()) {
			// Withdrawn before its case opened: there is nothing left to work on.
			log.info("Application {} ended before its case opened", submitted.number());
			return;
		}
		String processKey = processModels.keyFor(submitted.matterCode(), submitted.processKey());
		String applicantName = accounts.applicantName(submitted.applicantId()).orElse("");
		var record = CaseRecord.received(submitted, applicantName, application.matterName(), processKey);
		if (!store.insertIfAbsent(record)) {
			log.info("Case {} was opened already", submitted.number());
			return;
		}
		if (submitted.registeredBy() != null) {
			// Who registered it at the window is in its history, and may not accept it
			// (R12.7).
			progress.record(record, submitted.registeredBy(),
					accounts.actor(submitted.registeredBy()).map(Actor::name).orElse(""), Role.WINDOW_CLERK.name(),
					DutySeparation.REGISTERED_AT_WINDOW, null, null);
		}
		// The clock keeps the warning thresholds of the version applied for (R8.3).
		MatterVersion version = catalog.guide(submitted.matterCode(), submitted.matterVersion()).version();
		boolean joint = bundles.ofMember(submitted.applicationId()).isPresent();
		clocks.start(submitted.applicationId(), submitted.number(), submitted.receivedAt(), submitted.clockStartsOn(),
				submitted.statutoryLimitDays(), submitted.committedLimitDays(), joint, version.caseYellowDays(),
				version.stepYellowDays());
		clocks.describe(submitted.applicationId(), submitted.departmentCode(), submitted.matterCode(),
				application.matterName());
		clocks.startStep(submitted.applicationId(), CaseStep.ACCEPTANCE.name(), CaseClocks.ACCEPTANCE_DAYS,
				submitted.receivedAt());
		// The fast tracks grant without a person, and no process runs (R5.5, R5.6): on a
		// signed commitment first, else by the automatic rules. A member of a bundle is
		// handled jointly with the others (R15.3), by people.
		if (!joint && (commitments.grantOnCommitment(record, version)
				|| automaticApproval.decided(record, application, version))) {
			return;
		}
		Date acceptanceDeadline = acceptanceDeadlines.of(submitted.applicationId());
		var instance = runtime.createProcessInstanceBuilder()
			.processDefinitionKey(processKey)
			.businessKey(submitted.number())
			.variables(Map.of(StepEntry.CASE_ID, submitted.applicationId().toString(), "number", submitted.number(),
					"departmentCode", submitted.departmentCode(), "matterCode", submitted.matterCode(),
					"acceptanceDeadline", acceptanceDeadline))
			.start();
		store.update(progress.get(submitted.applicationId()).runningOn(instance.getProcessInstanceId()));
		log.info("Case {} runs on {}", submitted.number(), instance.getProcessDefinitionId());
	}

	/**
	 * The applicant corrected: the clock runs again and the step that asked gets the case
	 * back (R4.2).
	 */
	@ApplicationModuleListener
	void on(ApplicationCorrected corrected) {
		CaseRecord record = progress.get(corrected.applicationId());
		if (record.step() != CaseStep.CORRECTION) {
			log.info("Case {} is not waiting for a correction", corrected.number());
			return;
		}
		// The clerk who accepts again reads which listed items came back as they were,
		// and may refuse for them.
		String unchanged = corrected.unchanged()
			.stream()
			.map(item -> item.code() + ": " + item.problem())
			.collect(Collectors.joining("\n"));
		progress.record(record, record.applicantId(), record.applicantName(), Role.APPLICANT.name(), "CORRECTED",
				unchanged.isEmpty() ? null : unchanged, unchanged.isEmpty() ? null : "UNCHANGED");
		clocks.resume(record.id(), corrected.correctedAt());
		// Every branch waiting for the correction goes on, where a process runs several.
		runtime.createExecutionQuery()
			.processInstanceId(record.processInstanceId())
			.messageEventSubscriptionName(CORRECTED_MESSAGE)
			.list()
			.forEach(waiting -> runtime.messageEventReceived(CORRECTED_MESSAGE, waiting.getId()));
	}

	/** The applicant withdrew: the process ends, and so does the clock (R3.5). */
	@ApplicationModuleListener
	void on(ApplicationWithdrawn withdrawn) {
		CaseRecord record = store.find(withdrawn.applicationId()).orElse(null);
		if (record == null || !record.isOpen()) {
			log.info("Case {} was not opened or has ended already", withdrawn.number());
			return;
		}
		progress.record(record, record.applicantId(), record.applicantName(), Role.APPLICANT.name(), "WITHDRAW", null,
				null);
		if (record.processInstanceId() != null) {
			runtime.deleteProcessInstance(record.processInstanceId(), "withdrawn");
		}
		progress.end(record, ApplicationStatus.WITHDRAWN, withdrawn.withdrawnAt());
	}

	static UUID caseId(Object variable) {
		return UUID.fromString(String.valueOf(variable));
	}

}
