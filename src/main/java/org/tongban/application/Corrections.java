package org.tongban.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.internal.ApplicationStore;
import org.tongban.application.internal.CorrectionBaseline;
import org.tongban.catalog.FormAnswers;
import org.tongban.catalog.FormCheck;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.FormProblem;
import org.tongban.catalog.MatterVersion;
import org.tongban.identity.Actor;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.audit.Audit;

/**
 * The applicant's answer to a correction notice (一次性告知, R4.2): the listed answers
 * corrected, the listed materials given again (through {@link ApplicationMaterials}), and
 * the application resubmitted. Only the applicant's own applications are found (R12.5).
 */
@Service
@Transactional
public class Corrections {

	static final String CORRECT = "application.correct";

	private final OwnApplications own;

	private final ApplicationStore store;

	private final CorrectionBaseline baseline;

	private final ApplicationEventPublisher events;

	private final SharedCorrections sharedCorrections;

	private final Clock clock;

	private final Audit audit;

	Corrections(OwnApplications own, ApplicationStore store, CorrectionBaseline baseline,
			SharedCorrections sharedCorrections, ApplicationEventPublisher events, Clock clock, Audit audit) {
		this.sharedCorrections = sharedCorrections;
		this.audit = audit;
		this.own = own;
		this.store = store;
		this.baseline = baseline;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * An application whose correction notice the applicant has yet to answer (R4.2).
	 * @throws RefusedException (409) when no correction is asked of it
	 */
	@Transactional(readOnly = true)
	public Application toCorrect(Actor applicant, String number) {
		Application application = own.byNumber(applicant, number);
		if (application.correction().isEmpty()) {
			throw new RefusedException(Refusal.CONFLICT, "application.correction.none", application.number());
		}
		return application;
	}

	/**
	 * Saves corrected answers (R4.2): only the fields the notice lists may change, never
	 * the answers the platform verified (R1.6), and the values given are checked with the
	 * form's rules, a listed required field left empty included, as are the rules between
	 * fields that the change would break; nothing is saved when one is wrong.
	 * @throws ApplicationIncompleteException naming the fields not listed, verified or
	 * not valid
	 */
	public Application correct(Actor applicant, String number, Map<String, List<String>> corrections) {
		Application application = toCorrect(applicant, number);
		FormDefinition form = own.guideOf(application).version().form();
		Map<String, List<String>> changes = OwnApplications.withoutVerified(application, form, corrections);
		FormAnswers answers = application.answers().with(changes);
		List<FormProblem> problems = new ArrayList<>();
		changes.keySet()
			.stream()
			.filter(field -> !application.isToCorrect(CorrectionItem.Kind.FIELD, field))
			.forEach(field -> problems.add(new FormProblem(field, "application.correction.notListed",
					List.of(form.field(field).<Object>map(FormDefinition.Field::label).orElse(field)))));
		// The changed fields must be right, and must not make another answer wrong that
		// the applicant cannot change.
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
		own.writeChange(application.withAnswers(answers, sources, clock.instant()));
		return own.get(applicant, application.id());
	}

	/**
	 * Everything that stands between the corrected application and its resubmission, as
	 * at submission.
	 */
	@Transactional(readOnly = true)
	public FormCheck check(Actor applicant, String number) {
		return own.check(toCorrect(applicant, number));
	}

	/**
	 * The items of the application's open correction notice still as they were when it
	 * was given (R4.2).
	 */
	@Transactional(readOnly = true)
	public List<CorrectionItem> unchangedSinceNotice(Application toCorrect) {
		return baseline.unchanged(toCorrect);
	}

	/**
	 * Resubmits a corrected application (R4.2): checked whole as at submission, it goes
	 * back to the step and status it was in when the correction was asked, and the
	 * approval side hears of it, with the items left unchanged. A changed item that other
	 * members of its bundle use is written into them too (R16.4).
	 * @param unchangedConfirmed the applicant confirmed that the items still as they were
	 * need no change
	 * @throws ApplicationIncompleteException when it is still not complete and valid
	 * @throws CorrectionUnchangedException when items are unchanged and the applicant has
	 * not confirmed it
	 */
	public Application resubmit(Actor applicant, String number, boolean unchangedConfirmed) {
		Application application;
		List<CorrectionItem> unchanged;
		try {
			application = toCorrect(applicant, number);
			FormCheck check = own.check(application);
			if (!check.passed()) {
				throw new ApplicationIncompleteException(check);
			}
			unchanged = baseline.unchanged(application);
			if (!unchanged.isEmpty() && !unchangedConfirmed) {
				MatterVersion version = own.guideOf(application).version();
				throw new CorrectionUnchangedException(unchanged,
						unchanged.stream().map(item -> item.nameIn(version)).toList());
			}
		}
		catch (RuntimeException refused) {
			audit.failed(applicant.audited(), CORRECT, Submissions.CASE, number, Audit.reason(refused));
			throw refused;
		}
		CorrectionRequest request = application.correction().orElseThrow();
		store.markUnchanged(request.id(), unchanged);
		ApplicationStatus back = store.returnStatusOfCorrection(application.id()).orElseThrow();
		Instant now = clock.instant();
		own.writeChange(application.resubmitted(back, now));
		store.closeCorrection(application.id(), now);
		store.finishOpenSteps(application.id(), now);
		// The step that asked resumes; the department gives its new due day when its
		// clock runs again.
		store.addStep(application.id(), new TimelineStep(request.step(), request.departmentCode(), now, null, null));
		events.publishEvent(new ApplicationCorrected(application.id(), number, request.id(), now, unchanged));
		sharedCorrections.spread(own.get(applicant, application.id()),
				request.items().stream().filter(item -> !unchanged.contains(item)).toList(), now);
		audit.succeeded(applicant.audited(), CORRECT, Submissions.CASE, number, unchanged.size() + " unchanged");
		return own.get(applicant, application.id());
	}

}
