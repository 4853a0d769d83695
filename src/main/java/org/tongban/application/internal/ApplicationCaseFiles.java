package org.tongban.application.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.Application;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.CaseDocument;
import org.tongban.application.CaseFiles;
import org.tongban.application.CaseMessage;
import org.tongban.application.CaseStep;
import org.tongban.application.CorrectionItem;
import org.tongban.application.CorrectionRequest;
import org.tongban.application.RuleExplanation;
import org.tongban.application.SignedCommitment;
import org.tongban.application.Gap;
import org.tongban.application.TimelineStep;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterVersion;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.identifiers.MobileNumber;

/**
 * The case files as the approval side writes them (R4.1, R4.2, R4.4, R7.1). Each change
 * reads the application, checks that its status allows the change, and writes it guarded
 * by the revision read, so that a change of the applicant (a withdrawal, a resubmission)
 * and one of the department at the same moment cannot both win.
 */
@Service
@Transactional
class ApplicationCaseFiles implements CaseFiles {

	static final Set<String> DOCUMENT_KINDS = Set.of("ACCEPTANCE_NOTICE", "REFUSAL_NOTICE", "CORRECTION_NOTICE",
			"SPECIAL_PERIOD_NOTICE", "EXTENSION_NOTICE", "GRANT_DECISION", "DENIAL_DECISION", "REVOCATION_DECISION",
			"LICENCE");

	private final ApplicationStore store;

	private final MatterCatalog catalog;

	private final CorrectionBaseline baseline;

	private final RuleCheckStore ruleChecks;

	private final GapStore gaps;

