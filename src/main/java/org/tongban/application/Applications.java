package org.tongban.application;

import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.tongban.application.internal.CorrectionBaseline;
import org.tongban.catalog.Audience;
import org.tongban.catalog.FormAnswers;
import org.tongban.catalog.FormCheck;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.FormProblem;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterGuide;
import org.tongban.catalog.MatterVersion;
import org.tongban.catalog.MatterVersion.Material;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Paging;
import org.tongban.shared.RefusedException;
import org.tongban.shared.ResultPage;
import org.tongban.storage.Attachments;
import org.tongban.storage.StoredAttachment;
import org.tongban.supervision.CalendarNotLoadedException;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.WorkingDayCalendar;

/**
 * The applicant's use cases (R3, R7): start a draft of a matter, fill it in, give materials, submit it once, follow
 * and withdraw it. Every method takes the applicant who acts and answers "not found" for anybody else's application,
 * so that nobody learns that it exists (R12.5).
 */
@Service
@Transactional
public class Applications {

	/** What an idempotency key may look like: a UUID or any other token of safe characters. */
	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

	static final int MAX_FILES_PER_MATERIAL = 10;

	private static final String NOT_DRAFT = "application.notDraft";

	private static final Logger log = LoggerFactory.getLogger(Applications.class);

	private final ApplicationStore store;

	private final ApplicationNumbers numbers;

	private final AutoFill autoFill;

	private final MatterCatalog catalog;

	private final Attachments attachments;

	private final WorkingDayCalendar calendar;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final CorrectionBaseline baseline;

	Applications(ApplicationStore store, ApplicationNumbers numbers, AutoFill autoFill, MatterCatalog catalog,
			Attachments attachments, WorkingDayCalendar calendar, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock, CorrectionBaseline baseline) {
		this.store = store;
		this.numbers = numbers;
		this.autoFill = autoFill;
		this.catalog = catalog;
		this.attachments = attachments;
		this.calendar = calendar;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.baseline = baseline;
	}

	/**
	 * Starts a draft under the version of the matter in force today, filled in with what is known (R3.2).
	 *
	 * @throws RefusedException (409) when the matter does not serve the applicant's kind (R16.6)
	 */
	// Pre-filling reads the base registries, and each read is logged in a transaction of its own (R16.1): done
	// outside the draft's transaction, a request holds one pooled connection at a time, and ten drafts started at
	// once cannot take all ten connections and wait for an eleventh.
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Application start(Actor applicant, String matterCode) {
		requireApplicant(applicant);
		MatterGuide guide = catalog.guide(matterCode);
		Audience audience = applicant.kind() == AccountKind.LEGAL_PERSON ? Audience.ENTERPRISE : Audience.PERSONAL;
		if (!guide.matter().audiences().contains(audience)) {
			throw new RefusedException(409, "application.start.audience." + audience, Map.of(),
					guide.version().name());
		}
		MatterVersion version = guide.version();
		AutoFill.Prefill prefill = autoFill.prefill(applicant.id(), matterCode, version.name(), version.form());
		Instant now = clock.instant();
		var draft = new Application(UUID.randomUUID(), applicant.id(), applicant.kind(), matterCode, version.version(),
				version.version(), version.name(), guide.matter().departmentCode(), ApplicationStatus.DRAFT, prefill.formAnswers(),
				prefill.sources(), Optional.empty(), null, now, now, 1, List.of(), List.of(), List.of(), List.of(),
				Optional.empty());
		transactions.executeWithoutResult(status -> store.insert(draft));
		return draft;
	}

	@Transactional(readOnly = true)
	public Application get(Actor applicant, UUID id) {
		return owned(applicant, store.find(id));
	}

	@Transactional(readOnly = true)
	public Application byNumber(Actor applicant, String number) {
		return owned(applicant, number == null ? Optional.empty() : store.findByNumber(number));
	}

	/** A page of the applicant's drafts and applications, the most recently changed first. */
	@Transactional(readOnly = true)
	public ResultPage<ApplicationSummary> of(Actor applicant, Paging paging) {
		requireApplicant(applicant);
		return store.summaries(applicant.id(), paging);
	}

