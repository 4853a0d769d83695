package org.tongban.application.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tongban.application.AnswerSource;
import org.tongban.application.Application;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.SharedEvidence;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.ApplicationSummary;
import org.tongban.application.AttachedMaterial;
import org.tongban.application.CaseDocument;
import org.tongban.application.CaseMessage;
import org.tongban.application.Channel;
import org.tongban.application.CorrectionRequest;
import org.tongban.application.DeliveryChoice;
import org.tongban.application.DeliveryChoices;
import org.tongban.application.DeliveryMethod;
import org.tongban.application.DeliveryProgress;
import org.tongban.application.IssuedLicence;
import org.tongban.application.MyApplications;
import org.tongban.application.PublicStatus;
import org.tongban.application.Receipt;
import org.tongban.application.RuleExplanation;
import org.tongban.application.RuleOutcome;
import org.tongban.application.TimelineStep;
import org.tongban.catalog.DecisionRule;
import org.tongban.catalog.Department;
import org.tongban.catalog.FormCheck;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.FormMessages;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterVersion;
import org.tongban.supervision.CaseClock;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.PauseReason;

/**
 * What the API answers about applications (R3, R7), in the reader's language: codes for
 * programs, with the labels and names a person reads beside them.
 */
@Component
class ApplicationJson {

	private final MyApplications myApplications;

	private final ApplicationMaterials materials;

	private final MatterCatalog catalog;

	private final MessageSource messages;

	private final CaseClocks clocks;

	private final FormMessages formMessages;

	private final DeliveryChoices deliveryChoices;

	ApplicationJson(MyApplications myApplications, ApplicationMaterials materials, MatterCatalog catalog,
			MessageSource messages, CaseClocks clocks, FormMessages formMessages, DeliveryChoices deliveryChoices) {
		this.deliveryChoices = deliveryChoices;
		this.formMessages = formMessages;
		this.clocks = clocks;
		this.myApplications = myApplications;
		this.materials = materials;
		this.catalog = catalog;
		this.messages = messages;
	}

	/**
	 * A draft or an application.
	 *
	 * @param materialsToUpload what the draft needs for the answers given so far; empty
	 * once submitted
	 * @param receipt null for a draft
	 * @param channel {@code ONLINE}, or {@code WINDOW} when a clerk of the integrated
	 * window registered it for the applicant (R4.5), who continues it online
	 * @param licence the electronic licence a grant yielded (R6.3), which anyone verifies
	 * at its {@code verificationPath}; null where none was issued
	 */
	record Detail(UUID id, String number, String matterCode, int matterVersion, String matterName,
			String departmentCode, String departmentName, ApplicationStatus status, String statusLabel, Channel channel,
			Map<String, List<String>> answers, Map<String, Source> sources, List<Material> materials,
			List<MaterialToUpload> materialsToUpload, List<SharedMaterial> sharedMaterials, Receipt receipt,
			List<Step> timeline, List<CaseMessage> messages, List<Document> documents, Correction correction,
			LegalClock clock, AutomaticCheck automaticCheck, Delivery delivery, IssuedLicence licence,
			Instant createdAt, Instant updatedAt, Instant withdrawnAt) {
	}

	/**
	 * A material the government holds for a draft (免提交, R15.10), as the applicant
	 * previews it before it is used (R16.1); only on the draft read by its owner.
	 *
	 * @param kind {@code LICENCE}, {@code POPULATION}, {@code LEGAL_PERSON}, or
	 * {@code NONE} where the government holds nothing for it
	 * @param says what the evidence says, personal numbers masked
	 * @param usable whether it may be used: found and in force
	 * @param choice {@code USE_SHARED}, {@code UPLOAD_OWN}, or null while not chosen
	 */
	record SharedMaterial(String code, String name, SharedEvidence.Kind kind, String source, List<Said> says,
			String status, boolean usable, String licenceId, String choice) {
	}

	/** One thing shared evidence says. */
	record Said(String label, String value) {
	}

