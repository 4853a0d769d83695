package org.tongban.application.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.application.Application;
import org.tongban.application.CaseMessage;
import org.tongban.application.Drafts;
import org.tongban.application.SharedEvidence;
import org.tongban.application.MyApplications;
import org.tongban.application.Receipt;
import org.tongban.application.Submissions;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.Paging;
import org.tongban.shared.ResultPage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Applying for the mobile app (R3, R7): drafts made from the matter's form and pre-filled
 * with what the government holds, saved as the applicant goes, submitted once with an
 * {@code Idempotency-Key}, then followed and withdrawn by number. Drafts are under
 * {@code /api/v1/drafts}, named by their id (a UUID); submitted applications under
 * {@code /api/v1/applications}, named by their number ({@code TB...}), where the
 * submission's {@code Location} points. Anybody else's draft or application is 404, as
 * one that does not exist (R12.5). Texts follow the request's language
 * ({@code Accept-Language: en} for English).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Applications", description = "Drafts, submission with a receipt, progress and withdrawal (R3, R7)")
class ApplicationApi {

	/** The drafts, each at {@link #ID}. */
	static final String DRAFTS = "/drafts";

	/**
	 * The submitted applications, each at {@link #NUMBER}; the list holds the drafts too.
	 */
	static final String APPLICATIONS = "/applications";

	/** A draft's id: the characters of a UUID, so that it is never taken for a number. */
	static final String ID = "/{id:[0-9a-fA-F-]{36}}";

	/** A submitted application's number. */
	static final String NUMBER = "/{number:TB\\d{14,}}";

	private final Drafts drafts;

	private final Submissions submissions;

	private final MyApplications myApplications;

	private final ApplicationJson json;

	private final SharedEvidence sharedEvidence;

	ApplicationApi(Drafts drafts, Submissions submissions, MyApplications myApplications, ApplicationJson json,
			SharedEvidence sharedEvidence) {
		this.sharedEvidence = sharedEvidence;
		this.drafts = drafts;
		this.submissions = submissions;
		this.myApplications = myApplications;
		this.json = json;
	}

	/**
	 * @param matterCode the code of the matter to apply for, as the catalogue names it
	 */
	record NewDraft(String matterCode) {
	}

	/**
	 * @param answers for each field a text, a list of texts (fields with several
	 * choices), or null to clear it
	 */
	record AnswerChanges(Map<String, Object> answers) {
	}

	/**
	 * @param body the text to the department, 1 to 2000 characters
	 */
	record NewMessage(String body) {
	}

	/**
	 * @param reason which condition of the automatic grant the applicant questions, and
	 * why
	 */
	record ReviewRequest(String reason) {
	}

	@PostMapping(DRAFTS)
	@Operation(operationId = "startDraft",
			summary = "Start a draft of a matter, pre-filled from the account and the base registries (R3.2)")
	@ApiResponse(responseCode = "201", description = "The draft, with where each pre-filled answer came from")
	@ApiResponse(responseCode = "400", description = "No matter code")
	@ApiResponse(responseCode = "404", description = "No such matter")
	@ApiResponse(responseCode = "409", description = "The matter is not for the caller's kind of applicant")
	ResponseEntity<ApplicationJson.Detail> start(@RequestBody NewDraft draft, @AuthenticationPrincipal Actor actor,
			Locale locale) {
		if (draft.matterCode() == null || draft.matterCode().isBlank()) {
			throw new InvalidParameterException("matterCode", "application.start.matterCode");
		}
		Application started = drafts.start(actor, draft.matterCode().strip());
		return ResponseEntity.created(URI.create("/api/v1/drafts/" + started.id())).body(json.detail(started, locale));
	}

	@GetMapping(APPLICATIONS)
	@Operation(operationId = "listApplications",
			summary = "A page of the caller's drafts and applications, the most recently changed first",
			description = "A draft has its `id` (see `/api/v1/drafts/{id}`), a submitted application its `number` "
					+ "(see `/api/v1/applications/{number}`).")
	@ApiResponse(responseCode = "200", description = "The page")
	@ApiResponse(responseCode = "400", description = "A page below 1 or a size outside 1 to 100")
	ResultPage<ApplicationJson.Summary> list(@AuthenticationPrincipal Actor actor,
			@Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") int size,
			Locale locale) {
		return myApplications.of(actor, Paging.of(page, size, Paging.MAX_SIZE))
			.map(summary -> json.summary(summary, locale));
	}