	/** The applicant's drafts of a matter, the most recently changed first, to continue one instead of starting anew. */
	@Transactional(readOnly = true)
	public List<Application> drafts(Actor applicant, String matterCode) {
		requireApplicant(applicant);
		return store.draftsOf(applicant.id(), matterCode);
	}

	/** The matter version an application is made under (R16.5). */
	@Transactional(readOnly = true)
	public MatterGuide guideOf(Application application) {
		return catalog.guide(application.matterCode(), application.matterVersion());
	}

	/**
	 * Saves answers of a draft as the applicant goes. Blank answers clear a field; a value that is not valid for
	 * its field is refused with the others, and nothing is saved. The answers the platform verified cannot change
	 * (R1.6).
	 *
	 * @throws ApplicationIncompleteException listing the invalid values, unknown fields, or verified answers changed
	 */
	public Application save(Actor applicant, UUID id, Map<String, List<String>> changes) {
		Application draft = draft(applicant, id);
		FormDefinition form = guideOf(draft).version().form();
		Map<String, List<String>> own = withoutVerified(draft, form, changes);
		FormAnswers answers = draft.answers().with(own);
		FormCheck check = form.check(answers);
		// Missing answers are fine in a draft: only what was given must be valid, and every field must exist.
		List<FormProblem> invalid = check.problems()
			.stream()
			.filter(problem -> problem.field() != null && answers.has(problem.field()))
			.toList();
		if (!invalid.isEmpty()) {
			throw new ApplicationIncompleteException(new FormCheck(invalid, List.of()));
		}
		Map<String, AnswerSource> sources = new HashMap<>(draft.sources());
		// A pre-filled value the applicant changed is now their own.
		own.keySet()
			.stream()
			.filter(key -> !answers.values(key).equals(draft.answers().values(key)))
			.forEach(sources::remove);
		Application saved = changed(draft, draft.status(), answers, sources, draft.receipt(), draft.withdrawnAt());
		store.update(saved);
		return saved;
	}

	/** Everything that stands between the draft and its submission: form problems, missing materials, stops. */
	@Transactional(readOnly = true)
	public FormCheck check(Actor applicant, UUID id) {
		Application application = get(applicant, id);
		return check(application, guideOf(application).version());
	}

	/** The materials the applicant must upload for the answers given so far. */
	@Transactional(readOnly = true)
	public List<Material> materialsToUpload(Application application) {
		MatterVersion version = guideOf(application).version();
		Set<String> conditional = Set.copyOf(version.form().requiredMaterials(application.answers()));
		return version.materials()
			.stream()
			.filter(Material::isUploaded)
			.filter(material -> material.required() || conditional.contains(material.code())
					|| !application.materials(material.code()).isEmpty() || material.requiredWhen() != null)
			.toList();
	}

	/**
	 * Stores a file for one material of a draft, or of an application whose correction notice lists the material
	 * (R3.3, R4.2): typed by its content, encrypted, and counted against the size limit of the whole application.
	 */
	public AttachedMaterial attach(Actor applicant, UUID id, String materialCode, String fileName,
			InputStream content) {
		Application draft = changeable(applicant, id, materialCode);
		Material material = uploadable(draft, materialCode);
		StoredAttachment stored = attachments.store(fileName, content);
		if (draft.materialsSize() + stored.size() > attachments.maxApplicationSize().toBytes()) {
			throw new InvalidParameterException("file", "application.material.applicationTooLarge",
					attachments.maxApplicationSize().toMegabytes());
		}
		var attached = new AttachedMaterial(stored.id(), material.code(), material.name(), material.licenceType(),
				stored.displayName(), stored.type().name(), stored.size(), null, clock.instant());
		store.addMaterial(draft.id(), attached);
		touch(draft);
		return attached;
	}

