package org.tongban.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.tongban.application.internal.ApplicationStore;
import org.tongban.application.internal.SharedEvidenceStore;
import org.tongban.catalog.FormCheck;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.FormProblem;
import org.tongban.catalog.MaterialSource;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterGuide;
import org.tongban.catalog.MatterVersion;
import org.tongban.catalog.MatterVersion.Material;
import org.tongban.identity.Actor;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;

/**
 * What the applicant's use cases share: finding an application that is the applicant's
 * own, the draft to work on, the check before submission, and writing a change of a
 * submitted application. Runs in the transaction of the service that calls it.
 */
@Component
class OwnApplications {

	static final String NOT_DRAFT = "application.notDraft";

	private final ApplicationStore store;

	private final MatterCatalog catalog;

	private final Clock clock;

	private final SharedEvidenceStore sharedEvidence;

	OwnApplications(ApplicationStore store, MatterCatalog catalog, Clock clock, SharedEvidenceStore sharedEvidence) {
		this.sharedEvidence = sharedEvidence;
		this.store = store;
		this.catalog = catalog;
		this.clock = clock;
	}

	Application get(Actor applicant, UUID id) {
		return owned(applicant, store.find(id));
	}

	Application byNumber(Actor applicant, String number) {
		return owned(applicant, number == null ? Optional.empty() : store.findByNumber(number));
	}

	/** The matter version an application is made under (R16.5). */
	MatterGuide guideOf(Application application) {
		return catalog.guide(application.matterCode(), application.matterVersion());
	}

	/**
	 * The version of the application's matter in force today, if the matter is still
	 * served.
	 */
	Optional<MatterVersion> versionInForce(Application application) {
		return catalog.versionInForce(application.matterCode(), LocalDate.now(clock));
	}

	/**
	 * A draft to work on, under the version in force today (R16.5): a draft started under
	 * a version that has since been replaced moves to the new one, keeping the answers
	 * its form still asks for.
	 */
	Application draft(Actor applicant, UUID id) {
		Application application = get(applicant, id);
		if (!application.isDraft()) {
			throw new RefusedException(Refusal.CONFLICT, NOT_DRAFT, application.number());
		}
		MatterVersion inForce = versionInForce(application).orElseThrow(() -> new RefusedException(Refusal.CONFLICT,
				"application.submit.matterWithdrawn", application.matterName()));
		if (inForce.version() == application.matterVersion()) {
			return application;
		}
		Application moved = application.movedTo(inForce, clock.instant());
		store.update(moved);
		return moved;
	}

	/**
	 * Everything that stands between the application and its submission: form problems,
	 * missing materials, stops.
	 */
	FormCheck check(Application application) {
		MatterVersion version = guideOf(application).version();
		FormCheck form = version.form().check(application.answers());
		Set<String> conditional = Set.copyOf(version.form().requiredMaterials(application.answers()));
		List<FormProblem> problems = new ArrayList<>(form.problems());
		version.materials()
			.stream()
			.filter(uploadedIn(application))
			.filter(material -> material.required() || conditional.contains(material.code()))
			// One that may follow may be missing: the clerk may accept without it, with
			// a day to supply it by, or ask for it in the correction notice (R4.3,
			// R15.6).
			.filter(material -> !material.mayFollow())
			.filter(material -> application.materials(material.code()).isEmpty())
			.forEach(material -> problems.add(new FormProblem("material." + material.code(),
					"application.material.missing", List.of(material.name()))));
		return new FormCheck(problems, form.stops());
	}

	/**
	 * Whether the applicant uploads a material of the application: one the government
	 * does not hold, or one it holds whose shared evidence the applicant chose to replace
	 * with their own (R15.10).
	 */
	Predicate<Material> uploadedIn(Application application) {
		Map<String, String> choices = sharedEvidence.choices(application.id());
		return material -> material.isUploaded() || material.source() == MaterialSource.SHARED
				&& SharedEvidenceStore.OWN.equals(choices.get(material.code()));
	}

	/**
	 * The changes less those to answers the platform verified (R1.6), which change
	 * nothing when they give the same value, so that a client may send back what it was
	 * given.
	 * @throws ApplicationIncompleteException naming each verified answer the changes
	 * would alter
	 */
	static Map<String, List<String>> withoutVerified(Application application, FormDefinition form,
			Map<String, List<String>> changes) {
		Map<String, List<String>> own = new LinkedHashMap<>(changes);
		List<FormProblem> refused = new ArrayList<>();
		form.fields()
			.filter(field -> changes.containsKey(field.key()) && application.isVerified(field))
			.forEach(field -> {
				Map<String, List<String>> change = new HashMap<>();
				change.put(field.key(), changes.get(field.key()));
				if (!application.answers()
					.with(change)
					.values(field.key())
					.equals(application.answers().values(field.key()))) {
					refused.add(new FormProblem(field.key(),
							"application.identity.fixed." + application.sources().get(field.key()).kind(),
							field.label()));
				}
				own.remove(field.key());
			});
		if (!refused.isEmpty()) {
			throw new ApplicationIncompleteException(new FormCheck(refused, List.of()));
		}
		return own;
	}

	/**
	 * Writes a change of a submitted application; a change of the department at the same
	 * moment wins, and the applicant is told to look again.
	 */
	void writeChange(Application application) {
		try {
			store.update(application);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new RefusedException(Refusal.CONFLICT, "application.changedMeanwhile", application.number());
		}
	}

	static void requireApplicant(Actor actor) {
		if (actor == null || actor.isStaff()) {
			throw new RefusedException(Refusal.FORBIDDEN, "application.applicantsOnly");
		}
	}

	private Application owned(Actor applicant, Optional<Application> found) {
		requireApplicant(applicant);
		return found.filter(application -> application.applicantId().equals(applicant.id()))
			.orElseThrow(() -> new NotFoundException("application.notFound"));
	}

}
