package org.tongban.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.internal.ApplicationNumbers;
import org.tongban.application.internal.ApplicationStore;
import org.tongban.application.internal.AutoFill;
import org.tongban.application.internal.BundleStore;
import org.tongban.catalog.FormCheck;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.FormProblem;
import org.tongban.catalog.MatterVersion;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;

/**
 * Submitting a draft once, with a receipt (R3.4, R3.5), and withdrawing the application
 * before a decision (R3.5). Only the applicant's own applications are found (R12.5).
 */
@Service
@Transactional
public class Submissions {

	/**
	 * The audited object of an applicant's actions: the case, by its number, as staff
	 * actions name it.
	 */
	static final String CASE = "case";

	/** The audited object of a draft not yet submitted: the application, by its id. */
	static final String APPLICATION = "application";

	static final String SUBMIT = "application.submit";

	static final String WITHDRAW = "application.withdraw";

	/**
	 * What an idempotency key may look like: a UUID or any other token of safe
	 * characters.
	 */
	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

	private final OwnApplications own;

	private final ApplicationStore store;

	private final ApplicationNumbers numbers;

	private final BundleStore bundles;

	private final AutoFill autoFill;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Audit audit;

	private final EligibilityChecks eligibility;

	private final Commitments commitments;

	Submissions(OwnApplications own, ApplicationStore store, ApplicationNumbers numbers, BundleStore bundles,
			AutoFill autoFill, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
			Audit audit, EligibilityChecks eligibility, Commitments commitments) {
		this.eligibility = eligibility;
		this.commitments = commitments;
		this.bundles = bundles;
		this.audit = audit;
		this.own = own;
		this.store = store;
		this.numbers = numbers;
		this.autoFill = autoFill;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Submits a complete draft (R3.4): it gets its number, query code and receipt; its
	 * clock starts on the next working day after receipt; the approval side hears of it.
	 * Submission is idempotent: a retry with the same key, even at the same moment,
	 * returns the same receipt, and a key used for another application is refused.
	 * @param idempotencyKey chosen by the client (API) or the form (page) for this
	 * submission
	 * @throws ApplicationIncompleteException if the application is not complete and valid
	 */
	@Transactional(propagation = Propagation.NEVER)
	public Receipt submit(Actor applicant, UUID id, String idempotencyKey) {
		return submit(applicant, id, idempotencyKey, applicant);
	}

	/**
	 * Submits as {@link #submit} does, for a clerk of the integrated window who
	 * registered the application on the applicant's behalf (R4.5): the audit trail names
	 * the clerk, who acted.
	 */
	@Transactional(propagation = Propagation.NEVER)
	public Receipt submitAtWindow(Actor clerk, Actor applicant, UUID id, String idempotencyKey) {
		return submit(applicant, id, idempotencyKey, clerk);
	}

	private Receipt submit(Actor applicant, UUID id, String idempotencyKey, Actor acting) {
		try {
			return submitting(applicant, id, idempotencyKey, acting);
		}
		catch (RuntimeException refused) {
			// Before it has a number the application is named by its id.
			audit.failed(acting.audited(), SUBMIT, APPLICATION, id, Audit.reason(refused));
			throw refused;
		}
	}

	/**
	 * Submits, recording the submission once: a retry answered by replay records nothing
	 * again.
	 */
	private Receipt submitting(Actor applicant, UUID id, String idempotencyKey, Actor acting) {
		OwnApplications.requireApplicant(applicant);
		requireKey(idempotencyKey);
		Application read = own.get(applicant, id);
		AutoFill.Prefill verified = verifiedAnswers(read);
		commitments.requireStillOffered(read);
		List<FormProblem> ineligible = ineligible(read, verified);
		try {
			return transactions
				.execute(status -> submitOnce(applicant, id, idempotencyKey, verified, ineligible, acting));
		}
		catch (DuplicateKeyException | OptimisticLockingFailureException | PessimisticLockingFailureException ex) {
			return submittedMeanwhile(applicant, id, idempotencyKey, ex);
		}
		catch (RefusedException ex) {
			if (!OwnApplications.NOT_DRAFT.equals(ex.messageCode())) {
				throw ex;
			}
			return submittedMeanwhile(applicant, id, idempotencyKey, ex);
		}
	}

	/**
	 * Another request submitted it at the same moment: answers as a retry would be
	 * answered.
	 */
	private Receipt submittedMeanwhile(Actor applicant, UUID id, String key, RuntimeException ex) {
		return transactions.execute(status -> replay(applicant, id, key).orElseThrow(() -> ex));
	}

	static void requireKey(String idempotencyKey) {
		if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
			throw new InvalidParameterException("Idempotency-Key", "application.submit.key");
		}
	}

	/**
	 * The verified answers of a draft as its account and the registries hold them now
	 * (R1.6), read before the submission's transaction, as a registry read is logged in a
	 * transaction of its own.
	 */
	AutoFill.Prefill verifiedAnswers(Application application) {
		if (!application.isDraft()) {
			return new AutoFill.Prefill(Map.of(), Map.of());
		}
		FormDefinition form = own.versionInForce(application)
			.map(MatterVersion::form)
			.orElseGet(() -> own.guideOf(application).version().form());
		return autoFill.verified(application.applicantId(), application.matterName(), form);
	}