	/**
	 * How the result reaches the applicant (R6.4), and once decided where its delivery
	 * stands.
	 *
	 * @param address the postal address, for {@code POST} only
	 * @param progress null before the decision
	 */
	record Delivery(DeliveryMethod method, String methodLabel, String address, String postcode,
			DeliveryProgress progress) {

		static Delivery of(DeliveryChoice choice, Optional<DeliveryProgress> progress, String methodLabel) {
			return new Delivery(choice.method(), methodLabel, choice.address(), choice.postcode(),
					progress.orElse(null));
		}

	}

	/**
	 * The explanation of the automatic approval check (秒批, R5.6, R16.2), null where the
	 * matter has none or the case has not opened yet.
	 *
	 * @param granted whether every rule held and the platform granted; if not, a person
	 * decides
	 */
	record AutomaticCheck(Instant checkedAt, boolean granted, List<CheckedRule> rules) {

		static AutomaticCheck of(RuleExplanation explanation, Function<String, String> messages, Locale locale) {
			return new AutomaticCheck(explanation.checkedAt(), explanation.allHold(),
					explanation.outcomes()
						.stream()
						.map(outcome -> new CheckedRule(outcome.code(), outcome.description().in(locale),
								outcome.source(), messages.apply("apply.rules.source." + outcome.source()),
								outcome.element(), outcome.comparison(), outcome.values(), outcome.verdict(),
								outcome.shownValue(), outcome.answeredAt(),
								outcome.verdict() == RuleOutcome.Verdict.HOLDS ? null : outcome.failure().in(locale)))
						.toList());
		}

	}

	/**
	 * How one rule came out.
	 *
	 * @param description what it checked
	 * @param sourceName the source that answered, in words
	 * @param value the value read, a personal one masked; null when there was none
	 * @param answeredAt when the source answered; null when it did not
	 * @param failure why a person decides, for a rule that did not hold
	 */
	record CheckedRule(String code, String description, DecisionRule.Source source, String sourceName, String element,
			DecisionRule.Comparison comparison, List<String> values, RuleOutcome.Verdict outcome, String value,
			Instant answeredAt, String failure) {
	}

	/**
	 * The legal clock of a submitted application (R8.2, R15.3), null before its case
	 * opened or once it ended (withdrawn, refused or decided).
	 *
	 * @param limitsCountFrom the first working day the limits count, null while the
	 * calendar of its days is not published
	 * @param countedFrom what that day follows: {@code RECEIPT} until the department
	 * accepts the application, then {@code ACCEPTANCE} (art. 42; acceptance deemed by law
	 * is on the day of receipt)
	 * @param dueOn the last day under the committed limit, null while the calendar of its
	 * days is not published
	 * @param remainingDays working days left, counting today; negative when overdue
	 * @param pausedFor why the clock stands still ({@code CORRECTION},
	 * {@code SPECIAL_PERIOD}), or null
	 * @param extendedBy the working days of the extension, or 0
	 */
	record LegalClock(LocalDate limitsCountFrom, CaseClock.CountedFrom countedFrom, LocalDate dueOn,
			Integer remainingDays, PauseReason pausedFor, int extendedBy, String extensionReason) {

		static LegalClock of(ApplicantClock reading) {
			CaseClock clock = reading.clock();
			return new LegalClock(clock.startsOn(), clock.countedFrom(), clock.dueOn(), clock.remainingDays(),
					reading.pausedFor(), clock.isExtended() ? clock.extension().days() : 0,
					clock.isExtended() ? clock.extension().reason() : null);
		}

	}

	/** A notice or the decision the applicant is given, to download. */
	record Document(UUID attachmentId, String kind, String name, String fileName, Instant issuedAt) {
	}

	/**
	 * The correction notice to answer (R4.2): every item at once.
	 *
	 * @param step the step that asked and to which the case returns
	 */
	record Correction(UUID id, String step, String stepName, String departmentCode, String departmentName, String note,
			Instant requestedAt, List<CorrectionItem> items) {
	}

	/**
	 * @param name the field's label or the material's name
	 */
	record CorrectionItem(org.tongban.application.CorrectionItem.Kind kind, String code, String name, String problem) {
	}

	/** One line of the caller's list of drafts and applications. */
	record Summary(UUID id, String number, String matterCode, String matterName, ApplicationStatus status,
			String statusLabel, Instant updatedAt, Instant receivedAt) {
	}

