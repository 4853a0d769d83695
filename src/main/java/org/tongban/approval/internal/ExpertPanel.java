package org.tongban.approval.internal;

import static org.tongban.approval.internal.StaffTexts.required;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.Application;
import org.tongban.application.AttachedMaterial;
import org.tongban.application.CaseFiles;
import org.tongban.application.CaseStep;
import org.tongban.approval.CaseAction;
import org.tongban.approval.CaseView;
import org.tongban.approval.Expert;
import org.tongban.approval.ExpertAssignment;
import org.tongban.approval.ExpertCase;
import org.tongban.approval.ExpertDue;
import org.tongban.approval.ExpertOutcome;
import org.tongban.approval.SpecialPeriodKind;
import org.tongban.catalog.Matter;
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.Role;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.storage.AttachmentContent;
import org.tongban.storage.Attachments;
import org.tongban.storage.StoredAttachment;
import org.tongban.supervision.CaseClocks;

/**
 * Expert review (R5.3, art. 45) on the special periods: a reviewer at a review step
 * assigns experts of the pool whose field (a theme of the catalogue) is one of the
 * matter's themes, and shares materials of the application with them; the case's clock
 * pauses from then until the last expert gives their opinion, which joins the case's
 * history. An expert reads only the cases assigned to them, and of those only the
 * materials shared.
 */
@Component
@Transactional
class ExpertPanel {

	/** The steps at which a reviewer may ask experts. */
	static final Set<CaseStep> REVIEW_STEPS = EnumSet.of(CaseStep.REVIEW, CaseStep.INITIAL_REVIEW, CaseStep.RE_REVIEW);

	/** An expert's opinion in the case's history. */
	static final String OPINION = "EXPERT_OPINION";

	/** The longest opinion an expert gives, as long as the history keeps. */
	static final int MAX_OPINION = 2000;

	private final CaseTasks caseTasks;

	private final CaseProgress progress;

	private final SpecialPeriods specialPeriods;

	private final ExpertStore store;

	private final CaseStore cases;

	private final CaseFiles files;

	private final Accounts accounts;

	private final MatterCatalog catalog;

	private final Attachments attachments;

	private final CaseViews views;

	private final MessageSource messages;