	/**
	 * Gives a file the applicant already gave with an earlier application ("my materials", R3.2) for a material of a
	 * draft, instead of uploading it again.
	 */
	public AttachedMaterial reuse(Actor applicant, UUID id, String materialCode, UUID attachmentId) {
		Application draft = changeable(applicant, id, materialCode);
		Material material = uploadable(draft, materialCode);
		AttachedMaterial earlier = store.materialOf(applicant.id(), attachmentId)
			.orElseThrow(() -> new NotFoundException("application.material.notFound"));
		if (draft.materials().stream().anyMatch(given -> given.attachmentId().equals(attachmentId))) {
			throw new InvalidParameterException("attachment", "application.material.alreadyGiven");
		}
		if (draft.materialsSize() + earlier.size() > attachments.maxApplicationSize().toBytes()) {
			throw new InvalidParameterException("attachment", "application.material.applicationTooLarge",
					attachments.maxApplicationSize().toMegabytes());
		}
		var attached = new AttachedMaterial(attachmentId, material.code(), material.name(), material.licenceType(),
				earlier.displayName(), earlier.type(), earlier.size(), earlier.reusedFrom(), clock.instant());
		store.addMaterial(draft.id(), attached);
		touch(draft);
		return attached;
	}

	/**
	 * Removes a file from a draft, or from a material that the correction notice lists; the file itself stays, as it
	 * may be reused.
	 */
	public void detach(Actor applicant, UUID id, UUID attachmentId) {
		Application application = get(applicant, id);
		String materialCode = application.materials()
			.stream()
			.filter(material -> material.attachmentId().equals(attachmentId))
			.map(AttachedMaterial::materialCode)
			.findFirst()
			.orElse(null);
		Application draft = changeable(applicant, id, materialCode);
		if (materialCode == null || !store.removeMaterial(draft.id(), attachmentId)) {
			throw new NotFoundException("application.material.notFound");
		}
		touch(draft);
	}

	/** The files the applicant gave with their applications, to reuse (R3.2). */
	@Transactional(readOnly = true)
	public List<AttachedMaterial> myMaterials(Actor applicant) {
		requireApplicant(applicant);
		return store.materialsOf(applicant.id());
	}

	/** Whether the applicant may read a file: it belongs to one of their applications. */
	@Transactional(readOnly = true)
	public AttachedMaterial material(Actor applicant, UUID id, UUID attachmentId) {
		return get(applicant, id).materials()
			.stream()
			.filter(material -> material.attachmentId().equals(attachmentId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("application.material.notFound"));
	}

	/** Deletes a draft; a submitted application is never deleted. */
	public void discard(Actor applicant, UUID id) {
		store.delete(draft(applicant, id).id());
	}

	/**
	 * Submits a complete draft (R3.4): it gets its number, query code and receipt; its clock starts on the next working
	 * day after receipt; the approval side hears of it. Submission is idempotent: a retry with the same key, even at
	 * the same moment, returns the same receipt, and a key used for another application is refused.
	 *
	 * @param idempotencyKey chosen by the client (API) or the form (page) for this submission
	 * @throws ApplicationIncompleteException if the application is not complete and valid
	 */
	@Transactional(propagation = Propagation.NEVER)
	public Receipt submit(Actor applicant, UUID id, String idempotencyKey) {
		requireApplicant(applicant);
		if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
			throw new InvalidParameterException("Idempotency-Key", "application.submit.key");
		}
		AutoFill.Prefill verified = verifiedAnswers(get(applicant, id));
		try {
			return transactions.execute(status -> submitOnce(applicant, id, idempotencyKey, verified));
		}
		catch (DuplicateKeyException | OptimisticLockingFailureException | PessimisticLockingFailureException ex) {
			return submittedMeanwhile(applicant, id, idempotencyKey, ex);
		}
		catch (RefusedException ex) {
			if (!NOT_DRAFT.equals(ex.messageCode())) {
				throw ex;
			}
			return submittedMeanwhile(applicant, id, idempotencyKey, ex);
		}
	}

	/** Another request submitted it at the same moment: answers as a retry would be answered. */
	private Receipt submittedMeanwhile(Actor applicant, UUID id, String key, RuntimeException ex) {
		return transactions.execute(status -> replay(applicant, id, key).orElseThrow(() -> ex));
	}

	/**
	 * The verified answers of a draft as its account and the registries hold them now (R1.6), read before the
	 * submission's transaction, as a registry read is logged in a transaction of its own.
	 */
	private AutoFill.Prefill verifiedAnswers(Application application) {
		if (!application.isDraft()) {
			return new AutoFill.Prefill(Map.of(), Map.of());
		}
		FormDefinition form = catalog.versionInForce(application.matterCode(), today())
			.map(MatterVersion::form)
			.orElseGet(() -> guideOf(application).version().form());
		return autoFill.verified(application.applicantId(), application.matterName(), form);
	}

