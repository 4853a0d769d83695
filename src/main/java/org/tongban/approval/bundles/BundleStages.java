package org.tongban.approval.bundles;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.BundleApplication;
import org.tongban.application.BundleFiles;
import org.tongban.application.BundleStatus;
import org.tongban.application.BundleSubmitted;
import org.tongban.application.BundleWithdrawn;
import org.tongban.approval.CaseEnded;
import org.tongban.catalog.MatterCatalog;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.audit.AuditActor;
import org.tongban.supervision.CaseClocks;

/**
 * Runs the stages of a bundle (R5.2) on its process model (see
 * {@link org.tongban.approval package-info}): the submission starts the process and the
 * bundle's own clock (joint handling, R15.3); each member's case that ends triggers its
 * waiting receive task, a member not granted marking the bundle {@code denied} so that
 * the gateway after its stage stops the later ones; when the process ends, the members
 * that never started are stopped, the applicant is told, and the clock stops. Each event
 * is handled once even when the event registry delivers it again.
 */
@Component
class BundleStages {

	/** The audited object of bundle actions: the bundle, by its number. */
	static final String BUNDLE = "bundle";

	/**
	 * The statutory limit of joint or parallel handling in working days (行政许可法 art. 42:
	 * 45, extendable once by 15).
	 */
	static final int JOINT_DAYS = 45;

	/** The process variable the gateway after each stage routes on. */
	static final String DENIED = "denied";

	/**
	 * How often the end of a member is tried again when a parallel member's end changed
	 * the process at the same moment.
	 */
	private static final int ATTEMPTS = 5;

	private static final Logger log = LoggerFactory.getLogger(BundleStages.class);

	private final BundleRecords store;

	private final BundleFiles bundles;

	private final CaseClocks clocks;

	private final RuntimeService runtime;

	private final MatterCatalog catalog;

	private final Audit audit;

	private final BundleOutcomes outcomes;

	private final TransactionTemplate ownTransaction;