	ExpertPanel(CaseTasks caseTasks, CaseProgress progress, SpecialPeriods specialPeriods, ExpertStore store,
			CaseStore cases, CaseFiles files, Accounts accounts, MatterCatalog catalog, Attachments attachments,
			CaseViews views, MessageSource messages) {
		this.caseTasks = caseTasks;
		this.progress = progress;
		this.specialPeriods = specialPeriods;
		this.store = store;
		this.cases = cases;
		this.files = files;
		this.accounts = accounts;
		this.catalog = catalog;
		this.attachments = attachments;
		this.views = views;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	List<Expert> candidates(Actor staff, String number) {
		CaseRecord record = caseTasks.work(staff, number).record();
		Set<String> themes = themes(record);
		return store.expertsOf(themes)
			.stream()
			.flatMap(id -> accounts.actor(id).stream())
			.filter(expert -> unfit(expert, staff, record, themes).isEmpty())
			.map(expert -> new Expert(expert.id(), expert.name(), store.fields(expert.id()).stream().sorted().toList()))
			.sorted(Comparator.comparing(Expert::name))
			.toList();
	}

	@Transactional(readOnly = true)
	List<ExpertAssignment> ofCase(Actor staff, String number) {
		return store.ofCase(caseTasks.work(staff, number).record().id())
			.stream()
			.map(ExpertStore.Assignment::assignment)
			.toList();
	}

	CaseView assign(Actor staff, String number, String taskId, List<ExpertDue> experts, List<UUID> materials,
			String question) {
		String asked = required("reason", question, CaseClocks.MAX_TEXT);
		if (experts == null || experts.isEmpty() || experts.stream().anyMatch(Objects::isNull)) {
			throw new InvalidParameterException("experts", "approval.expert.none");
		}
		if (experts.stream().map(ExpertDue::expertId).distinct().count() < experts.size()) {
			throw new InvalidParameterException("experts", "approval.expert.twice");
		}
		LocalDate today = progress.today();
		if (experts.stream().anyMatch(due -> due.dueOn() == null || due.dueOn().isBefore(today))) {
			throw new InvalidParameterException("experts", "approval.expert.dueOn");
		}
		CaseTasks.Work work = caseTasks.work(staff, number);
		Set<UUID> shared = Set.copyOf(materials == null ? List.of() : materials);
		Set<UUID> ofApplication = new HashSet<>(
				files.get(work.record().id()).materials().stream().map(AttachedMaterial::attachmentId).toList());
		if (!ofApplication.containsAll(shared)) {
			throw new InvalidParameterException("materials", "approval.expert.material");
		}
		CaseTasks.Act act = caseTasks.act(staff, work, taskId, null);
		if (!REVIEW_STEPS.contains(act.step()) || act.role().role() != Role.REVIEWER) {
			throw new RefusedException(Refusal.CONFLICT, "approval.expert.notAtReview");
		}
		Set<String> themes = themes(act.record());
		List<Actor> assigned = experts.stream().map(due -> fit(due.expertId(), staff, act.record(), themes)).toList();
		LocalDate expectedEnd = experts.stream().map(ExpertDue::dueOn).max(Comparator.naturalOrder()).orElseThrow();
		CaseRecord paused = specialPeriods.begin(staff, act, SpecialPeriodKind.EXPERT_REVIEW, asked, expectedEnd);
		UUID review = store.startReview(paused.id(), act.step().name(), asked, staff.id(), act.at(), shared);
		for (int i = 0; i < experts.size(); i++) {
			Actor expert = assigned.get(i);
			LocalDate dueOn = experts.get(i).dueOn();
			store.assign(review, expert.id(), expert.name(), dueOn);
			// The history is a record in Chinese, as the documents are.
			progress.record(paused, act.step(), staff, act.role(), CaseAction.EXPERT_REVIEW.name(), messages.getMessage(
					"approval.expert.history.assigned", new Object[] { expert.name(), dueOn }, Locale.CHINA), null);
		}
		return views.open(staff, number, act.task().getId());
	}

	@Transactional(readOnly = true)
	List<ExpertAssignment> assigned(Actor expert) {
		return store.ofExpert(expert.id()).stream().map(ExpertStore.Assignment::assignment).toList();
	}

	@Transactional(readOnly = true)
	ExpertCase open(Actor expert, String number) {
		ExpertStore.Assignment assignment = assignment(expert, number);
		return view(assignment);
	}

	@Transactional(readOnly = true)
	AttachmentContent file(Actor expert, String number, UUID attachmentId) {
		ExpertStore.Assignment assignment = assignment(expert, number);
		ExpertAssignment.Opinion opinion = assignment.assignment().opinion();
		boolean own = opinion != null && attachmentId.equals(opinion.attachmentId());
		if (!own && !store.materials(assignment.reviewId()).contains(attachmentId)) {
			throw new NotFoundException("approval.file.notFound");
		}
		return attachments.open(attachmentId);
	}

	ExpertCase giveOpinion(Actor expert, String number, ExpertOutcome outcome, String opinion, String fileName,
			InputStream file) {
		ExpertStore.Assignment assignment = assignment(expert, number);
		if (outcome == null) {
			throw new InvalidParameterException("outcome", "approval.expert.outcome");
		}
		String text = required("opinion", opinion, MAX_OPINION);
		if (!assignment.assignment().open()) {
			throw new RefusedException(Refusal.CONFLICT, "approval.expert.closed");
		}
		// The case's next revision first: of two last opinions at once, one ends the
		// period and the other waits for it.
		CaseRecord record = caseTasks.lock(cases.find(assignment.caseId()).orElseThrow());
		Instant at = progress.now();
		StoredAttachment stored = file == null ? null : attachments.store(fileName, file);
		store.answer(assignment.assignment().id(), outcome, text, at, stored == null ? null : stored.id(),
				stored == null ? null : stored.displayName());
		progress.record(record, expert.id(), expert.name(), Role.EXPERT.name(), OPINION, text, outcome.name());
		if (store.allAnswered(assignment.reviewId())) {
			progress.record(record, null, messages.getMessage("approval.actor.system", null, Locale.CHINA), null,
					CaseAction.END_SPECIAL_PERIOD.name(),
					messages.getMessage("approval.expert.history.allAnswered", null, Locale.CHINA),
					SpecialPeriodKind.EXPERT_REVIEW.name());
			specialPeriods.finish(record, at);
		}
		return view(assignment(expert, number));
	}

	void setFields(UUID expertId, Collection<String> themeCodes) {
		Set<String> known = new HashSet<>(catalog.themes().stream().map(theme -> theme.code()).toList());
		if (themeCodes == null || themeCodes.isEmpty() || !known.containsAll(themeCodes)) {
			throw new InvalidParameterException("fields", "approval.expert.fields");
		}
		store.setFields(expertId, themeCodes);
	}

	/**
	 * The expert's latest assignment on the case; any other case is not theirs to know
	 * of.
	 */
	private ExpertStore.Assignment assignment(Actor expert, String number) {
		return Optional.ofNullable(number)
			.filter(any -> expert.has(Role.EXPERT))
			.flatMap(given -> store.latest(expert.id(), given))
			.orElseThrow(() -> new NotFoundException("approval.expert.case.notFound", number));
	}

	private ExpertCase view(ExpertStore.Assignment assignment) {
		Application application = files.get(assignment.caseId());
		Set<UUID> shared = store.materials(assignment.reviewId());
		return new ExpertCase(assignment.assignment(), application.matterCode(), application.matterVersion(),
				application.materials().stream().filter(material -> shared.contains(material.attachmentId())).toList());
	}

	/** The expert, if the reviewer may assign them to the case; refused with why not. */
	private Actor fit(UUID expertId, Actor staff, CaseRecord record, Set<String> themes) {
		Actor expert = Optional.ofNullable(expertId)
			.flatMap(accounts::actor)
			.orElseThrow(() -> new InvalidParameterException("experts", "approval.expert.notExpert", expertId));
		unfit(expert, staff, record, themes).ifPresent(code -> {
			throw new InvalidParameterException("experts", code, expert.name());
		});
		return expert;
	}

	/**
	 * Why the account may not give an opinion on the case, as a message code: not an
	 * expert, the reviewer themselves, of another field, the applicant, or somebody who
	 * acts on the case as staff (R12.7); empty if they may.
	 */
	private Optional<String> unfit(Actor expert, Actor staff, CaseRecord record, Set<String> themes) {
		if (expert.id().equals(staff.id())) {
			return Optional.of("approval.expert.self");
		}
		if (!expert.has(Role.EXPERT)) {
			return Optional.of("approval.expert.notExpert");
		}
		if (store.fields(expert.id()).stream().noneMatch(themes::contains)) {
			return Optional.of("approval.expert.outOfField");
		}
		if (expert.id().equals(record.applicantId())) {
			return Optional.of("approval.expert.applicant");
		}
		boolean staffOfCase = expert.roles()
			.stream()
			.anyMatch(held -> CaseTasks.CASE_ROLES.contains(held.role())
					&& held.department().equals(record.departmentCode()));
		if (staffOfCase || !cases.doneBy(expert.id(), List.of(record.id())).isEmpty()) {
			return Optional.of("approval.expert.actsOnCase");
		}
		return Optional.empty();
	}

	/** The themes of the case's matter: the fields an expert of the case is of. */
	private Set<String> themes(CaseRecord record) {
		Matter matter = catalog.guide(record.matterCode(), record.matterVersion()).matter();
		return Set.copyOf(matter.themes().stream().map(Matter.MatterTheme::themeCode).toList());
	}

}