	private Receipt submitOnce(Actor applicant, UUID id, String key, AutoFill.Prefill verified) {
		Optional<Receipt> earlier = replay(applicant, id, key);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		Application draft = draft(applicant, id);
		// What is submitted as the applicant's identity is what the platform verified, not what the draft says.
		Map<String, AnswerSource> sources = new HashMap<>(draft.sources());
		sources.putAll(verified.sources());
		Application answered = changed(draft, draft.status(), draft.answers().with(verified.answers()), sources,
				draft.receipt(), draft.withdrawnAt());
		MatterVersion version = guideOf(draft).version();
		FormCheck check = check(answered, version);
		if (!check.passed()) {
			throw new ApplicationIncompleteException(check);
		}
		// To the microsecond, as the database keeps it, so that a retry answers the very same receipt.
		Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
		LocalDate receivedOn = LocalDate.ofInstant(receivedAt, clock.getZone());
		var receipt = new Receipt(numbers.next(receivedOn), numbers.queryCode(), receivedAt,
				workingDay(() -> calendar.nextWorkingDay(receivedOn)),
				workingDay(() -> calendar.addWorkingDays(receivedOn, CaseClocks.ACCEPTANCE_DAYS)));
		store.recordSubmissionKey(applicant.id(), key, draft.id(), receivedAt);
		var submitted = new Application(draft.id(), draft.applicantId(), draft.applicantKind(), draft.matterCode(),
				draft.matterVersion(), draft.startedVersion(), draft.matterName(), draft.departmentCode(), ApplicationStatus.SUBMITTED,
				answered.answers(), answered.sources(), Optional.of(receipt), null, draft.createdAt(), receivedAt,
				draft.revision() + 1, draft.materials(), draft.timeline(), draft.messages(), draft.documents(),
				draft.correction());
		store.update(submitted);
		store.addStep(draft.id(), new TimelineStep("SUBMITTED", null, receivedAt, null, receivedAt));
		store.addStep(draft.id(), new TimelineStep("ACCEPTANCE", draft.departmentCode(), receivedAt,
				receipt.acceptanceDueOn(), null));
		events.publishEvent(new ApplicationSubmitted(draft.id(), receipt.number(), applicant.id(),
				draft.matterCode(), version.version(), version.processKey(), draft.departmentCode(), receivedAt,
				receipt.clockStartsOn(), version.statutoryLimitDays(), version.committedLimitDays()));
		return receipt;
	}

	/** The receipt of an earlier submission with this key, or of this application if it was already submitted. */
	private Optional<Receipt> replay(Actor applicant, UUID id, String key) {
		Optional<UUID> submittedWith = store.submittedWith(applicant.id(), key);
		if (submittedWith.isPresent() && !submittedWith.get().equals(id)) {
			throw new RefusedException(409, "application.submit.keyReused", Map.of());
		}
		Application application = get(applicant, id);
		return application.isDraft() ? Optional.empty() : application.receipt();
	}

	/** Withdraws a submitted application before a decision (R3.5). */
	public Application withdraw(Actor applicant, String number) {
		Application application = byNumber(applicant, number);
		if (!application.status().isWithdrawable()) {
			throw new RefusedException(409, "application.withdraw.notPossible", Map.of());
		}
		Instant now = clock.instant();
		Application withdrawn = changed(application, ApplicationStatus.WITHDRAWN, application.answers(),
				application.sources(), application.receipt(), now);
		writeChange(withdrawn);
		store.closeCorrection(application.id(), now);
		store.finishOpenSteps(application.id(), now);
		store.addStep(application.id(), new TimelineStep("WITHDRAWN", null, now, null, now));
		events.publishEvent(new ApplicationWithdrawn(application.id(), number, now));
		return get(applicant, application.id());
	}

	/** The applicant writes to the department about a submitted application (R4.4); not once it is withdrawn. */
	public CaseMessage write(Actor applicant, String number, String body) {
		Application application = byNumber(applicant, number);
		if (application.status() == ApplicationStatus.WITHDRAWN) {
			throw new RefusedException(409, "application.messages.closed", Map.of(), number);
		}
		var message = new CaseMessage("APPLICANT", null, CaseMessage.body(body), clock.instant());
		store.addMessage(application.id(), message);
		return message;
	}

