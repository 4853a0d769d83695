package org.tongban.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.tongban.shared.identifiers.MobileNumber;

/**
 * The applicant's side of a case as the approval side reads and writes it: the
 * application with its answers and materials, the timeline the applicant follows (R7.1),
 * the status, correction requests (R4.1, R4.2), department messages (R4.4) and the
 * documents the applicant is given. Access control is the caller's: the approval side
 * checks department and role before it calls.
 * <p>
 * Changes that do not fit the application's status are refused with
 * {@link org.tongban.shared.RefusedException} (409).
 */
public interface CaseFiles {

	/** A submitted application (not a draft). */
	Optional<Application> byNumber(String number);

	/**
	 * @throws org.tongban.shared.NotFoundException for an unknown id or a draft
	 */
	Application get(UUID applicationId);

	/**
	 * Ends the step under way at {@code at} and starts {@code step}, shown to the
	 * applicant as {@code application.step.<step>} with the department and its due day.
	 */
	void enterStep(UUID applicationId, CaseStep step, String departmentCode, LocalDate dueOn, Instant at);

	/** The department accepted the application (受理), by a clerk or by law (art. 32). */
	void accepted(UUID applicationId, Instant at);

	/**
	 * The case ended with {@code outcome} ({@link ApplicationStatus#REFUSED},
	 * {@link ApplicationStatus#GRANTED} or {@link ApplicationStatus#DENIED}): the step
	 * under way ends and the application can no longer be withdrawn.
	 */
	void finish(UUID applicationId, ApplicationStatus outcome, Instant at);

	/**
	 * Asks the applicant to correct exactly the listed items (一次性告知): the application
	 * becomes {@link ApplicationStatus#CORRECTION_REQUESTED}, the applicant may change
	 * those fields and materials only, and resubmitting publishes
	 * {@link ApplicationCorrected}.
	 */
	void requestCorrection(UUID applicationId, CorrectionRequest request);

	/**
	 * The items of the last correction notice the applicant answered that they
	 * resubmitted as they were when it was issued: the clerk may refuse acceptance for
	 * them, as the notice cannot be given twice (R4.2, R15.2).
	 */
	List<CorrectionItem> unchangedAfterCorrection(UUID applicationId);

	/**
	 * The contact phone of the application, once the applicant proved they are reached
	 * there and as long as the application still gives it: the notices of the case go
	 * there too (R6.2).
	 */
	Optional<MobileNumber> verifiedContactPhone(UUID applicationId);

	/** A message from the department on the case (R4.4). */
	void writeAsDepartment(UUID applicationId, String departmentCode, String body, Instant at);

	/**
	 * Keeps the explanation of the case's automatic approval check (R5.6, R16.2): the
	 * applicant follows it on the timeline and the reviewer reads it on the case.
	 */
	void recordAutomaticCheck(UUID applicationId, RuleExplanation explanation);

	/** The explanation of the case's automatic approval check, if its matter has one. */
	Optional<RuleExplanation> automaticCheck(UUID applicationId);

	/**
	 * The informed commitment the applicant signed before submitting (R5.5), on which the
	 * department may grant at once.
	 */
	Optional<SignedCommitment> commitment(UUID applicationId);

	/**
	 * The department revoked (撤销) the grant of the case (R5.5, R15.7): the application
	 * becomes {@link ApplicationStatus#REVOKED}, last in its timeline.
	 * @throws org.tongban.shared.RefusedException unless it was granted
	 */
	void revoke(UUID applicationId, Instant at);

	/**
	 * A document the applicant is given (notice or decision), which they can download
	 * from their application.
	 */
	void addDocument(UUID applicationId, CaseDocument document);

	/**
	 * The department accepted the application without some materials that may follow
	 * (容缺受理, R4.3, R15.6), to be supplied by {@code supplyBy}: the applicant may supply
	 * those materials, and only those, online ({@link ApplicationMaterials}), each supply
	 * publishing {@link GapSupplied}. Which materials may follow is the caller's to
	 * check.
	 */
	void acceptWithGaps(UUID applicationId, List<String> materialCodes, LocalDate supplyBy, Instant at);

	/** The gaps of the application's acceptance, if it was accepted with gaps. */
	List<Gap> gaps(UUID applicationId);

	/**
	 * Where the gaps of each application stand, for those accepted with gaps among the
	 * ones given (a work queue's, in one read).
	 */
	Map<UUID, Gap.State> gapStates(Collection<UUID> applicationIds);

	/** The applications with a gap still to be supplied after its day. */
	List<UUID> withOverdueGaps(LocalDate today);

	/**
	 * Marks the gaps of the application still to be supplied after their day as not
	 * supplied in time.
	 * @return the gaps this call marked: none when another node marked them first
	 */
	List<Gap> markGapsOverdue(UUID applicationId, LocalDate today, Instant at);

}