	/**
	 * Where a pre-filled answer came from (R3.2).
	 *
	 * @param verified the answer is the applicant's identity as the platform verified it:
	 * it is taken from its source at submission, and a change to it is refused (R1.6)
	 */
	record Source(AnswerSource.Kind kind, String reference, String label, boolean verified) {
	}

	/**
	 * A file given for a material; the file name is display text only (R12.2).
	 *
	 * @param scannedAtWindow whether the integrated window scanned it from the paper the
	 * applicant brought, which is not asked for again (R13.4)
	 */
	record Material(UUID attachmentId, String materialCode, String materialName, String displayName, String type,
			long size, String reusedFrom, Instant addedAt, boolean scannedAtWindow, String licenceId) {

		static Material of(AttachedMaterial material, Locale locale) {
			return new Material(material.attachmentId(), material.materialCode(), material.materialName().in(locale),
					material.displayName(), material.type(), material.size(), material.reusedFrom(), material.addedAt(),
					material.scannedAtWindow(), material.licenceId());
		}

	}

	/** A material the draft needs, and how many files were given for it. */
	record MaterialToUpload(String code, String name, boolean required, String requiredWhen, int files) {
	}

	/** A step of the timeline (R7.1); the department is null where the applicant acts. */
	record Step(String step, String name, String departmentCode, String departmentName, Instant startedAt,
			LocalDate dueOn, Instant finishedAt) {
	}

	/**
	 * What anybody with the number and query code sees (R7.2): nothing personal.
	 *
	 * @param pausedFor why the clock stands still ({@code CORRECTION},
	 * {@code SPECIAL_PERIOD}), when it does: the step's {@code dueOn} moves by the days
	 * it stands still
	 */
	record Status(String number, String matterName, String departmentCode, String departmentName,
			ApplicationStatus status, String statusLabel, LocalDate receivedOn, String currentStep,
			String currentStepName, LocalDate dueOn, PauseReason pausedFor) {
	}

	/**
	 * What stands between a draft and its submission (R3.1, R16.6), and what it will
	 * cost.
	 *
	 * @param passed whether it may be submitted as it stands
	 * @param errors each field (or {@code material.<code>}) to its message
	 * @param formErrors the problems of the whole form
	 * @param stops why it cannot be accepted at all, each eligibility rule that fails
	 * with its source named
	 */
	record Check(boolean passed, Map<String, String> errors, List<String> formErrors, List<String> stops,
			FeeSummary fees) {
	}

	Check check(Application draft, FormCheck check, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		check.problems()
			.stream()
			.filter(problem -> problem.field() != null)
			.forEach(problem -> errors.putIfAbsent(problem.field(), formMessages.message(problem, locale)));
		return new Check(check.passed(), errors,
				check.problems()
					.stream()
					.filter(problem -> problem.field() == null)
					.map(problem -> formMessages.message(problem, locale))
					.toList(),
				check.stops().stream().map(stop -> formMessages.message(stop, locale)).toList(),
				FeeSummary.of(myApplications.guideOf(draft).version(), locale));
	}

	Detail detail(Application application, Locale locale) {
		return detail(application, locale, null);
	}

	/** A draft with the previews of its shared materials, for its owner. */
	Detail detail(Application application, Locale locale, List<SharedEvidence.Preview> shared) {
		Map<String, String> departments = departmentNames(locale);
		Map<String, Source> sources = new LinkedHashMap<>();
		FormDefinition form = myApplications.guideOf(application).version().form();
		application.sources()
			.forEach((field, source) -> sources.put(field,
					new Source(source.kind(), source.reference(),
							message("application.source." + source.kind(), locale, source.reference()),
							form.field(field).filter(application::isVerified).isPresent())));
		List<MaterialToUpload> toUpload = application.isDraft() ? materials.toUpload(application)
			.stream()
			.map(material -> toUpload(application, material, locale))
			.toList() : List.of();
		return new Detail(application.id(), application.number(), application.matterCode(), application.matterVersion(),
				application.matterName().in(locale), application.departmentCode(),
				departments.get(application.departmentCode()), application.status(),
				statusLabel(application.status(), locale), application.channel(), application.answers().values(),
				sources, application.materials().stream().map(material -> Material.of(material, locale)).toList(),
				toUpload, shared == null ? null : shared.stream().map(preview -> shared(preview, locale)).toList(),
				application.receipt().orElse(null),
				application.timeline().stream().map(step -> step(step, departments, locale)).toList(),
				application.messages(),
				application.documents().stream().map(document -> document(document, locale)).toList(),
				application.correction().map(request -> correction(application, request, locale)).orElse(null),
				application.isDraft() ? null
						: ApplicantClock.of(application.status(), clocks.of(application.id()))
							.map(LegalClock::of)
							.orElse(null),
				application.isDraft() ? null
						: myApplications.automaticCheck(application)
							.map(check -> AutomaticCheck.of(check, key -> message(key, locale), locale))
							.orElse(null),
				delivery(application, locale),
				application.isDraft() ? null : myApplications.licence(application).orElse(null),
				application.createdAt(), application.updatedAt(), application.withdrawnAt());
	}

