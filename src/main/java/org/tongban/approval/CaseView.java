package org.tongban.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.tongban.application.Application;
import org.tongban.application.CaseStep;
import org.tongban.application.CorrectionItem;
import org.tongban.application.RuleExplanation;
import org.tongban.application.Gap;
import org.tongban.supervision.CaseClock;

/**
 * A case as a member of staff sees it: the application with its answers and materials,
 * the step under way and what the viewer may do there, the full history, the clock, the
 * messages and the documents.
 *
 * @param step the step under way (e.g. {@code REVIEW}), {@code CORRECTION} while the
 * applicant corrects, or the end state ({@code REFUSED}, {@code GRANTED}, {@code DENIED},
 * {@code WITHDRAWN})
 * @param claimedBy who holds the task, or null
 * @param actions what the viewer may do now
 * @param sendBackTargets the earlier steps the case may be sent back to from here
 * @param specialPeriod the special period under way, or null
 * @param correction the items of the correction notice the applicant is working on, or
 * empty
 * @param unchangedAfterCorrection the items of the last notice answered that the
 * applicant resubmitted as they were
 * @param task the open task that {@code claimedBy}, {@code actions} and
 * {@code sendBackTargets} are of, or null when none is or several open tasks are the
 * viewer's to choose from
 * @param tasks the open tasks of the case, oldest first: several where a process runs
 * branches in parallel
 * @param automaticCheck the explanation of the automatic approval check (R5.6, R16.2):
 * why the platform granted, or why a person decides; null where the matter has none
 * @param gaps the materials the case was accepted without (容缺, R4.3, R15.6), supplied,
 * still to come, or flagged to the reviewer as not supplied in time
 */
public record CaseView(UUID caseId, String number, Application application, String step, String claimedBy,
		boolean claimedByMe, Set<CaseAction> actions, List<String> sendBackTargets, List<HistoryEntry> history,
		CaseClock clock, SpecialPeriod specialPeriod, List<CorrectionItem> correction,
		List<CorrectionItem> unchangedAfterCorrection, String processDefinition, String task, List<OpenTask> tasks,
		RuleExplanation automaticCheck, List<Gap> gaps) {

	public CaseView {
		gaps = List.copyOf(gaps);
		actions = Set.copyOf(actions);
		sendBackTargets = List.copyOf(sendBackTargets);
		history = List.copyOf(history);
		correction = List.copyOf(correction);
		unchangedAfterCorrection = List.copyOf(unchangedAfterCorrection);
		tasks = List.copyOf(tasks);
	}

	/**
	 * Whether the case is at acceptance again after its correction notice (一次性告知): the
	 * notice is given once, so acceptance now only accepts or refuses (R4.1, R15.2).
	 */
	public boolean correctionNoticeGiven() {
		return correctionNoticeGiven(step, history);
	}

	/**
	 * Whether a material the case was accepted without was not supplied in time: the
	 * reviewer sees it flagged (R15.6).
	 */
	public boolean gapsOverdue() {
		return gaps.stream().anyMatch(Gap::isOverdue);
	}

	public static boolean correctionNoticeGiven(String step, List<HistoryEntry> history) {
		return CaseStep.ACCEPTANCE.name().equals(step) && history.stream()
			.anyMatch(entry -> CaseAction.REQUEST_CORRECTION.name().equals(entry.action())
					&& CaseStep.ACCEPTANCE.name().equals(entry.step()));
	}

	/**
	 * One entry of the case's history (R5.4): who did what at which step, when, with
	 * which opinion.
	 *
	 * @param actorName the member of staff, the applicant's name, or the platform ("系统")
	 * for what the law does by itself (deemed acceptance)
	 * @param action e.g. {@code ACCEPT}, {@code DEEMED_ACCEPTANCE}, {@code SEND_BACK};
	 * named by {@code approval.action.<action>}
	 * @param outcome the action's outcome, e.g. {@code APPROVE}, {@code GRANT}, or null
	 */
	public record HistoryEntry(Instant at, String actorName, String role, String departmentCode, String step,
			String action, String opinion, String outcome) {
	}

	/**
	 * An open task of the case.
	 *
	 * @param claimedBy the name of the member of staff who claimed it, or null
	 * @param forMe whether the viewer may act on it now: of one of their roles and
	 * unclaimed or claimed by them
	 */
	public record OpenTask(String id, CaseStep step, String claimedBy, boolean claimedByMe, boolean forMe) {
	}

	public record SpecialPeriod(SpecialPeriodKind kind, String reason, Instant startedAt, LocalDate expectedEnd) {
	}

}
