package org.tongban.approval.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tongban.approval.CaseAction;
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.Actor;

/**
 * Separation of duties within one case (R12.7, §6.3), read from the case's history: the person who decides has
 * neither accepted nor reviewed the case, and where the matter version asks for it (on by default) the reviewers of
 * its successive review steps, 初审 and 复审, are different people. A step that a member of staff may not take is left
 * out of their queue and refused when they act on it, whatever roles they hold.
 */
@Component
class DutySeparation {

	static final String DECISION = "DECISION";

	/** The review steps that {@code separateReviewers} of the matter version keeps apart. */
	static final Set<String> REVIEW_STEPS = Set.of("INITIAL_REVIEW", "RE_REVIEW");

	/** What a decider must not have done in the case. */
	private static final Set<String> BEFORE_DECISION = Set.of(CaseAction.ACCEPT.name(), CaseAction.REVIEW.name());

	private final CaseStore store;

	private final MatterCatalog catalog;

	DutySeparation(CaseStore store, MatterCatalog catalog) {
		this.store = store;
		this.catalog = catalog;
	}

	boolean bars(Actor staff, CaseRecord record) {
		return !barred(staff, List.of(record)).isEmpty();
	}

	/** The cases among these whose current step the member of staff may not take, by id. */
	Set<UUID> barred(Actor staff, Collection<CaseRecord> cases) {
		List<CaseRecord> guarded = cases.stream()
			.filter(record -> DECISION.equals(record.step()) || REVIEW_STEPS.contains(record.step()))
			.toList();
		if (guarded.isEmpty()) {
			return Set.of();
		}
		Map<UUID, List<CaseStore.Done>> done = store
			.doneBy(staff.id(), guarded.stream().map(CaseRecord::id).toList())
			.stream()
			.collect(Collectors.groupingBy(CaseStore.Done::caseId));
		var separateReviewers = new HashMap<String, Boolean>();
		return guarded.stream()
			.filter(record -> done.containsKey(record.id()))
			.filter(record -> bars(record, done.get(record.id()), separateReviewers))
			.map(CaseRecord::id)
			.collect(Collectors.toSet());
	}

	private boolean bars(CaseRecord record, List<CaseStore.Done> done, Map<String, Boolean> separateReviewers) {
		if (DECISION.equals(record.step())) {
			return done.stream().anyMatch(entry -> BEFORE_DECISION.contains(entry.action()));
		}
		boolean reviewedAnotherStep = done.stream()
			.anyMatch(entry -> CaseAction.REVIEW.name().equals(entry.action()) && REVIEW_STEPS.contains(entry.step())
					&& !entry.step().equals(record.step()));
		return reviewedAnotherStep && separateReviewers.computeIfAbsent(
				record.matterCode() + ":" + record.matterVersion(), key -> catalog
					.guide(record.matterCode(), record.matterVersion())
					.version()
					.separateReviewers());
	}

}
