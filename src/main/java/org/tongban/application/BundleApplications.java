package org.tongban.application;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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
import org.tongban.catalog.Bundle;
import org.tongban.catalog.FormCheck;
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;

/**
 * A bundle (一件事) applied for as one application (R2.5): one combined form, one set of
 * materials, one check of the answers and one submission with one number and query code.
 * Each member matter is a draft of its own under the bundle, checked as a single
 * application is; on submission each gets its number and waits for its stage (R5.2). Only
 * the applicant's own bundles are found (R12.5); every action is audited (R8.4).
 */
@Service
@Transactional
public class BundleApplications {

	/** The refusal of a change that met another change of the same application. */
	private static final String CHANGED_MEANWHILE = "application.changedMeanwhile";

	/**
	 * How often a member is withdrawn again when its stage started at the same moment.
	 */
	private static final int WITHDRAWAL_ATTEMPTS = 3;

	/** The audited object: a bundle, by its number once submitted, else by its id. */
	static final String BUNDLE = "bundle";

	static final String START = "bundle.start";

	static final String ANSWER = "bundle.answer";

	static final String ATTACH = "bundle.attach";

	static final String DETACH = "bundle.detach";

	static final String SUBMIT = "bundle.submit";

	static final String WITHDRAW = "bundle.withdraw";

	static final String NOT_FOUND = "application.bundle.notFound";

	private final OwnApplications own;

	private final BundleStore bundles;

	private final ApplicationStore store;

	private final Drafts drafts;

	private final ApplicationMaterials materials;

	private final Submissions submissions;

	private final CombinedForms combined;

	private final MatterCatalog catalog;

	private final ApplicationNumbers numbers;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Audit audit;

