package org.tongban.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.internal.ApplicationStore;
import org.tongban.application.internal.AutoFill;
import org.tongban.catalog.Audience;
import org.tongban.catalog.FormAnswers;
import org.tongban.catalog.FormCheck;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.FormProblem;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterGuide;
import org.tongban.catalog.MatterVersion;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Actor;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;

/**
 * The applicant's drafts (R3.1, R3.2): start one of a matter, pre-filled with what is
 * known, fill it in, see what stands between it and its submission, or discard it. Every
 * method takes the applicant who acts and answers "not found" for anybody else's draft,
 * so that nobody learns that it exists (R12.5).
 */
@Service
@Transactional
public class Drafts {

	private final OwnApplications own;

	private final ApplicationStore store;

	private final AutoFill autoFill;

	private final MatterCatalog catalog;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final EligibilityChecks eligibility;

	Drafts(OwnApplications own, ApplicationStore store, AutoFill autoFill, MatterCatalog catalog,
			TransactionTemplate transactions, Clock clock, EligibilityChecks eligibility) {
		this.eligibility = eligibility;
		this.own = own;
		this.store = store;
		this.autoFill = autoFill;
		this.catalog = catalog;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Starts a draft under the version of the matter in force today, filled in with what
	 * is known (R3.2).
	 * @throws RefusedException (409) when the matter does not serve the applicant's kind
	 * (R16.6)
	 */
	// Pre-filling reads the base registries, and each read is logged in a transaction of
	// its own (R16.1): done
	// outside the draft's transaction, a request holds one pooled connection at a time,
	// and ten drafts started at
	// once cannot take all ten connections and wait for an eleventh.
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Application start(Actor applicant, String matterCode) {
		return start(applicant, matterCode, null);
	}

	/**
	 * Starts a draft as {@link #start} does, registered by a clerk of the integrated
	 * window on the applicant's behalf (R4.5): the applicant's own application, made at
	 * the window.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Application startAtWindow(Actor clerk, Actor applicant, String matterCode) {
		return start(applicant, matterCode, clerk.id());
	}

	/**
	 * Starts a draft that renews a licence (R15.5, 行政许可法 art. 50) as {@link #start} does,
	 * with the given answers of the licence's application wherever the form in force
	 * still asks for them and the platform does not verify them (R1.6), each from the
	 * given source, and the licence it renews recorded.
	 * @param answers the answers of the application that yielded the licence
	 * @param source where they came from: that application
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Application startRenewal(Actor applicant, String matterCode, Map<String, List<String>> answers,
			AnswerSource source, String renewsLicenceId) {
		return start(applicant, matterCode, null, new Renewing(answers, source, renewsLicenceId));
	}

	/** What a renewal starts from: the answers of the licence's application. */
	private record Renewing(Map<String, List<String>> answers, AnswerSource source, String licenceId) {

		AutoFill.Prefill into(AutoFill.Prefill prefill, FormDefinition form) {
			var filled = new HashMap<>(prefill.answers());
			var sources = new HashMap<>(prefill.sources());
			form.fields()
				.filter(field -> field.identity() == null && !field.isDeclaration())
				.filter(field -> !answers.getOrDefault(field.key(), List.of()).isEmpty())
				.forEach(field -> {
					filled.put(field.key(), answers.get(field.key()));
					sources.put(field.key(), source);
				});
			return new AutoFill.Prefill(filled, sources);
		}

	}

	private Application start(Actor applicant, String matterCode, UUID registeredBy) {
		return start(applicant, matterCode, registeredBy, null);
	}

	private Application start(Actor applicant, String matterCode, UUID registeredBy, Renewing renewing) {
		OwnApplications.requireApplicant(applicant);
		MatterGuide guide = catalog.guide(matterCode);
		Audience audience = applicant.kind() == AccountKind.LEGAL_PERSON ? Audience.ENTERPRISE : Audience.PERSONAL;
		if (!guide.matter().audiences().contains(audience)) {
			throw new RefusedException(Refusal.CONFLICT, "application.start.audience." + audience,
					guide.version().name());
		}
		MatterVersion version = guide.version();
		AutoFill.Prefill known = autoFill.prefill(applicant.id(), matterCode, version.name(), version.form());
		AutoFill.Prefill prefill = renewing == null ? known : renewing.into(known, version.form());
		var draft = Application.started(applicant, guide, prefill.formAnswers(), prefill.sources(), clock.instant(),
				registeredBy);
		transactions.executeWithoutResult(status -> {
			store.insert(draft);
			if (renewing != null) {
				store.markRenewal(draft.id(), renewing.licenceId());
			}
		});
		return draft;
	}

	@Transactional(readOnly = true)
	public Application get(Actor applicant, UUID id) {
		return own.get(applicant, id);
	}

	/**
	 * The applicant's drafts of a matter, the most recently changed first, to continue
	 * one instead of starting anew.
	 */
	@Transactional(readOnly = true)
	public List<Application> of(Actor applicant, String matterCode) {
		OwnApplications.requireApplicant(applicant);
		return store.draftsOf(applicant.id(), matterCode);
	}

	/**
	 * Saves answers of a draft as the applicant goes. Blank answers clear a field; a
	 * value that is not valid for its field is refused with the others, and nothing is
	 * saved. The answers the platform verified cannot change (R1.6).
	 * @throws ApplicationIncompleteException listing the invalid values, unknown fields,
	 * or verified answers changed
	 */
	public Application save(Actor applicant, UUID id, Map<String, List<String>> changes) {
		Application draft = own.draft(applicant, id);
		FormDefinition form = own.guideOf(draft).version().form();
		Map<String, List<String>> given = OwnApplications.withoutVerified(draft, form, changes);
		FormAnswers answers = draft.answers().with(given);
		FormCheck check = form.check(answers);
		// Missing answers are fine in a draft: only what was given must be valid, and
		// every field must exist.
		List<FormProblem> invalid = check.problems()
			.stream()
			.filter(problem -> problem.field() != null && answers.has(problem.field()))
			.toList();
		if (!invalid.isEmpty()) {
			throw new ApplicationIncompleteException(new FormCheck(invalid, List.of()));
		}
		Map<String, AnswerSource> sources = new HashMap<>(draft.sources());
		// A pre-filled value the applicant changed is now their own.
		given.keySet()
			.stream()
			.filter(key -> !answers.values(key).equals(draft.answers().values(key)))
			.forEach(sources::remove);
		Application saved = draft.withAnswers(answers, sources, clock.instant());
		store.update(saved);
		return saved;
	}

	/**
	 * Everything that stands between the draft and its submission: form problems, missing
	 * materials, stops.
	 */
	@Transactional(readOnly = true)
	public FormCheck check(Actor applicant, UUID id) {
		return own.check(own.get(applicant, id));
	}

	/**
	 * Everything that stands between the draft and its submission, as {@link #check}
	 * says, and the stops of the version's eligibility rules (R16.6), which read the
	 * registries: for "check your answers", not for every answer saved.
	 */
	// Outside a transaction, as start is: each registry read is logged in one of its own.
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public FormCheck checkBeforeSubmission(Actor applicant, UUID id) {
		Application draft = own.get(applicant, id);
		FormCheck check = own.check(draft);
		if (!draft.isDraft()) {
			return check;
		}
		List<FormProblem> stops = new ArrayList<>(check.stops());
		stops.addAll(eligibility.stops(draft, own.guideOf(draft).version()));
		return new FormCheck(check.problems(), stops);
	}

	/** Deletes a draft; a submitted application is never deleted. */
	public void discard(Actor applicant, UUID id) {
		store.delete(own.draft(applicant, id).id());
	}

}