	/** How the result of a draft or application reaches its applicant (R6.4). */
	Delivery delivery(Application application, Locale locale) {
		DeliveryChoice choice = deliveryChoices.of(application);
		return Delivery.of(choice, deliveryChoices.progress(application),
				message("application.delivery.method." + choice.method(), locale));
	}

	/** The open correction notice of an application. */
	Correction correction(Application application, CorrectionRequest request, Locale locale) {
		MatterVersion version = myApplications.guideOf(application).version();
		return new Correction(request.id(), request.step(), stepName(request.step(), locale), request.departmentCode(),
				departmentNames(locale).get(request.departmentCode()), request.note(), request.requestedAt(),
				CorrectionLine.of(request, version)
					.stream()
					.map(line -> new CorrectionItem(line.kind(), line.code(), line.name().in(locale), line.problem()))
					.toList());
	}

	private Document document(CaseDocument document, Locale locale) {
		return new Document(document.attachmentId(), document.kind(),
				message("application.document." + document.kind(), locale), document.fileName(), document.issuedAt());
	}

	Summary summary(ApplicationSummary summary, Locale locale) {
		return new Summary(summary.id(), summary.number(), summary.matterCode(), summary.matterName().in(locale),
				summary.status(), statusLabel(summary.status(), locale), summary.updatedAt(), summary.receivedAt());
	}

	Status status(PublicStatus status, Locale locale) {
		return new Status(status.number(), status.matterName().in(locale), status.departmentCode(),
				departmentNames(locale).get(status.departmentCode()), status.status(),
				statusLabel(status.status(), locale), status.receivedOn(), status.currentStep(),
				status.currentStep() == null ? null : stepName(status.currentStep(), locale), status.dueOn(),
				ApplicantClock.of(status.status(), clocks.of(status.applicationId()))
					.map(ApplicantClock::pausedFor)
					.orElse(null));
	}

	private MaterialToUpload toUpload(Application application, MatterVersion.Material material, Locale locale) {
		return new MaterialToUpload(material.code(), material.name().in(locale), material.required(),
				material.requiredWhen() == null ? null : material.requiredWhen().in(locale),
				application.materials(material.code()).size());
	}

	private Step step(TimelineStep step, Map<String, String> departments, Locale locale) {
		return new Step(step.step(), stepName(step.step(), locale), step.departmentCode(),
				step.departmentCode() == null ? null : departments.get(step.departmentCode()), step.startedAt(),
				step.dueOn(), step.finishedAt());
	}

	private String statusLabel(ApplicationStatus status, Locale locale) {
		return message("application.status." + status, locale);
	}

	private String stepName(String step, Locale locale) {
		return messages.getMessage("application.step." + step, null, step, locale);
	}

	private Map<String, String> departmentNames(Locale locale) {
		return catalog.departments()
			.stream()
			.collect(Collectors.toMap(Department::code, department -> department.name().in(locale)));
	}

	private SharedMaterial shared(SharedEvidence.Preview preview, Locale locale) {
		return new SharedMaterial(preview.material().code(), preview.material().name().in(locale), preview.kind(),
				message("application.shared.source." + preview.kind(), locale),
				preview.lines().stream().map(line -> new Said(message(line.label(), locale), line.value())).toList(),
				preview.status(), preview.usable(), preview.licenceId(),
				preview.confirmed() ? "USE_SHARED" : preview.own() ? "UPLOAD_OWN" : null);
	}

	private String message(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}

}