	/**
	 * An application whose correction notice the applicant has yet to answer (R4.2).
	 *
	 * @throws RefusedException (409) when no correction is asked of it
	 */
	@Transactional(readOnly = true)
	public Application toCorrect(Actor applicant, String number) {
		Application application = byNumber(applicant, number);
		if (application.correction().isEmpty()) {
			throw new RefusedException(409, "application.correction.none", Map.of(), application.number());
		}
		return application;
	}

	/**
	 * Saves corrected answers (R4.2): only the fields the notice lists may change, never the answers the platform
	 * verified (R1.6), and the values given are checked
	 * with the form's rules, a listed required field left empty included, as are the rules between fields that the
	 * change would break; nothing is saved when one is wrong.
	 *
	 * @throws ApplicationIncompleteException naming the fields not listed, verified or not valid
	 */
	public Application correct(Actor applicant, String number, Map<String, List<String>> corrections) {
		Application application = toCorrect(applicant, number);
		FormDefinition form = guideOf(application).version().form();
		Map<String, List<String>> changes = withoutVerified(application, form, corrections);
		FormAnswers answers = application.answers().with(changes);
		List<FormProblem> problems = new ArrayList<>();
		changes.keySet()
			.stream()
			.filter(field -> !application.isToCorrect(CorrectionItem.Kind.FIELD, field))
			.forEach(field -> problems.add(new FormProblem(field, "application.correction.notListed",
					List.of(form.field(field).<Object>map(FormDefinition.Field::label).orElse(field)))));
		// The changed fields must be right, and must not make another answer wrong that the applicant cannot change.
		Set<FormProblem> before = Set.copyOf(form.check(application.answers()).problems());
		form.check(answers)
			.problems()
			.stream()
			.filter(problem -> problem.field() != null && changes.containsKey(problem.field())
					&& application.isToCorrect(CorrectionItem.Kind.FIELD, problem.field())
					|| !before.contains(problem) && !changes.containsKey(problem.field()))
			.forEach(problems::add);
		if (!problems.isEmpty()) {
			throw new ApplicationIncompleteException(new FormCheck(problems, List.of()));
		}
		Map<String, AnswerSource> sources = new HashMap<>(application.sources());
		sources.keySet().removeAll(changes.keySet());
		Application saved = changed(application, application.status(), answers, sources, application.receipt(),
				application.withdrawnAt());
		writeChange(saved);
		return get(applicant, application.id());
	}

	/** The items of the application's open correction notice still as they were when it was given (R4.2). */
	@Transactional(readOnly = true)
	public List<CorrectionItem> unchangedSinceNotice(Application toCorrect) {
		return baseline.unchanged(toCorrect);
	}

	/**
	 * Resubmits a corrected application (R4.2): checked whole as at submission, it goes back to the step and status
	 * it was in when the correction was asked, and the approval side hears of it, with the items left unchanged.
	 *
	 * @param unchangedConfirmed the applicant confirmed that the items still as they were need no change
	 * @throws ApplicationIncompleteException when it is still not complete and valid
	 * @throws CorrectionUnchangedException when items are unchanged and the applicant has not confirmed it
	 */
	public Application resubmit(Actor applicant, String number, boolean unchangedConfirmed) {
		Application application = toCorrect(applicant, number);
		FormCheck check = check(application, guideOf(application).version());
		if (!check.passed()) {
			throw new ApplicationIncompleteException(check);
		}
		List<CorrectionItem> unchanged = baseline.unchanged(application);
		if (!unchanged.isEmpty() && !unchangedConfirmed) {
			MatterVersion version = guideOf(application).version();
			throw new CorrectionUnchangedException(unchanged,
					unchanged.stream().map(item -> item.nameIn(version)).toList());
		}
		CorrectionRequest request = application.correction().orElseThrow();
		store.markUnchanged(request.id(), unchanged);
		ApplicationStatus back = store.returnStatusOfCorrection(application.id()).orElseThrow();
		Instant now = clock.instant();
		writeChange(changed(application, back, application.answers(), application.sources(),
				application.receipt(), application.withdrawnAt()));
		store.closeCorrection(application.id(), now);
		store.finishOpenSteps(application.id(), now);
		// The step that asked resumes; the department gives its new due day when its clock runs again.
		store.addStep(application.id(), new TimelineStep(request.step(), request.departmentCode(), now, null, null));
		events.publishEvent(new ApplicationCorrected(application.id(), number, request.id(), now, unchanged));
		return get(applicant, application.id());
	}