	/**
	 * The stops of the eligibility rules of the version in force (R16.6), checked again
	 * at submission with the verified answers, before the submission's transaction for
	 * the same reason as {@link #verifiedAnswers}.
	 */
	private List<FormProblem> ineligible(Application application, AutoFill.Prefill verified) {
		if (!application.isDraft()) {
			return List.of();
		}
		MatterVersion version = own.versionInForce(application).orElseGet(() -> own.guideOf(application).version());
		return eligibility.stops(withVerified(application, verified), version);
	}

	private Receipt submitOnce(Actor applicant, UUID id, String key, AutoFill.Prefill verified,
			List<FormProblem> ineligible, Actor acting) {
		Optional<Receipt> earlier = replay(applicant, id, key);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		Application draft = own.draft(applicant, id);
		if (bundles.bundleOf(id).isPresent()) {
			throw new RefusedException(Refusal.CONFLICT, "application.submit.bundleMember");
		}
		Application answered = withVerified(draft, verified);
		FormCheck form = own.check(answered);
		List<FormProblem> stops = new ArrayList<>(form.stops());
		stops.addAll(ineligible);
		FormCheck check = new FormCheck(form.problems(), stops);
		if (!check.passed()) {
			throw new ApplicationIncompleteException(check);
		}
		Instant receivedAt = receivedNow();
		Receipt receipt = numbers.receipt(receivedAt, LocalDate.ofInstant(receivedAt, clock.getZone()));
		store.recordSubmissionKey(applicant.id(), key, draft.id(), receivedAt);
		receive(draft, answered, receipt);
		audit.succeeded(acting.audited(), SUBMIT, CASE, receipt.number(), draft.matterCode());
		return receipt;
	}

	/**
	 * The draft with the answers the platform verified: what is submitted as the
	 * applicant's identity is what the platform verified, not what the draft says (R1.6).
	 */
	Application withVerified(Application draft, AutoFill.Prefill verified) {
		Map<String, AnswerSource> sources = new HashMap<>(draft.sources());
		sources.putAll(verified.sources());
		return draft.withAnswers(draft.answers().with(verified.answers()), sources, clock.instant());
	}

	/**
	 * Now, to the microsecond, as the database keeps it, so that a retry answers the very
	 * same receipt.
	 */
	Instant receivedNow() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * Receives an application as the receipt says: a single matter on its submission, a
	 * bundle's member when its stage starts (R5.2). Its timeline starts with the decision
	 * on acceptance, and the approval side hears of it, to open its case.
	 * @param read the application as read, whose revision the write is guarded by
	 * @param answered its answers with the verified ones
	 */
	void receive(Application read, Application answered, Receipt receipt) {
		store.update(read.submitted(answered.answers(), answered.sources(), receipt));
		store.addStep(read.id(), new TimelineStep("SUBMITTED", null, receipt.receivedAt(), null, receipt.receivedAt()));
		store.addStep(read.id(), new TimelineStep("ACCEPTANCE", read.departmentCode(), receipt.receivedAt(),
				receipt.acceptanceDueOn(), null));
		MatterVersion version = own.guideOf(read).version();
		int reused = (int) read.materials()
			.stream()
			.filter(material -> material.reusedFrom() != null || material.isLicence())
			.count();
		events.publishEvent(new ApplicationSubmitted(read.id(), receipt.number(), read.applicantId(), read.matterCode(),
				version.version(), version.processKey(), read.departmentCode(), receipt.receivedAt(),
				receipt.clockStartsOn(), version.statutoryLimitDays(), version.committedLimitDays(),
				read.registeredBy(), read.matterName(), read.applicantKind(), read.channel(), version.maxVisits(),
				reused, read.materials().size() - reused));
	}

	/**
	 * The receipt of an earlier submission with this key, or of this application if it
	 * was already submitted.
	 */
	private Optional<Receipt> replay(Actor applicant, UUID id, String key) {
		Optional<UUID> submittedWith = store.submittedWith(applicant.id(), key);
		if (submittedWith.isPresent() && !submittedWith.get().equals(id)) {
			throw new RefusedException(Refusal.CONFLICT, "application.submit.keyReused");
		}
		Application application = own.get(applicant, id);
		return application.isDraft() ? Optional.empty() : application.receipt();
	}

	/** Withdraws a submitted application before a decision (R3.5). */
	public Application withdraw(Actor applicant, String number) {
		Application application;
		try {
			application = own.byNumber(applicant, number);
			if (!application.status().isWithdrawable()) {
				throw new RefusedException(Refusal.CONFLICT, "application.withdraw.notPossible");
			}
		}
		catch (RuntimeException refused) {
			audit.failed(applicant.audited(), WITHDRAW, CASE, number, Audit.reason(refused));
			throw refused;
		}
		withdrawn(application, clock.instant());
		audit.succeeded(applicant.audited(), WITHDRAW, CASE, number, null);
		return own.get(applicant, application.id());
	}

	/**
	 * Ends an application the applicant withdraws, alone or with its bundle (R3.5): an
	 * open case hears of it; a bundle's member still waiting for its stage never starts.
	 */
	void withdrawn(Application application, Instant now) {
		own.writeChange(application.withdrawn(now));
		store.closeCorrection(application.id(), now);
		store.finishOpenSteps(application.id(), now);
		store.addStep(application.id(), new TimelineStep("WITHDRAWN", null, now, null, now));
		if (application.status() != ApplicationStatus.WAITING) {
			events.publishEvent(new ApplicationWithdrawn(application.id(), application.number(), now));
		}
	}

}
