package org.tongban.approval;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.tongban.identity.Actor;
import org.tongban.storage.AttachmentContent;

/**
 * Expert review (专家评审, R5.3, 行政许可法 art. 45), the experts' side and the pool's fields;
 * staff see a case's experts through {@link CaseWork#expertCandidates} and
 * {@link CaseWork#expertReviews}. A reviewer assigns experts with
 * {@link CaseWork#assignExperts}: the clock pauses for the special period
 * {@link SpecialPeriodKind#EXPERT_REVIEW}, which ends when the last assigned expert gives
 * their opinion (or the reviewer ends it early, {@link CaseWork#endSpecialPeriod}). An
 * expert sees the cases assigned to them only: any other is
 * {@link org.tongban.shared.NotFoundException}. Every read of an assigned case by its
 * expert, and every opinion, is audited.
 */
public interface ExpertReviews {

	/** The cases assigned to the expert, the latest first. */
	List<ExpertAssignment> assigned(Actor expert);

	/** A case assigned to the expert, as they see it. */
	ExpertCase assignedCase(Actor expert, String number);

	/** A material the reviewer shared with the expert, or the file of their opinion. */
	AttachmentContent assignedFile(Actor expert, String number, UUID attachmentId);

	/**
	 * The expert's opinion, once; the last opinion of a review ends its special period.
	 * @param fileName the name of the file given with it, or null for none
	 * @param file the file, or null for none
	 */
	ExpertCase giveOpinion(Actor expert, String number, ExpertOutcome outcome, String opinion, String fileName,
			InputStream file);

	/**
	 * Gives an expert their fields, codes of the catalogue's themes, replacing the ones
	 * they had (the demo's seeding and the expert pool's administration).
	 */
	void setFields(UUID expertId, Collection<String> themeCodes);

}
