package org.tongban.approval.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.approval.PostVerification;
import org.tongban.approval.PostVerifications;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Post-verification (事后核查) of grants on informed commitment for department systems (R5.5,
 * R15.7), as {@code /staff/post-verifications} shows it: the open verifications of the
 * caller's departments, one with the commitment signed, and its outcome. Only the
 * department's reviewers see and act; another department's verification is 404.
 */
@RestController
@RequestMapping(path = "/api/v1/staff/post-verifications", produces = "application/json")
@Tag(name = "Post-verification",
		description = "Verify grants on informed commitment: confirmed, or a false commitment that revokes the "
				+ "decision, writes a credit record and tells the applicant (R5.5, R15.7)")
class PostVerificationApi {

	private static final String ID = "/{id:[0-9a-fA-F-]{36}}";

	private final PostVerifications verifications;

	PostVerificationApi(PostVerifications verifications) {
		this.verifications = verifications;
	}

	@GetMapping
	@Operation(summary = "The open post-verifications of the caller's departments (as a reviewer), the soonest due "
			+ "first")
	@ApiResponse(responseCode = "200", description = "The open verifications")
	List<VerificationJson> openVerifications(@AuthenticationPrincipal Actor actor, Locale locale) {
		return verifications.open(actor).stream().map(each -> VerificationJson.of(each, locale)).toList();
	}

	@GetMapping(ID)
	@Operation(summary = "A post-verification of the caller's department, with the commitment the applicant signed")
	@ApiResponse(responseCode = "200", description = "The verification")
	@ApiResponse(responseCode = "404", description = "No such verification, or not of the caller's departments")
	VerificationJson verification(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Locale locale) {
		return VerificationJson.of(verifications.get(actor, id), locale);
	}

	@PostMapping(path = ID + "/outcome", consumes = "application/json")
	@Operation(summary = "Record the outcome: `CONFIRMED`, or `FALSE_COMMITMENT` with `reasons` and `legalBasis`, "
			+ "which revokes the decision (a revocation decision for the applicant), writes a credit record and tells "
			+ "the applicant")
	@ApiResponse(responseCode = "200", description = "The verification as it is afterwards")
	@ApiResponse(responseCode = "400",
			description = "No or an unknown outcome; a false commitment without reasons or legal basis; text too long")
	@ApiResponse(responseCode = "404", description = "No such verification, or not of the caller's departments")
	@ApiResponse(responseCode = "409",
			description = "The outcome was recorded already, or the caller is the applicant of the case")
	VerificationJson recordOutcome(@PathVariable UUID id, @RequestBody(required = false) OutcomeJson body,
			@AuthenticationPrincipal Actor actor, Locale locale) {
		OutcomeJson given = body == null ? new OutcomeJson(null, null, null) : body;
		return VerificationJson
			.of(verifications.record(actor, id, outcome(given.outcome()), given.reasons(), given.legalBasis()), locale);
	}

	private static PostVerification.Outcome outcome(String given) {
		if (given == null) {
			return null;
		}
		try {
			return PostVerification.Outcome.valueOf(given);
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidParameterException("outcome", "approval.postVerification.outcome.required");
		}
	}

	/**
	 * @param outcome {@code CONFIRMED} or {@code FALSE_COMMITMENT}
	 * @param reasons what was found: required for a false commitment, at most 500
	 * characters
	 * @param legalBasis the provisions of the revocation: required for a false commitment
	 */
	record OutcomeJson(String outcome, String reasons, String legalBasis) {
	}

	/**
	 * A post-verification in the caller's language.
	 *
	 * @param dueOn the last working day, null while the calendar is not published
	 * @param remainingDays working days left, negative once overdue, null once decided
	 * @param outcome null while open
	 * @param commitmentDigest SHA-256 of the signed text; the text itself in
	 * {@code commitmentText} (only when one verification is read)
	 */
	record VerificationJson(UUID id, String number, String departmentCode, String matterCode, String matterName,
			String applicantName, LocalDate grantedOn, int verificationDays, LocalDate dueOn, Integer remainingDays,
			String outcome, String reasons, String legalBasis, Instant decidedAt, String commitmentText,
			String commitmentDigest, Instant commitmentSignedAt) {

		static VerificationJson of(PostVerification v, Locale locale) {
			var commitment = v.commitment();
			return new VerificationJson(v.id(), v.number(), v.departmentCode(), v.matterCode(),
					v.matterName().in(locale), v.applicantName(), v.grantedOn(), v.verificationDays(), v.dueOn(),
					v.remainingDays(), v.outcome() == null ? null : v.outcome().name(), v.reasons(), v.legalBasis(),
					v.decidedAt(), commitment.map(c -> c.text()).orElse(null),
					commitment.map(c -> c.digest()).orElse(null), commitment.map(c -> c.signedAt()).orElse(null));
		}

	}

}