	/** A document of the applicant's application, for them only. */
	@Transactional(readOnly = true)
	public CaseDocument document(Actor applicant, String number, UUID attachmentId) {
		return byNumber(applicant, number).documents()
			.stream()
			.filter(document -> document.attachmentId().equals(attachmentId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("application.document.notFound"));
	}

	/**
	 * The status of an application for anybody who knows its number and query code (R7.2). A wrong number and a
	 * wrong code get the same answer, so that the query tells nothing about which numbers exist.
	 */
	@Transactional(readOnly = true)
	public PublicStatus query(String number, String queryCode) {
		String normalizedNumber = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
		String normalizedCode = queryCode == null ? "" : queryCode.strip().toUpperCase(java.util.Locale.ROOT);
		Optional<Application> found = ApplicationNumbers.NUMBER.matcher(normalizedNumber).matches()
				? store.findByNumber(normalizedNumber) : Optional.empty();
		Application application = found
			.filter(candidate -> MessageDigest.isEqual(candidate.receipt().orElseThrow().queryCode().getBytes(),
					normalizedCode.getBytes()))
			.orElseThrow(() -> new NotFoundException("application.query.notFound"));
		Receipt receipt = application.receipt().orElseThrow();
		Optional<TimelineStep> current = application.currentStep();
		return new PublicStatus(application.id(), receipt.number(), application.matterName(),
				application.departmentCode(), application.status(),
				LocalDate.ofInstant(receipt.receivedAt(), clock.getZone()), current.map(TimelineStep::step).orElse(null),
				current.map(TimelineStep::dueOn).orElse(null));
	}

	/**
	 * A date of the working-day calendar, or null while the arrangement of its year is not published: an
	 * application is received at any hour of any day (R3.4) and its dates are set once the calendar is known.
	 */
	private static LocalDate workingDay(Supplier<LocalDate> date) {
		try {
			return date.get();
		}
		catch (CalendarNotLoadedException ex) {
			log.warn("Receipt without a working-day date: {}", ex.getMessage());
			return null;
		}
	}

	private FormCheck check(Application application, MatterVersion version) {
		FormCheck form = version.form().check(application.answers());
		Set<String> conditional = Set.copyOf(version.form().requiredMaterials(application.answers()));
		List<FormProblem> problems = new ArrayList<>(form.problems());
		version.materials()
			.stream()
			.filter(Material::isUploaded)
			.filter(material -> material.required() || conditional.contains(material.code()))
			.filter(material -> application.materials(material.code()).isEmpty())
			.forEach(material -> problems.add(new FormProblem("material." + material.code(),
					"application.material.missing", List.of(material.name()))));
		return new FormCheck(problems, form.stops());
	}

	/**
	 * The changes less those to answers the platform verified (R1.6), which change nothing when they give the same
	 * value, so that a client may send back what it was given.
	 *
	 * @throws ApplicationIncompleteException naming each verified answer the changes would alter
	 */
	private static Map<String, List<String>> withoutVerified(Application application, FormDefinition form,
			Map<String, List<String>> changes) {
		Map<String, List<String>> own = new LinkedHashMap<>(changes);
		List<FormProblem> refused = new ArrayList<>();
		form.fields().filter(field -> changes.containsKey(field.key()) && application.isVerified(field)).forEach(field -> {
			Map<String, List<String>> change = new HashMap<>();
			change.put(field.key(), changes.get(field.key()));
			if (!application.answers().with(change).values(field.key()).equals(application.answers().values(field.key()))) {
				refused.add(new FormProblem(field.key(),
						"application.identity.fixed." + application.sources().get(field.key()).kind(), field.label()));
			}
			own.remove(field.key());
		});
		if (!refused.isEmpty()) {
			throw new ApplicationIncompleteException(new FormCheck(refused, List.of()));
		}
		return own;
	}

	private Material uploadable(Application draft, String materialCode) {
		Material material = guideOf(draft).version()
			.materials()
			.stream()
			.filter(candidate -> candidate.code().equals(materialCode))
			.findFirst()
			.orElseThrow(() -> new InvalidParameterException("material", "application.material.unknown",
					String.valueOf(materialCode)));
		if (!material.isUploaded()) {
			throw new InvalidParameterException("material", "application.material.notUploaded." + material.source(),
					material.name());
		}
		if (draft.materials(materialCode).size() >= MAX_FILES_PER_MATERIAL) {
			throw new InvalidParameterException("file", "application.material.tooManyFiles", MAX_FILES_PER_MATERIAL);
		}
		return material;
	}

	/**
	 * An application whose files of a material may change: a draft, or an application whose correction notice lists
	 * the material.
	 */
	private Application changeable(Actor applicant, UUID id, String materialCode) {
		Application application = get(applicant, id);
		if (application.isDraft()) {
			return draft(applicant, id);
		}
		if (application.correction().isEmpty()) {
			throw new RefusedException(409, NOT_DRAFT, Map.of(), application.number());
		}
		if (!application.isToCorrect(CorrectionItem.Kind.MATERIAL, materialCode)) {
			throw new RefusedException(409, "application.correction.materialNotListed", Map.of(),
					application.number());
		}
		return application;
	}

	/**
	 * A draft to work on, under the version in force today (R16.5): a draft started under a version that has since
	 * been replaced moves to the new one, keeping the answers its form still asks for.
	 */
	private Application draft(Actor applicant, UUID id) {
		Application application = get(applicant, id);
		if (!application.isDraft()) {
			throw new RefusedException(409, NOT_DRAFT, Map.of(), application.number());
		}
		MatterVersion inForce = catalog.versionInForce(application.matterCode(), today())
			.orElseThrow(() -> new RefusedException(409, "application.submit.matterWithdrawn", Map.of(),
					application.matterName()));
		if (inForce.version() == application.matterVersion()) {
			return application;
		}
		Map<String, List<String>> kept = new HashMap<>();
		application.answers()
			.values()
			.forEach((key, values) -> inForce.form().field(key).ifPresent(field -> kept.put(key, values)));
		Map<String, AnswerSource> sources = new HashMap<>(application.sources());
		sources.keySet().retainAll(kept.keySet());
		var moved = new Application(application.id(), application.applicantId(), application.applicantKind(),
				application.matterCode(), inForce.version(), application.startedVersion(), inForce.name(),
				application.departmentCode(), application.status(), new FormAnswers(kept), sources,
				application.receipt(), null, application.createdAt(), clock.instant(), application.revision() + 1,
				application.materials(), application.timeline(), application.messages(), application.documents(),
				application.correction());
		store.update(moved);
		return moved;
	}

	private Application owned(Actor applicant, Optional<Application> found) {
		requireApplicant(applicant);
		return found.filter(application -> application.applicantId().equals(applicant.id()))
			.orElseThrow(() -> new NotFoundException("application.notFound"));
	}

	/**
	 * Writes a change of a submitted application; a change of the department at the same moment wins, and the
	 * applicant is told to look again.
	 */
	private void writeChange(Application application) {
		try {
			store.update(application);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new RefusedException(409, "application.changedMeanwhile", Map.of(), application.number());
		}
	}

	private void touch(Application draft) {
		store.update(changed(draft, draft.status(), draft.answers(), draft.sources(), draft.receipt(),
				draft.withdrawnAt()));
	}

	private Application changed(Application application, ApplicationStatus status, FormAnswers answers,
			Map<String, AnswerSource> sources, Optional<Receipt> receipt, Instant withdrawnAt) {
		return new Application(application.id(), application.applicantId(), application.applicantKind(),
				application.matterCode(), application.matterVersion(), application.startedVersion(),
				application.matterName(),
				application.departmentCode(), status, answers, sources, receipt, withdrawnAt, application.createdAt(),
				clock.instant(), application.revision() + 1, application.materials(), application.timeline(),
				application.messages(), application.documents(), application.correction());
	}

	private static void requireApplicant(Actor actor) {
		if (actor == null || actor.isStaff()) {
			throw new RefusedException(403, "application.applicantsOnly", Map.of());
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
