package org.tongban.approval;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tongban.application.CaseMessage;
import org.tongban.application.CorrectionItem;
import org.tongban.identity.Actor;
import org.tongban.storage.AttachmentContent;
import org.tongban.shared.Paging;
import org.tongban.shared.ResultPage;

/**
 * What staff do on cases (R4, R5), for the pages and the staff API alike. Every method
 * takes the member of staff who acts: a case of a department none of their roles belongs
 * to is {@link org.tongban.shared.NotFoundException} (it is not theirs to know of), and
 * an action that does not fit the case's current step, its claim, or the caller's role is
 * {@link org.tongban.shared.RefusedException} with status 409 and a message that says
 * why. Each action is recorded in the case's history with its actor, time and opinion
 * (R5.4) and returns the case as it is afterwards.
 */
public interface CaseWork {

	/**
	 * The longest opinion, reason or decision text a member of staff gives, as long as a
	 * message may be.
	 */
	int MAX_TEXT = CaseMessage.MAX_LENGTH;

	/**
	 * A page of the open tasks the actor's departments and roles may take, claimed by
	 * them or by nobody (or by others, on request): of the oldest {@value #QUEUE_LIMIT},
	 * in the order asked for.
	 */
	ResultPage<WorkItem> queue(Actor staff, QueueFilter filter, Paging paging);

	/** The most tasks a work queue sorts and pages through: the oldest. */
	int QUEUE_LIMIT = 500;

	CaseView open(Actor staff, String number);

	/**
	 * A case as the supervision office reads it (R8.5): of any department, with nothing
	 * the reader may do on it; not found for anyone but a supervisor.
	 */
	CaseView inspect(Actor supervisor, String number);

	/**
	 * The same work on one named open task of each case (see {@link CaseView#tasks()},
	 * {@link WorkItem#taskId()}), where a process runs branches in parallel. Without one,
	 * an action is on the only open task the member of staff may take, and refused (409)
	 * when several are theirs to take; a named task that is no longer open is refused
	 * too. The view opened on a task shows what may be done there.
	 * @param taskId the task, or null for none named
	 */
	CaseWork onTask(String taskId);

	CaseView claim(Actor staff, String number);

	CaseView release(Actor staff, String number);

	/** 受理: produces the acceptance notice. */
	CaseView accept(Actor staff, String number, String opinion);

	/**
	 * 容缺受理 (R4.3, R15.6): accepts, at the acceptance step, without the materials named
	 * (each one the version lets follow and the application lacks), to be supplied by
	 * {@code supplyBy}: at most 20 working days after acceptance and at least 2 working
	 * days before the committed due day, else 400 naming the latest day allowed. The
	 * clock runs as on any acceptance, and the acceptance notice names the gaps and the
	 * day. Refused (409) for an applicant with a credit record in force, who is to be
	 * asked for the materials in the correction notice instead.
	 * @param opinion optional
	 */
	CaseView acceptWithGaps(Actor staff, String number, List<String> materialCodes, LocalDate supplyBy, String opinion);

	/** 不予受理: produces the refusal notice with reason and legal basis. */
	CaseView refuse(Actor staff, String number, String reason, String legalBasis);

	/** 一次性告知: every item at once; pauses the clock until the applicant resubmits. */
	CaseView requestCorrection(Actor staff, String number, List<CorrectionItem> items, String note);

	/** A review step's opinion; the case goes on to the next step. */
	CaseView review(Actor staff, String number, ReviewOutcome outcome, String opinion);

	/**
	 * Back to an earlier step of {@link CaseView#sendBackTargets()}; earlier opinions are
	 * kept (R16.4).
	 */
	CaseView sendBack(Actor staff, String number, String toStep, String opinion);

	/** 特殊环节: the clock pauses and the applicant is told when it starts (R15.4). */
	CaseView startSpecialPeriod(Actor staff, String number, SpecialPeriodKind kind, String reason,
			LocalDate expectedEnd);

	/** The special period ends: the clock runs again and the applicant is told. */
	CaseView endSpecialPeriod(Actor staff, String number, String result);

	/**
	 * The experts a reviewer may ask on the case (R5.3): of a field that is a theme of
	 * the case's matter (the catalogue's themes are the experts' fields), and neither the
	 * reviewer, nor the applicant, nor anybody who acts on the case as staff.
	 */
	List<Expert> expertCandidates(Actor staff, String number);

	/**
	 * The experts asked on the case, each with the day due and their opinion once given.
	 */
	List<ExpertAssignment> expertReviews(Actor staff, String number);

	/**
	 * 专家评审 (R5.3), by a reviewer at a review step: the experts, each with the day their
	 * opinion is due, of the case's {@link #expertCandidates candidates}; the materials
	 * of the application they may read; what they are asked. The clock pauses (a special
	 * period {@link SpecialPeriodKind#EXPERT_REVIEW}) until the last opinion, and the
	 * applicant is told when it starts and ends.
	 */
	CaseView assignExperts(Actor staff, String number, List<ExpertDue> experts, List<UUID> materials, String question);

	/**
	 * The one extension (art. 42), by an approver, with the reason the applicant is told.
	 */
	CaseView extend(Actor staff, String number, String reason);

	/** 准予 / 不予行政许可, by an approver: produces the decision document. */
	CaseView decide(Actor staff, String number, Decision decision, String reasons, String legalBasis);

	/** A message to the applicant on the case (R4.4). */
	CaseView write(Actor staff, String number, String body);

	/**
	 * A material of the application or a document of the case, for viewing in the
	 * browser.
	 */
	AttachmentContent file(Actor staff, String number, UUID attachmentId);

}
