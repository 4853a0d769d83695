package org.tongban.approval.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tongban.application.CaseStep;
import org.tongban.approval.CaseAction;
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.Actor;

/**
 * Separation of duties within one case (R12.7, §6.3), read from the case's history: the
 * person who decides has neither accepted nor reviewed the case, and where the matter
 * version asks for it (on by default) the reviewers of its successive review steps, 初审
 * and 复审, are different people; the clerk of the integrated window who registered the
 * application on the applicant's behalf does not accept it (R4.5). A step that a member
 * of staff may not take is left out of their queue and refused when they act on it,
 * whatever roles they hold.
 */
@Component
class DutySeparation {

	/**
	 * The review steps that {@code separateReviewers} of the matter version keeps apart.
	 */
	private static final Set<CaseStep> REVIEW_STEPS = EnumSet.of(CaseStep.INITIAL_REVIEW, CaseStep.RE_REVIEW);

	/**
	 * What the clerk of the integrated window did who registered the application (R4.5),
	 * as the case's history names it.
	 */
	static final String REGISTERED_AT_WINDOW = "REGISTERED_AT_WINDOW";

	/** What a decider must not have done in the case. */
	private static final Set<String> BEFORE_DECISION = Set.of(CaseAction.ACCEPT.name(),
			CaseAction.ACCEPT_WITH_GAPS.name(), CaseAction.REVIEW.name());

	private final CaseStore store;

	private final MatterCatalog catalog;

	DutySeparation(CaseStore store, MatterCatalog catalog) {
		this.store = store;
		this.catalog = catalog;
	}

	/** Whether the member of staff may not take the step in the case. */
	boolean bars(Actor staff, CaseRecord record, CaseStep step) {
		return guarded(step) && barring(staff, List.of(record)).test(record, step);
	}

	/**
	 * For a page of cases at once, from one query: whether the member of staff may not
	 * take a step of one of them (with parallel branches, a case has several steps under
	 * way).
	 */
	BiPredicate<CaseRecord, CaseStep> barring(Actor staff, Collection<CaseRecord> cases) {
		Map<UUID, List<CaseStore.Done>> done = store.doneBy(staff.id(), cases.stream().map(CaseRecord::id).toList())
			.stream()
			.collect(Collectors.groupingBy(CaseStore.Done::caseId));
		var separateReviewers = new HashMap<String, Boolean>();
		return (record, step) -> guarded(step) && done.containsKey(record.id())
				&& bars(record, step, done.get(record.id()), separateReviewers);
	}

	private static boolean guarded(CaseStep step) {
		return step == CaseStep.DECISION || step == CaseStep.ACCEPTANCE || REVIEW_STEPS.contains(step);
	}

	private boolean bars(CaseRecord record, CaseStep step, List<CaseStore.Done> done,
			Map<String, Boolean> separateReviewers) {
		if (step == CaseStep.DECISION) {
			return done.stream().anyMatch(entry -> BEFORE_DECISION.contains(entry.action()));
		}
		if (step == CaseStep.ACCEPTANCE) {
			return done.stream().anyMatch(entry -> REGISTERED_AT_WINDOW.equals(entry.action()));
		}
		boolean reviewedAnotherStep = done.stream()
			.anyMatch(entry -> CaseAction.REVIEW.name().equals(entry.action()) && REVIEW_STEPS.contains(entry.step())
					&& entry.step() != step);
		return reviewedAnotherStep && separateReviewers.computeIfAbsent(
				record.matterCode() + ":" + record.matterVersion(),
				key -> catalog.guide(record.matterCode(), record.matterVersion()).version().separateReviewers());
	}

}
