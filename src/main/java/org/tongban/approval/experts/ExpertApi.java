package org.tongban.approval.experts;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongban.approval.ExpertAssignment;
import org.tongban.approval.ExpertCase;
import org.tongban.approval.ExpertOutcome;
import org.tongban.approval.ExpertReviews;
import org.tongban.identity.Actor;
import org.tongban.storage.AttachmentContent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Expert review for experts (R5.3): the cases assigned to the caller, one of them with
 * the materials shared, and the opinion. A case not assigned to the caller is 404.
 */
@RestController
@RequestMapping(path = "/api/v1/expert", produces = "application/json")
@Tag(name = "Expert review", description = "The cases assigned to an expert and their opinions (R5.3)")
class ExpertApi {

	private static final String CASE = "/cases/{number:TB\\d{14,}}";

	private final ExpertReviews experts;

	ExpertApi(ExpertReviews experts) {
		this.experts = experts;
	}

	@GetMapping("/cases")
	@Operation(summary = "The cases assigned to the caller, the latest first, each with the day the opinion is due")
	@ApiResponse(responseCode = "200", description = "The assignments")
	List<ExpertAssignment> cases(@AuthenticationPrincipal Actor actor) {
		return experts.assigned(actor);
	}

	@GetMapping(CASE)
	@Operation(summary = "A case assigned to the caller: the matter, the question and the materials shared")
	@ApiResponse(responseCode = "200", description = "The case")
	@ApiResponse(responseCode = "404", description = "No such case assigned to the caller")
	ExpertCase get(@PathVariable String number, @AuthenticationPrincipal Actor actor) {
		return experts.assignedCase(actor, number);
	}

	@PostMapping(CASE + "/opinion")
	@Operation(summary = "The caller's opinion on a case assigned to them, once",
			description = "The last opinion of an expert review ends its special period: the case's clock runs again "
					+ "and the applicant is told.")
	@ApiResponse(responseCode = "200", description = "The case with the opinion")
	@ApiResponse(responseCode = "400", description = "No outcome or opinion, or a file refused: the problem names it")
	@ApiResponse(responseCode = "404", description = "No such case assigned to the caller")
	@ApiResponse(responseCode = "409", description = "Answered already, or the review has ended")
	ExpertCase opinion(@PathVariable String number,
			@Parameter(description = "AGREE, AGREE_WITH_CONDITIONS or DISAGREE") @RequestParam(
					required = false) ExpertOutcome outcome,
			@Parameter(description = "The opinion, at most 2000 characters") @RequestParam(
					required = false) String opinion,
			@Parameter(description = "A PDF, JPEG, PNG or OFD file (optional)") @RequestParam(
					required = false) MultipartFile file,
			@AuthenticationPrincipal Actor actor) throws IOException {
		boolean withFile = file != null && !file.isEmpty();
		try (InputStream content = withFile ? file.getInputStream() : null) {
			return experts.giveOpinion(actor, number, outcome, opinion, withFile ? file.getOriginalFilename() : null,
					content);
		}
	}

	@GetMapping(path = CASE + "/files/{attachmentId:[0-9a-fA-F-]{36}}", produces = "*/*")
	@Operation(summary = "A material shared with the caller, or the file of their opinion")
	@ApiResponse(responseCode = "200", description = "The file, as a download (`Content-Disposition: attachment`)")
	@ApiResponse(responseCode = "404", description = "No such case assigned to the caller, or no such file of it")
	ResponseEntity<InputStreamResource> file(@PathVariable String number, @PathVariable UUID attachmentId,
			@AuthenticationPrincipal Actor actor) {
		AttachmentContent content = experts.assignedFile(actor, number, attachmentId);
		return ResponseEntity.ok()
			.contentType(content.mediaType())
			.contentLength(content.attachment().size())
			.header(HttpHeaders.CONTENT_DISPOSITION, content.contentDisposition().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content.stream()));
	}

}
