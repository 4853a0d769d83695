package org.tongban.approval.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.application.CaseStep;
import org.tongban.application.CorrectionItem;
import org.tongban.approval.CaseAction;
import org.tongban.approval.CaseView;
import org.tongban.approval.CaseWork;
import org.tongban.approval.Decision;
import org.tongban.approval.Expert;
import org.tongban.approval.ExpertAssignment;
import org.tongban.approval.ExpertDue;
import org.tongban.approval.QueueFilter;
import org.tongban.approval.ReviewOutcome;
import org.tongban.approval.SpecialPeriodKind;
import org.tongban.identity.Actor;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Paging;
import org.tongban.shared.ResultPage;
import org.tongban.storage.AttachmentContent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The case work of department systems (R4, R5, R14.3): the caller's work queue, a case
 * with its history and clock, and the actions of its current step. A case of a department
 * none of the caller's roles belongs to is 404; an action that does not fit the step, its
 * claim or the caller's role is 409 with the reason; a missing or invalid field is 400
 * naming it.
 */
@RestController
@RequestMapping(path = "/api/v1/staff", produces = "application/json")
@Tag(name = "Staff cases", description = "Work queue, acceptance, review and decision (R4, R5)")
class StaffCaseApi {

	static final String CASE = "/cases/{number:TB\\d{14,}}";

	private static final Map<String, CaseAction> ACTIONS = Arrays.stream(CaseAction.values())
		.collect(Collectors.toMap(CaseAction::path, Function.identity()));

	private final CaseWork work;

	StaffCaseApi(CaseWork work) {
		this.work = work;
	}

	/**
	 * The body of an action; each action reads its own fields.
	 *
	 * @param opinion accept (optional), review, send-back
	 * @param reason refuse, start-special-period, extend; expert-review: what the experts
	 * are asked
	 * @param legalBasis refuse, decide
	 * @param items request-correction: every item to fix
	 * @param note request-correction: what the department adds for all items (optional)
	 * @param outcome review: APPROVE or REJECT
	 * @param toStep send-back: one of the case's {@code sendBackTargets}
	 * @param kind start-special-period: HEARING, INSPECTION, TESTING, APPRAISAL or
	 * EXPERT_REVIEW
	 * @param expectedEnd start-special-period: the day it is expected to end
	 * @param result end-special-period: what it found
	 * @param decision decide: GRANT or DENY
	 * @param reasons decide
	 * @param body write: the message to the applicant
	 * @param experts expert-review: the experts of the case's {@code experts}, each with
	 * the day their opinion is due
	 * @param materials expert-review: the attachments of the application the experts may
	 * read (optional)
	 * @param task any action on a task: the open task (of the case's {@code tasks}) to
	 * act on, needed where several are open to the caller
	 * @param gaps accept-with-gaps: the codes of the materials accepted without, each one
	 * the version lets follow (R4.3, R15.6)
	 * @param supplyBy accept-with-gaps: the day they are to be supplied by
	 */
	record ActionBody(String opinion, String reason, String legalBasis, List<CorrectionItem> items, String note,
			ReviewOutcome outcome, String toStep, SpecialPeriodKind kind, LocalDate expectedEnd, String result,
			Decision decision, String reasons, String body, List<ExpertDue> experts, List<UUID> materials, String task,
			List<String> gaps, LocalDate supplyBy) {

		static final ActionBody EMPTY = new ActionBody(null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null);

	}