	BundleStages(BundleRecords store, BundleFiles bundles, CaseClocks clocks, RuntimeService runtime,
			MatterCatalog catalog, Audit audit, PlatformTransactionManager transactions, BundleOutcomes outcomes) {
		this.outcomes = outcomes;
		this.store = store;
		this.bundles = bundles;
		this.clocks = clocks;
		this.runtime = runtime;
		this.catalog = catalog;
		this.audit = audit;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Starts the bundle's clock, 45 working days or its committed limit where shorter,
	 * and its process (the model of the bundle's code), whose first stage opens its
	 * members.
	 */
	@ApplicationModuleListener
	void on(BundleSubmitted submitted) {
		var record = new BundleRecord(submitted.bundleId(), submitted.number(), submitted.bundleCode(),
				submitted.leadDepartmentCode(), submitted.applicantId(), null, submitted.receivedAt(), null, null);
		if (!store.insertIfAbsent(record)) {
			log.info("Bundle {} was started already", submitted.number());
			return;
		}
		int committed = submitted.committedLimitDays() > 0 ? Math.min(submitted.committedLimitDays(), JOINT_DAYS)
				: JOINT_DAYS;
		clocks.start(submitted.bundleId(), submitted.number(), submitted.receivedAt(), submitted.clockStartsOn(),
				JOINT_DAYS, committed, true);
		clocks.describe(submitted.bundleId(), submitted.leadDepartmentCode(), submitted.bundleCode(),
				catalog.bundle(submitted.bundleCode()).name());
		ProcessInstance instance = runtime.createProcessInstanceBuilder()
			.processDefinitionKey(submitted.bundleCode())
			.businessKey(submitted.number())
			.variables(Map.of(BundleMember.BUNDLE_ID, submitted.bundleId().toString(), "number", submitted.number(),
					DENIED, false))
			.start();
		store.runningOn(submitted.bundleId(), instance.getProcessInstanceId());
		audit.succeeded(AuditActor.PLATFORM, "bundle.start", BUNDLE, submitted.number(),
				instance.getProcessDefinitionId());
		log.info("Bundle {} runs on {}", submitted.number(), instance.getProcessDefinitionId());
	}

	/**
	 * A member's case ended: its receive task goes on. Members of one stage may end at
	 * the same moment; the bundle's row is locked while one of them moves the process,
	 * and an end that still meets the engine's optimistic lock is tried again.
	 */
	@ApplicationModuleListener
	void on(CaseEnded ended) {
		Optional<BundleApplication> bundle = bundles.ofMember(ended.caseId())
			.filter(found -> found.status() == BundleStatus.SUBMITTED);
		if (bundle.isEmpty()) {
			return;
		}
		for (int attempt = 1;; attempt++) {
			try {
				ownTransaction.executeWithoutResult(status -> advance(bundle.get(), ended));
				return;
			}
			catch (FlowableOptimisticLockingException | ConcurrencyFailureException ex) {
				if (attempt == ATTEMPTS) {
					// The event registry delivers it again later.
					throw ex;
				}
				log.info("Bundle {}: member {} meets a concurrent change, attempt {}", bundle.get().number(),
						ended.number(), attempt);
			}
		}
	}

	private void advance(BundleApplication bundle, CaseEnded ended) {
		BundleRecord record = store.lock(bundle.id()).filter(BundleRecord::isOpen).orElse(null);
		if (record == null || record.processInstanceId() == null) {
			log.info("Bundle {} is not under way", bundle.number());
			return;
		}
		String matterCode = bundle.member(ended.caseId()).orElseThrow().matterCode();
		Execution waiting = runtime.createExecutionQuery()
			.processInstanceId(record.processInstanceId())
			.activityId(matterCode)
			.singleResult();
		if (waiting == null) {
			log.info("Bundle {}: the end of member {} was counted already", bundle.number(), ended.number());
			return;
		}
		boolean granted = ended.outcome() == ApplicationStatus.GRANTED;
		runtime.trigger(waiting.getId(), granted ? Map.of() : Map.of(DENIED, true));
		audit.succeeded(AuditActor.PLATFORM, "bundle.member", BUNDLE, bundle.number(),
				ended.number() + " " + ended.outcome());
		boolean running = runtime.createProcessInstanceQuery()
			.processInstanceId(record.processInstanceId())
			.count() > 0;
		if (!running) {
			finish(record, ended.at());
		}
	}

	/**
	 * Every stage ran, or the later ones were stopped: the members still waiting are
	 * stopped, naming the first member not granted, the applicant is told where the
	 * bundle stands, and its clock stops.
	 */
	private void finish(BundleRecord record, Instant at) {
		List<BundleApplication.Member> members = bundles.get(record.id()).members();
		String notGranted = members.stream()
			.filter(member -> member.status().isFinal() && member.status() != ApplicationStatus.GRANTED
					&& member.status() != ApplicationStatus.STOPPED)
			.map(BundleApplication.Member::number)
			.findFirst()
			.orElse(null);
		List<BundleApplication.Member> waiting = members.stream()
			.filter(member -> member.status() == ApplicationStatus.WAITING)
			.toList();
		for (BundleApplication.Member member : waiting) {
			bundles.stop(member.applicationId(), notGranted, at);
			audit.succeeded(AuditActor.PLATFORM, "bundle.stop", BUNDLE, record.number(),
					member.number() + " " + member.matterCode() + " because of " + notGranted);
		}
		BundleRecord.Outcome outcome = waiting.isEmpty() ? BundleRecord.Outcome.FINISHED : BundleRecord.Outcome.STOPPED;
		if (store.end(record.id(), outcome, at)) {
			bundles.finish(record.id(), at);
			outcomes.tellFinished(bundles.get(record.id()));
			clocks.stop(record.id(), at);
			audit.succeeded(AuditActor.PLATFORM, "bundle.finish", BUNDLE, record.number(), outcome.name());
		}
	}

	/** The applicant withdrew the bundle: its stages and its clock end (R3.5). */
	@ApplicationModuleListener
	void on(BundleWithdrawn withdrawn) {
		BundleRecord record = store.find(withdrawn.bundleId()).filter(BundleRecord::isOpen).orElse(null);
		if (record == null || !store.end(record.id(), BundleRecord.Outcome.WITHDRAWN, withdrawn.withdrawnAt())) {
			log.info("Bundle {} was not started or has ended already", withdrawn.number());
			return;
		}
		if (record.processInstanceId() != null
				&& runtime.createProcessInstanceQuery().processInstanceId(record.processInstanceId()).count() > 0) {
			runtime.deleteProcessInstance(record.processInstanceId(), "withdrawn");
		}
		clocks.stop(record.id(), withdrawn.withdrawnAt());
		audit.succeeded(AuditActor.PLATFORM, "bundle.withdraw", BUNDLE, record.number(), null);
	}

}