	ApplicationCaseFiles(ApplicationStore store, MatterCatalog catalog, CorrectionBaseline baseline,
			RuleCheckStore ruleChecks, GapStore gaps) {
		this.ruleChecks = ruleChecks;
		this.gaps = gaps;
		this.store = store;
		this.catalog = catalog;
		this.baseline = baseline;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Application> byNumber(String number) {
		return number == null ? Optional.empty()
				: store.findByNumber(number).filter(application -> !application.isDraft());
	}

	@Override
	@Transactional(readOnly = true)
	public Application get(UUID applicationId) {
		return store.find(applicationId)
			.filter(application -> !application.isDraft())
			.orElseThrow(() -> new NotFoundException("application.notFound"));
	}

	/**
	 * Entering the step already under way only gives it the new due day, so that the
	 * timeline shows it once.
	 */
	@Override
	public void enterStep(UUID applicationId, CaseStep step, String departmentCode, LocalDate dueOn, Instant at) {
		Application application = ongoing(applicationId);
		Optional<TimelineStep> current = application.currentStep();
		if (current.isPresent() && current.get().step().equals(step.name())
				&& Objects.equals(current.get().departmentCode(), departmentCode)) {
			store.setOpenStepDue(applicationId, step.name(), dueOn);
			return;
		}
		store.finishOpenSteps(applicationId, at);
		store.addStep(applicationId, new TimelineStep(step.name(), departmentCode, at, dueOn, null));
	}

	@Override
	public void accepted(UUID applicationId, Instant at) {
		Application application = ongoing(applicationId);
		if (application.status() != ApplicationStatus.SUBMITTED) {
			throw refused("application.case.accept.notPossible", application);
		}
		move(application, ApplicationStatus.ACCEPTED, at);
	}

	/** The outcome stands last in the timeline, as a withdrawal does. */
	@Override
	public void finish(UUID applicationId, ApplicationStatus outcome, Instant at) {
		Application application = ongoing(applicationId);
		boolean allowed = switch (outcome) {
			case REFUSED -> application.status() == ApplicationStatus.SUBMITTED
					|| application.status() == ApplicationStatus.CORRECTION_REQUESTED;
			case GRANTED, DENIED -> application.status() == ApplicationStatus.ACCEPTED;
			default -> throw new IllegalArgumentException(outcome + " is not an outcome of a case");
		};
		if (!allowed) {
			throw refused("application.case.finish.notPossible." + outcome, application);
		}
		move(application, outcome, at);
		store.closeCorrection(applicationId, at);
		store.finishOpenSteps(applicationId, at);
		store.addStep(applicationId, new TimelineStep(outcome.name(), application.departmentCode(), at, null, at));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SignedCommitment> commitment(UUID applicationId) {
		return store.commitment(get(applicationId).id());
	}

	@Override
	public void revoke(UUID applicationId, Instant at) {
		Application application = get(applicationId);
		if (application.status() != ApplicationStatus.GRANTED) {
			throw refused("application.case.revoke.notPossible", application);
		}
		move(application, ApplicationStatus.REVOKED, at);
		store.addStep(applicationId,
				new TimelineStep(ApplicationStatus.REVOKED.name(), application.departmentCode(), at, null, at));
	}

	/**
	 * The step that asked ends and the applicant's own step, the correction, starts; the
	 * department waits.
	 */
	@Override
	public void requestCorrection(UUID applicationId, CorrectionRequest request) {
		Application application = ongoing(applicationId);
		if (application.status() != ApplicationStatus.SUBMITTED && application.status() != ApplicationStatus.ACCEPTED) {
			throw refused("application.case.correction.notPossible", application);
		}
		MatterVersion version = catalog.guide(application.matterCode(), application.matterVersion()).version();
		request.items().forEach(item -> requireKnown(version, item));
		move(application, ApplicationStatus.CORRECTION_REQUESTED, request.requestedAt());
		store.addCorrection(applicationId, request, application.status(), baseline.given(application, request));
		store.finishOpenSteps(applicationId, request.requestedAt());
		store.addStep(applicationId, new TimelineStep("CORRECTION", null, request.requestedAt(), null, null));
	}

	@Override
	@Transactional(readOnly = true)
	public List<CorrectionItem> unchangedAfterCorrection(UUID applicationId) {
		return store.unchangedInLastAnsweredCorrection(applicationId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<MobileNumber> verifiedContactPhone(UUID applicationId) {
		Application application = get(applicationId);
		Optional<String> given = application
			.contactPhone(catalog.guide(application.matterCode(), application.matterVersion()).version().form());
		return store.verifiedContactPhone(applicationId)
			.filter(phone -> given.filter(phone::equals).isPresent())
			.map(MobileNumber::parse);
	}

	@Override
	public void writeAsDepartment(UUID applicationId, String departmentCode, String body, Instant at) {
		Application application = get(applicationId);
		// Withdrawn, the application has nobody on the other side any more (R3.5).
		if (application.status() == ApplicationStatus.WITHDRAWN) {
			throw refused("application.messages.closed", application);
		}
		store.addMessage(application.id(), new CaseMessage("DEPARTMENT", departmentCode, CaseMessage.body(body), at));
	}

	@Override
	public void addDocument(UUID applicationId, CaseDocument document) {
		Application application = get(applicationId);
		if (!DOCUMENT_KINDS.contains(document.kind())) {
			throw new InvalidParameterException("kind", "application.document.unknownKind", document.kind());
		}
		store.addDocument(application.id(), document);
	}

	/**
	 * A change of the applicant's at the same moment wins; the department is told to look
	 * again.
	 */
	private void move(Application application, ApplicationStatus status, Instant at) {
		try {
			store.changeStatus(application, status, at);
		}
		catch (OptimisticLockingFailureException ex) {
			throw refused("application.changedMeanwhile", application);
		}
	}

	/** A case still under way: nothing changes after a withdrawal or a final status. */
	private Application ongoing(UUID applicationId) {
		Application application = get(applicationId);
		if (application.status().isFinal()) {
			throw refused("application.case.ended", application);
		}
		return application;
	}

	/**
	 * A correction notice names only fields of the form and materials the applicant
	 * uploads.
	 */
	private static void requireKnown(MatterVersion version, CorrectionItem item) {
		boolean known = switch (item.kind()) {
			case FIELD -> version.form().field(item.code()).isPresent();
			case MATERIAL -> version.materials()
				.stream()
				.anyMatch(material -> material.code().equals(item.code()) && material.isUploaded());
		};
		if (!known) {
			throw new InvalidParameterException("items", "application.correction.unknownItem." + item.kind(),
					item.code());
		}
	}

	private static RefusedException refused(String code, Application application) {
		return new RefusedException(Refusal.CONFLICT, code, application.number());
	}

	@Override
	public void recordAutomaticCheck(UUID applicationId, RuleExplanation explanation) {
		get(applicationId);
		ruleChecks.insert(applicationId, explanation);
	}

	@Override
	public void acceptWithGaps(UUID applicationId, List<String> materialCodes, LocalDate supplyBy, Instant at) {
		gaps.add(ongoing(applicationId).id(), materialCodes, supplyBy, at);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RuleExplanation> automaticCheck(UUID applicationId) {
		return ruleChecks.find(applicationId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Gap> gaps(UUID applicationId) {
		return gaps.of(get(applicationId));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, Gap.State> gapStates(Collection<UUID> applicationIds) {
		return gaps.statesOf(applicationIds);
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> withOverdueGaps(LocalDate today) {
		return gaps.withOverdue(today);
	}

	@Override
	public List<Gap> markGapsOverdue(UUID applicationId, LocalDate today, Instant at) {
		List<String> marked = gaps.markOverdue(applicationId, today, at);
		return gaps.of(get(applicationId)).stream().filter(gap -> marked.contains(gap.materialCode())).toList();
	}

}