	@GetMapping("/tasks")
	@Operation(summary = "The open tasks the caller's department roles may take (R4, R5)",
			description = "Claimed by the caller or by nobody, or with `claim=ALL` by anybody; the soonest deadline "
					+ "first (`sort=DUE`) or the oldest application first (`sort=RECEIVED`); a page of the oldest "
					+ CaseWork.QUEUE_LIMIT + " tasks.")
	@ApiResponse(responseCode = "200", description = "The page of tasks")
	@ApiResponse(responseCode = "400",
			description = "An unknown claim or sort, a page below 1 or a size outside 1 to 100")
	ResultPage<StaffCaseJson.Task> tasks(
			@Parameter(description = "A step, e.g. ACCEPTANCE") @RequestParam(required = false) CaseStep step,
			@Parameter(description = "A matter code") @RequestParam(required = false) String matterCode,
			@Parameter(description = "MINE, UNCLAIMED or ALL") @RequestParam(required = false) QueueFilter.Claim claim,
			@Parameter(description = "DUE or RECEIVED") @RequestParam(required = false) QueueFilter.Sort sort,
			@Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "Tasks per page, 1 to 100") @RequestParam(defaultValue = "50") int size,
			@AuthenticationPrincipal Actor actor, Locale locale) {
		var filter = new QueueFilter(step, blankToNull(matterCode), claim == null ? QueueFilter.Claim.ALL : claim,
				sort == null ? QueueFilter.Sort.DUE : sort);
		return work.queue(actor, filter, Paging.of(page, size, Paging.MAX_SIZE))
			.map(item -> StaffCaseJson.Task.of(item, locale));
	}

	@GetMapping(CASE)
	@Operation(summary = "A case: the application, its materials and documents, the step, what the caller may do, "
			+ "the history with every opinion, the clock and the messages (R5.4, R8.2)")
	@ApiResponse(responseCode = "200", description = "The case")
	@ApiResponse(responseCode = "404", description = "No such case, or not of the caller's departments")
	StaffCaseJson.Case get(@PathVariable String number, @Parameter(
			description = "An open task of the case whose actions to show, where several are the caller's") @RequestParam(
					required = false) String task,
			@AuthenticationPrincipal Actor actor, Locale locale) {
		return StaffCaseJson.Case.of(on(task).open(actor, number), locale);
	}

	@PostMapping(CASE + "/{action}")
	@Operation(
			summary = "Act on a case: claim, release, accept, accept-with-gaps, refuse, request-correction, review, "
					+ "send-back, " + "start-special-period, end-special-period, expert-review, extend, decide, write",
			description = "Acting on an unclaimed task claims it. Accepting, refusing, a correction notice, special "
					+ "periods, the extension and the decision give the applicant a notice (PDF) and tell them by "
					+ "in-app message, SMS and e-mail (R6.2). `expert-review` (a reviewer at a review step, R5.3) "
					+ "assigns experts of `GET .../experts` and pauses the clock until the last opinion; "
					+ "`end-special-period` ends it early. `accept-with-gaps` (容缺受理, R4.3, R15.6) accepts without the "
					+ "materials `gaps` that the version lets follow, to be supplied by `supplyBy`: at most 20 working days "
					+ "after acceptance and at least 2 before the committed due day; 409 for an applicant with a credit "
					+ "record in force.")
	@ApiResponse(responseCode = "200", description = "The case as it is afterwards")
	@ApiResponse(responseCode = "400", description = "A required field is missing or invalid: the problem names it")
	@ApiResponse(responseCode = "404", description = "No such case or action, or not of the caller's departments")
	@ApiResponse(responseCode = "409", description = "Not at this step, another role's step, claimed by another, "
			+ "a special period runs, extended already, the case has ended, the task named is no longer open, or "
			+ "several tasks are open to the caller and none is named")
	StaffCaseJson.Case act(@PathVariable String number, @PathVariable String action,
			@RequestBody(required = false) ActionBody body, @AuthenticationPrincipal Actor actor, Locale locale) {
		ActionBody given = body == null ? ActionBody.EMPTY : body;
		CaseWork onTask = on(given.task());
		CaseView after = switch (action(action)) {
			case CLAIM -> onTask.claim(actor, number);
			case RELEASE -> onTask.release(actor, number);
			case ACCEPT -> onTask.accept(actor, number, given.opinion());
			case ACCEPT_WITH_GAPS ->
				onTask.acceptWithGaps(actor, number, given.gaps(), given.supplyBy(), given.opinion());
			case REFUSE -> onTask.refuse(actor, number, given.reason(), given.legalBasis());
			case REQUEST_CORRECTION -> onTask.requestCorrection(actor, number, given.items(), given.note());
			case REVIEW -> onTask.review(actor, number, given.outcome(), given.opinion());
			case SEND_BACK -> onTask.sendBack(actor, number, given.toStep(), given.opinion());
			case START_SPECIAL_PERIOD ->
				onTask.startSpecialPeriod(actor, number, given.kind(), given.reason(), given.expectedEnd());
			case END_SPECIAL_PERIOD -> onTask.endSpecialPeriod(actor, number, given.result());
			case EXPERT_REVIEW ->
				onTask.assignExperts(actor, number, given.experts(), given.materials(), given.reason());
			case EXTEND -> onTask.extend(actor, number, given.reason());
			case DECIDE -> onTask.decide(actor, number, given.decision(), given.reasons(), given.legalBasis());
			case WRITE -> onTask.write(actor, number, given.body());
		};
		return StaffCaseJson.Case.of(after, locale);
	}

	@GetMapping(CASE + "/experts")
	@Operation(summary = "The experts a reviewer may ask on the case (R5.3)",
			description = "Experts of the pool with a field (a catalogue theme) of the case's matter; not the caller, "
					+ "nor the applicant, nor anyone who acts on the case as staff.")
	@ApiResponse(responseCode = "200", description = "The experts")
	@ApiResponse(responseCode = "404", description = "No such case, or not of the caller's departments")
	List<Expert> experts(@PathVariable String number, @AuthenticationPrincipal Actor actor) {
		return work.expertCandidates(actor, number);
	}

	@GetMapping(CASE + "/expert-reviews")
	@Operation(summary = "The experts asked on the case, each with the day due and the opinion once given (R5.3)",
			description = "An opinion's file is read at `GET .../files/{attachmentId}`.")
	@ApiResponse(responseCode = "200", description = "The experts asked, oldest first")
	@ApiResponse(responseCode = "404", description = "No such case, or not of the caller's departments")
	List<ExpertAssignment> expertReviews(@PathVariable String number, @AuthenticationPrincipal Actor actor) {
		return work.expertReviews(actor, number);
	}

	@GetMapping(path = CASE + "/files/{attachmentId:[0-9a-fA-F-]{36}}", produces = "*/*")
	@Operation(summary = "A material of the application or a document of the case, as stored")
	@ApiResponse(responseCode = "200", description = "The file, as a download (`Content-Disposition: attachment`)")
	@ApiResponse(responseCode = "404", description = "No such case or file, or not of the caller's departments")
	ResponseEntity<InputStreamResource> file(@PathVariable String number, @PathVariable UUID attachmentId,
			@AuthenticationPrincipal Actor actor) {
		AttachmentContent content = work.file(actor, number, attachmentId);
		return ResponseEntity.ok()
			.contentType(content.mediaType())
			.contentLength(content.attachment().size())
			.header(HttpHeaders.CONTENT_DISPOSITION, content.contentDisposition().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content.stream()));
	}

	private static CaseAction action(String path) {
		CaseAction action = ACTIONS.get(path);
		if (action == null) {
			throw new NotFoundException("approval.action.unknown", path);
		}
		return action;
	}

	/** The work on the task named, if one is. */
	private CaseWork on(String task) {
		return task == null || task.isBlank() ? work : work.onTask(task.strip());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