	BundleApplications(OwnApplications own, BundleStore bundles, ApplicationStore store, Drafts drafts,
			ApplicationMaterials materials, Submissions submissions, CombinedForms combined, MatterCatalog catalog,
			ApplicationNumbers numbers, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
			Audit audit) {
		this.own = own;
		this.bundles = bundles;
		this.store = store;
		this.drafts = drafts;
		this.materials = materials;
		this.submissions = submissions;
		this.combined = combined;
		this.catalog = catalog;
		this.numbers = numbers;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * Starts a draft of a bundle: a draft of each member matter under its version in
	 * force, pre-filled with what is known (R3.2).
	 * @throws RefusedException (409) when a member matter does not serve the applicant's
	 * kind (R16.6)
	 */
	// Each member draft is started as a single draft is, its registry reads logged in
	// transactions of their own.
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public BundleApplication start(Actor applicant, String bundleCode) {
		return start(applicant, bundleCode, null);
	}

	/**
	 * Starts a draft of a bundle that a clerk of the integrated window registers on the
	 * applicant's behalf (R4.5): each member is a walk-in application registered by the
	 * clerk, as {@link Drafts#startAtWindow} starts one; the start is audited in the
	 * clerk's name.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public BundleApplication startAtWindow(Actor clerk, Actor applicant, String bundleCode) {
		return start(applicant, bundleCode, clerk);
	}

	/**
	 * @param clerk the window clerk who registers it, null when the applicant applies
	 * online
	 */
	private BundleApplication start(Actor applicant, String bundleCode, Actor clerk) {
		OwnApplications.requireApplicant(applicant);
		Bundle bundle = catalog.bundle(bundleCode);
		List<BundleApplication.Member> members = bundle.items().stream().map(item -> {
			Application draft = clerk == null ? drafts.start(applicant, item.matterCode())
					: drafts.startAtWindow(clerk, applicant, item.matterCode());
			return new BundleApplication.Member(draft.id(), null, draft.matterCode(), draft.matterName(),
					draft.departmentCode(), item.stage(), draft.status());
		}).toList();
		var draft = new BundleApplication(UUID.randomUUID(), applicant.id(), bundle.code(), bundle.name(),
				bundle.leadDepartmentCode(), BundleStatus.DRAFT, null, null, members);
		transactions.executeWithoutResult(status -> {
			bundles.insert(draft, applicant.kind(), clock.instant());
			audit.succeeded((clerk == null ? applicant : clerk).audited(), START, BUNDLE, draft.id(), bundle.code());
		});
		return transactions.execute(status -> get(applicant, draft.id()));
	}

	@Transactional(readOnly = true)
	public BundleApplication get(Actor applicant, UUID id) {
		return owned(applicant, bundles.find(id));
	}

	@Transactional(readOnly = true)
	public BundleApplication byNumber(Actor applicant, String number) {
		return owned(applicant, number == null ? Optional.empty() : bundles.findByNumber(number));
	}

	/** The applicant's bundles, the most recently changed first. */
	@Transactional(readOnly = true)
	public List<BundleApplication> mine(Actor applicant) {
		OwnApplications.requireApplicant(applicant);
		return bundles.of(applicant.id());
	}

	/** The member applications as the applicant sees each, in the bundle's order. */
	@Transactional(readOnly = true)
	public List<Application> members(Actor applicant, UUID id) {
		return members(get(applicant, id));
	}

	/**
	 * The bundle's receipt once submitted: its number, query code and clock start day.
	 */
	@Transactional(readOnly = true)
	public Optional<Receipt> receipt(Actor applicant, UUID id) {
		return bundles.receipt(get(applicant, id).id());
	}

	/** The lead department's messages on the whole bundle (R5.2). */
	@Transactional(readOnly = true)
	public List<CaseMessage> messages(Actor applicant, UUID id) {
		return bundles.messages(get(applicant, id).id());
	}

	/**
	 * The number of the member of an earlier stage that was not granted, for a member
	 * that was stopped because of it (R5.2).
	 */
	@Transactional(readOnly = true)
	public Optional<String> stoppedBecause(Actor applicant, UUID memberId) {
		return bundles.stoppedBecause(own.get(applicant, memberId).id());
	}

	/** The combined form with the answers given so far (一表申请). */
	@Transactional(readOnly = true)
	public CombinedForm form(Actor applicant, UUID id) {
		return combined.form(members(get(applicant, id)));
	}

	/** The one set of materials with the files given so far (一套材料). */
	@Transactional(readOnly = true)
	public List<CombinedMaterial> materials(Actor applicant, UUID id) {
		return combined.materials(members(get(applicant, id)));
	}

	/**
	 * Saves answers of the combined form into each member that asks them. Blank answers
	 * clear a field. A member refusing a value (invalid, or a verified answer changed,
	 * R1.6) keeps its answers; the problem is told next to the combined field.
	 * @throws ApplicationIncompleteException naming the combined fields refused
	 */
	// Each member is saved as a single draft is, in a transaction of its own, so that one
	// member's refusal does not undo the others'.
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public CombinedForm save(Actor applicant, UUID id, Map<String, List<String>> changes) {
		BundleApplication bundle = transactions.execute(status -> draft(applicant, id));
		CombinedForm form = form(applicant, bundle.id());
		Map<UUID, FormCheck> refused = new LinkedHashMap<>();
		combined.split(form, changes).forEach((memberId, memberChanges) -> {
			try {
				drafts.save(applicant, memberId, memberChanges);
			}
			catch (ApplicationIncompleteException ex) {
				refused.put(memberId, ex.check());
			}
		});
		audit.succeeded(applicant.audited(), ANSWER, BUNDLE, bundle.id(), null);
		if (!refused.isEmpty()) {
			throw new ApplicationIncompleteException(combined.combined(form, List.of(), refused));
		}
		return form(applicant, bundle.id());
	}

	/**
	 * Stores a file once for a material of the bundle and attaches it to every member
	 * that needs the material (一套材料), each under its own material (R3.3).
	 */
	public AttachedMaterial attach(Actor applicant, UUID id, String materialKey, String fileName, InputStream content) {
		return attach(applicant, id, materialKey, fileName, content, false);
	}

	/**
	 * Stores the scan of a paper material that a clerk of the integrated window made for
	 * the applicant (R4.5), as {@link #attach} does, marked as scanned at the window in
	 * every member (R13.4): a PDF or an image.
	 */
	public AttachedMaterial attachScan(Actor applicant, UUID id, String materialKey, String fileName,
			InputStream content) {
		return attach(applicant, id, materialKey, fileName, content, true);
	}

	private AttachedMaterial attach(Actor applicant, UUID id, String materialKey, String fileName, InputStream content,
			boolean scanned) {
		BundleApplication bundle = draft(applicant, id);
		CombinedMaterial material = combined.materials(members(bundle))
			.stream()
			.filter(candidate -> candidate.key().equals(materialKey))
			.findFirst()
			.orElseThrow(() -> new InvalidParameterException("material", "application.material.unknown",
					String.valueOf(materialKey)));
		CombinedMaterial.Need first = material.needs().get(0);
		AttachedMaterial attached = scanned
				? materials.attachScan(applicant, first.applicationId(), first.materialCode(), fileName, content)
				: materials.attach(applicant, first.applicationId(), first.materialCode(), fileName, content);
		material.needs()
			.stream()
			.skip(1)
			.forEach(need -> materials.reuse(applicant, need.applicationId(), need.materialCode(),
					attached.attachmentId()));
		audit.succeeded(applicant.audited(), ATTACH, BUNDLE, bundle.id(), materialKey);
		return attached;
	}

	/** Removes a file from every member it was given for; the file itself stays. */
	public void detach(Actor applicant, UUID id, UUID attachmentId) {
		BundleApplication bundle = draft(applicant, id);
		List<Application> givenWith = members(bundle).stream()
			.filter(member -> member.materials()
				.stream()
				.anyMatch(material -> material.attachmentId().equals(attachmentId)))
			.toList();
		if (givenWith.isEmpty()) {
			throw new NotFoundException("application.material.notFound");
		}
		givenWith.forEach(member -> materials.detach(applicant, member.id(), attachmentId));
		audit.succeeded(applicant.audited(), DETACH, BUNDLE, bundle.id(), null);
	}

	/**
	 * Everything that stands between the bundle and its submission, each problem next to
	 * the combined field or material it came from.
	 */
	@Transactional(readOnly = true)
	public FormCheck check(Actor applicant, UUID id) {
		List<Application> members = members(get(applicant, id));
		Map<UUID, FormCheck> checks = new LinkedHashMap<>();
		members.forEach(member -> checks.put(member.id(), own.check(member)));
		return combined.combined(combined.form(members), combined.materials(members), checks);
	}

	/**
	 * Submits a complete bundle once (R2.5, R3.4): it gets its number and query code,
	 * each member its own number, waiting for its stage (R5.2); the approval side hears
	 * of it once. A retry with the same key returns the same receipt; a key used for
	 * something else is refused.
	 * @throws ApplicationIncompleteException if a member is not complete and valid
	 */
	@Transactional(propagation = Propagation.NEVER)
	public Receipt submit(Actor applicant, UUID id, String idempotencyKey) {
		return submit(applicant, id, idempotencyKey, applicant);
	}

	/**
	 * Submits a bundle that a clerk of the integrated window registered, as the applicant
	 * would (R4.5): the submission is audited in the clerk's name.
	 */
	@Transactional(propagation = Propagation.NEVER)
	public Receipt submitAtWindow(Actor clerk, Actor applicant, UUID id, String idempotencyKey) {
		return submit(applicant, id, idempotencyKey, clerk);
	}

	private Receipt submit(Actor applicant, UUID id, String idempotencyKey, Actor acting) {
		try {
			OwnApplications.requireApplicant(applicant);
			Submissions.requireKey(idempotencyKey);
			Map<UUID, AutoFill.Prefill> verified = new LinkedHashMap<>();
			transactions.execute(status -> members(get(applicant, id)))
				.forEach(member -> verified.put(member.id(), submissions.verifiedAnswers(member)));
			try {
				return transactions.execute(status -> submitOnce(applicant, id, idempotencyKey, verified, acting));
			}
			catch (DuplicateKeyException | OptimisticLockingFailureException | PessimisticLockingFailureException ex) {
				return transactions.execute(status -> replay(applicant, id, idempotencyKey).orElseThrow(() -> ex));
			}
		}
		catch (RuntimeException refused) {
			audit.failed(acting.audited(), SUBMIT, BUNDLE, id, Audit.reason(refused));
			throw refused;
		}
	}

	private Receipt submitOnce(Actor applicant, UUID id, String key, Map<UUID, AutoFill.Prefill> verified,
			Actor acting) {
		Optional<Receipt> earlier = replay(applicant, id, key);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		BundleApplication bundle = get(applicant, id);
		List<Application> read = new ArrayList<>();
		List<Application> answered = new ArrayList<>();
		Map<UUID, FormCheck> checks = new LinkedHashMap<>();
		for (BundleApplication.Member member : bundle.members()) {
			Application draft = own.draft(applicant, member.applicationId());
			Application withVerified = submissions.withVerified(draft,
					verified.getOrDefault(draft.id(), new AutoFill.Prefill(Map.of(), Map.of())));
			read.add(draft);
			answered.add(withVerified);
			checks.put(draft.id(), own.check(withVerified));
		}
		if (!checks.values().stream().allMatch(FormCheck::passed)) {
			throw new ApplicationIncompleteException(
					combined.combined(combined.form(answered), combined.materials(answered), checks));
		}
		Instant receivedAt = submissions.receivedNow();
		LocalDate receivedOn = LocalDate.ofInstant(receivedAt, clock.getZone());
		Receipt dated = numbers.receipt(receivedAt, receivedOn);
		// The bundle has no acceptance of its own: each member is accepted by its
		// department when its stage starts.
		Receipt receipt = new Receipt(dated.number(), dated.queryCode(), receivedAt, dated.clockStartsOn(), null);
		if (!bundles.submitted(bundle.id(), receipt)) {
			throw new OptimisticLockingFailureException("Bundle " + bundle.id() + " submitted meanwhile");
		}
		store.recordSubmissionKey(applicant.id(), key, bundle.id(), receivedAt);
		List<BundleSubmitted.Member> submitted = new ArrayList<>();
		for (int i = 0; i < read.size(); i++) {
			Application draft = read.get(i);
			Receipt waiting = numbers.waiting(receivedAt, receivedOn);
			store.update(draft.waiting(answered.get(i).answers(), answered.get(i).sources(), waiting));
			store.addStep(draft.id(), new TimelineStep("WAITING", null, receivedAt, null, null));
			submitted.add(new BundleSubmitted.Member(draft.id(), waiting.number(), draft.matterCode(),
					draft.departmentCode(), bundle.members().get(i).stage()));
		}
		events.publishEvent(new BundleSubmitted(bundle.id(), receipt.number(), applicant.id(), bundle.bundleCode(),
				bundle.leadDepartmentCode(), receivedAt, receipt.clockStartsOn(),
				catalog.bundle(bundle.bundleCode()).committedLimitDays(), submitted));
		audit.succeeded(acting.audited(), SUBMIT, BUNDLE, receipt.number(), bundle.bundleCode());
		return receipt;
	}

	/**
	 * The receipt of an earlier submission with this key, or of this bundle if it was
	 * already submitted.
	 */
	private Optional<Receipt> replay(Actor applicant, UUID id, String key) {
		Optional<UUID> submittedWith = store.submittedWith(applicant.id(), key);
		if (submittedWith.isPresent() && !submittedWith.get().equals(id)) {
			throw new RefusedException(Refusal.CONFLICT, "application.submit.keyReused");
		}
		return bundles.receipt(get(applicant, id).id());
	}

	/**
	 * Withdraws a submitted bundle before every member ended (R3.5): each open member is
	 * withdrawn as a single application is, the waiting ones never start.
	 */
	public BundleApplication withdraw(Actor applicant, String number) {
		BundleApplication bundle;
		List<Application> open;
		try {
			bundle = byNumber(applicant, number);
			open = members(bundle).stream()
				.filter(member -> member.status().isWithdrawable() || member.status() == ApplicationStatus.WAITING)
				.toList();
			if (bundle.status() != BundleStatus.SUBMITTED || open.isEmpty()) {
				throw new RefusedException(Refusal.CONFLICT, "application.bundle.withdraw.notPossible");
			}
		}
		catch (RuntimeException refused) {
			audit.failed(applicant.audited(), WITHDRAW, BUNDLE, number, Audit.reason(refused));
			throw refused;
		}
		Instant now = clock.instant();
		open.forEach(member -> withdrawMember(member, now));
		if (!bundles.ended(bundle.id(), BundleStatus.WITHDRAWN, now)) {
			throw new RefusedException(Refusal.CONFLICT, "application.changedMeanwhile", number);
		}
		events.publishEvent(new BundleWithdrawn(bundle.id(), number, now));
		audit.succeeded(applicant.audited(), WITHDRAW, BUNDLE, number, bundle.bundleCode());
		return get(applicant, bundle.id());
	}

	/**
	 * Withdraws one member. When the platform opened it at the same moment (its stage
	 * started), it is read again and withdrawn as it now stands, unless it has ended.
	 */
	private void withdrawMember(Application member, Instant now) {
		Application current = member;
		for (int attempt = 1;; attempt++) {
			try {
				submissions.withdrawn(current, now);
				return;
			}
			catch (RefusedException changed) {
				if (!CHANGED_MEANWHILE.equals(changed.messageCode()) || attempt == WITHDRAWAL_ATTEMPTS) {
					throw changed;
				}
				current = store.find(member.id()).orElseThrow(() -> new NotFoundException(NOT_FOUND));
				if (!current.status().isWithdrawable() && current.status() != ApplicationStatus.WAITING) {
					return;
				}
			}
		}
	}

	/** A draft bundle to work on; a submitted one cannot change. */
	private BundleApplication draft(Actor applicant, UUID id) {
		BundleApplication bundle = get(applicant, id);
		if (bundle.status() != BundleStatus.DRAFT) {
			throw new RefusedException(Refusal.CONFLICT, OwnApplications.NOT_DRAFT, bundle.number());
		}
		return bundle;
	}

	private List<Application> members(BundleApplication bundle) {
		return bundle.members()
			.stream()
			.map(member -> store.find(member.applicationId()).orElseThrow(() -> new NotFoundException(NOT_FOUND)))
			.toList();
	}

	private BundleApplication owned(Actor applicant, Optional<BundleApplication> found) {
		OwnApplications.requireApplicant(applicant);
		return found.filter(bundle -> bundle.applicantId().equals(applicant.id()))
			.orElseThrow(() -> new NotFoundException(NOT_FOUND));
	}

}