	@GetMapping(DRAFTS + ID)
	@Operation(operationId = "getDraft", summary = "A draft by its id; once submitted, it has its number and status")
	@ApiResponse(responseCode = "200", description = "The draft")
	@ApiResponse(responseCode = "404", description = "No such draft, or not the caller's")
	ApplicationJson.Detail get(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Locale locale) {
		Application draft = drafts.get(actor, id);
		// Only a draft's owner previews its shared materials (R16.1): each read of a
		// registry is logged once.
		return json.detail(draft, locale, draft.isDraft() ? sharedEvidence.of(actor, id) : null);
	}

	@PutMapping(DRAFTS + ID)
	@Operation(operationId = "saveDraft", summary = "Save answers of a draft; fields not named keep their answers",
			description = "Each value is a text or, for a field with several choices, a list of texts; null or blank "
					+ "clears the field. Values are checked as they are saved; missing answers are checked at "
					+ "submission. The answers the platform verified (`sources.<field>.verified`: the applicant's "
					+ "name, ID number, mobile, the enterprise's name, credit code and representative) are taken from "
					+ "the account or the registries: the same value is no change, another is refused (R1.6).")
	@ApiResponse(responseCode = "200", description = "The saved draft")
	@ApiResponse(responseCode = "404", description = "No such draft, or not the caller's")
	@ApiResponse(responseCode = "409", description = "Already submitted")
	@ApiResponse(responseCode = "422", description = "Invalid values, unknown fields or a verified answer changed: "
			+ "`errors` maps each field to its message; nothing was saved")
	ApplicationJson.Detail save(@PathVariable UUID id, @RequestBody AnswerChanges changes,
			@AuthenticationPrincipal Actor actor, Locale locale) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		if (changes.answers() != null) {
			changes.answers().forEach((field, value) -> answers.put(field, texts(field, value)));
		}
		return json.detail(drafts.save(actor, id, answers), locale);
	}

	@DeleteMapping(DRAFTS + ID)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteDraft", summary = "Delete a draft")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", description = "No such draft, or not the caller's")
	@ApiResponse(responseCode = "409", description = "Already submitted: an application is never deleted")
	void discard(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		drafts.discard(actor, id);
	}

	@GetMapping(DRAFTS + ID + "/check")
	@Operation(operationId = "checkDraft",
			summary = "What stands between a draft and its submission, and its fees with their total (R16.6)",
			description = "Checks the answers and materials, and the eligibility rules of the matter version, which "
					+ "read the registries (every read is logged for the applicant to see, R16.1): a rule that fails "
					+ "stops the application with its reason and its source, and a submission is refused for the "
					+ "same stop. Call it before submitting, not on every answer.")
	@ApiResponse(responseCode = "200",
			description = "The check: `passed`, `errors` by field, `formErrors`, "
					+ "`stops`, and `fees` (`free`, `items`, `totalYuan`, `byStandard`)")
	@ApiResponse(responseCode = "404", description = "No such draft, or not the caller's")
	ApplicationJson.Check check(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Locale locale) {
		return json.check(drafts.get(actor, id), drafts.checkBeforeSubmission(actor, id), locale);
	}

	@PostMapping(DRAFTS + ID + "/submit")
	@Operation(operationId = "submitDraft",
			summary = "Submit a complete draft: it gets its number, query code and receipt (R3.4)",
			description = "Idempotent: a retry with the same `Idempotency-Key`, even at the same moment, answers "
					+ "201 with the same receipt, so that a client that lost an answer simply sends again. The clock "
					+ "starts on the next working day after receipt (R15.1).")
	@ApiResponse(responseCode = "201", description = "The receipt: number, query code, time received, the day the "
			+ "clock starts, the last day for the decision on acceptance; `Location` is the application's address, "
			+ "`/api/v1/applications/{number}`")
	@ApiResponse(responseCode = "400", description = "No `Idempotency-Key`, or not 8 to 100 letters, digits or . _ : -")
	@ApiResponse(responseCode = "404", description = "No such draft, or not the caller's")
	@ApiResponse(responseCode = "409",
			description = "The key was used for another application, or the matter has " + "no guide in force")
	@ApiResponse(responseCode = "422", description = "Incomplete or invalid: `errors` maps each field (and "
			+ "`material.<code>` for a missing material) to its message; `stops` says why it cannot be accepted at "
			+ "all (R16.6)")
	@ApiResponse(responseCode = "429",
			description = "Too many submissions from the address; `Retry-After` says " + "when to try again")
	ResponseEntity<Receipt> submit(@PathVariable UUID id, @Parameter(
			description = "A key the client chooses for this submission, such as a UUID") @RequestHeader("Idempotency-Key") String idempotencyKey,
			@AuthenticationPrincipal Actor actor) {
		Receipt receipt = submissions.submit(actor, id, idempotencyKey);
		return ResponseEntity.created(URI.create("/api/v1/applications/" + receipt.number())).body(receipt);
	}

	@GetMapping(APPLICATIONS + NUMBER)
	@Operation(operationId = "getApplication",
			summary = "A submitted application by its number: receipt, timeline, messages, answers, materials "
					+ "(R7.1)")
	@ApiResponse(responseCode = "200", description = "The application")
	@ApiResponse(responseCode = "404", description = "No such application, or not the caller's")
	ApplicationJson.Detail byNumber(@PathVariable String number, @AuthenticationPrincipal Actor actor, Locale locale) {
		return json.detail(myApplications.byNumber(actor, number), locale);
	}

	@PostMapping(APPLICATIONS + NUMBER + "/withdraw")
	@Operation(operationId = "withdrawApplication",
			summary = "Withdraw a submitted application before a decision (R3.5)")
	@ApiResponse(responseCode = "200", description = "The withdrawn application")
	@ApiResponse(responseCode = "404", description = "No such application, or not the caller's")
	@ApiResponse(responseCode = "409", description = "No longer possible: withdrawn already, or decided")
	ApplicationJson.Detail withdraw(@PathVariable String number, @AuthenticationPrincipal Actor actor, Locale locale) {
		return json.detail(submissions.withdraw(actor, number), locale);
	}

	@PostMapping(APPLICATIONS + NUMBER + "/messages")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "writeToDepartment",
			summary = "Write to the department about a submitted application (R4.4)")
	@ApiResponse(responseCode = "201", description = "The message as recorded")
	@ApiResponse(responseCode = "400", description = "Empty or longer than 2000 characters")
	@ApiResponse(responseCode = "404", description = "No such application, or not the caller's")
	CaseMessage write(@PathVariable String number, @RequestBody NewMessage message,
			@AuthenticationPrincipal Actor actor) {
		return myApplications.write(actor, number, message.body());
	}

	@PostMapping(APPLICATIONS + NUMBER + "/automatic-review")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "askForReviewOfAutomaticGrant",
			summary = "Ask a person to review the conditions of an automatic grant: a message to the department "
					+ "(R16.2)")
	@ApiResponse(responseCode = "201", description = "The message to the department as recorded")
	@ApiResponse(responseCode = "400", description = "No reason, or one longer than the message allows")
	@ApiResponse(responseCode = "404", description = "No such application, or not the caller's")
	@ApiResponse(responseCode = "409", description = "The application was not granted automatically")
	CaseMessage askForReview(@PathVariable String number, @RequestBody ReviewRequest request,
			@AuthenticationPrincipal Actor actor) {
		return myApplications.askForReview(actor, number, request.reason());
	}

	/** A JSON answer as texts: numbers and booleans are taken as they are written. */
	static List<String> texts(String field, Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> values) {
			return values.stream().map(item -> text(field, item)).toList();
		}
		return List.of(text(field, value));
	}

	private static String text(String field, Object value) {
		if (value instanceof String || value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		throw new InvalidParameterException(field, "application.answer.notText", field);
	}

}
