package org.tongban.application.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongban.application.Application;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.AttachedMaterial;
import org.tongban.application.Corrections;
import org.tongban.application.MyApplications;
import org.tongban.identity.Actor;
import org.tongban.storage.Attachments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Answering a correction notice from the mobile app (补正, R4.2): the notice with every
 * item, the listed fields changed, the listed materials replaced, and the resubmission;
 * and the materials and documents of the case to download.
 */
@RestController
@RequestMapping(path = "/api/v1/applications" + ApplicationApi.NUMBER, produces = "application/json")
@Tag(name = "Corrections and documents",
		description = "Answer a correction notice; download the materials, the "
				+ "notices and the decision (R4.2, R7.1)")
@ApiResponse(responseCode = "404", description = "No such application, or not the caller's")
class CorrectionApi {

	private final Corrections corrections;

	private final ApplicationMaterials materials;

	private final MyApplications myApplications;

	private final Attachments attachments;

	private final ApplicationJson json;

	CorrectionApi(Corrections corrections, ApplicationMaterials materials, MyApplications myApplications,
			Attachments attachments, ApplicationJson json) {
		this.corrections = corrections;
		this.materials = materials;
		this.myApplications = myApplications;
		this.attachments = attachments;
		this.json = json;
	}

	@GetMapping("/correction")
	@Operation(operationId = "getCorrectionNotice",
			summary = "The correction notice to answer: every field and material to fix, and what is wrong")
	@ApiResponse(responseCode = "200", description = "The notice")
	@ApiResponse(responseCode = "409", description = "No correction is asked of this application")
	ApplicationJson.Correction correction(@PathVariable String number, @AuthenticationPrincipal Actor actor,
			Locale locale) {
		Application application = corrections.toCorrect(actor, number);
		return json.correction(application, application.correction().orElseThrow(), locale);
	}

	@PutMapping("/correction")
	@Operation(summary = "Save corrected answers of the listed fields",
			description = "Each value is a text or, for a field with several choices, a list of texts; null or blank "
					+ "clears the field. Only the fields the notice lists may be given, and never another value of an "
					+ "answer the platform verified (R1.6).")
	@ApiResponse(responseCode = "200", description = "The application with the saved answers")
	@ApiResponse(responseCode = "409", description = "No correction is asked of this application")
	@ApiResponse(responseCode = "422", description = "A field not listed or a value not valid: `errors` maps each "
			+ "field to its message; nothing was saved")
	ApplicationJson.Detail correct(@PathVariable String number, @RequestBody ApplicationApi.AnswerChanges changes,
			@AuthenticationPrincipal Actor actor, Locale locale) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		if (changes.answers() != null) {
			changes.answers().forEach((field, value) -> answers.put(field, ApplicationApi.texts(field, value)));
		}
		return json.detail(corrections.correct(actor, number, answers), locale);
	}

	@PostMapping(path = "/correction/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a file for a material the notice lists", description = "As for a draft (R3.3).")
	@ApiResponse(responseCode = "201", description = "The material as attached")
	@ApiResponse(responseCode = "400", description = "No such material")
	@ApiResponse(responseCode = "409", description = "No correction asked, or the notice does not list the material")
	@ApiResponse(responseCode = "422", description = "The file is refused; the detail says why")
	ResponseEntity<ApplicationJson.Material> upload(@PathVariable String number,
			@Parameter(description = "The material's code, e.g. M04") @RequestParam String material,
			@RequestParam MultipartFile file, @AuthenticationPrincipal Actor actor, Locale locale) throws IOException {
		UUID id = corrections.toCorrect(actor, number).id();
		AttachedMaterial attached;
		try (InputStream content = file.getInputStream()) {
			attached = materials.attach(actor, id, material, file.getOriginalFilename(), content);
		}
		return ResponseEntity
			.created(URI.create("/api/v1/applications/" + number + "/materials/" + attached.attachmentId()))
			.body(ApplicationJson.Material.of(attached, locale));
	}

	@DeleteMapping("/correction/materials/{attachmentId:[0-9a-fA-F-]{36}}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a file of a material the notice lists")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "409", description = "No correction asked, or the notice does not list the material")
	void detach(@PathVariable String number, @PathVariable UUID attachmentId, @AuthenticationPrincipal Actor actor) {
		materials.detach(actor, corrections.toCorrect(actor, number).id(), attachmentId);
	}

	@PostMapping("/correction/submit")
	@Operation(summary = "Resubmit the corrected application: it goes back to the department (R4.2)")
	@ApiResponse(responseCode = "200", description = "The application, back in the step that asked")
	@ApiResponse(responseCode = "409", description = "No correction is asked of this application; or items of the "
			+ "notice are still as they were when it was given (`unchanged` lists them) and `unchangedConfirmed` is not "
			+ "true: change them, or confirm that they need no change")
	@ApiResponse(responseCode = "422", description = "Still incomplete or invalid: `errors` maps each field (and "
			+ "`material.<code>`) to its message")
	ApplicationJson.Detail resubmit(@PathVariable String number,
			@RequestBody(required = false) Resubmission resubmission, @AuthenticationPrincipal Actor actor,
			Locale locale) {
		boolean confirmed = resubmission != null && Boolean.TRUE.equals(resubmission.unchangedConfirmed());
		return json.detail(corrections.resubmit(actor, number, confirmed), locale);
	}

	/**
	 * @param unchangedConfirmed the applicant confirms that the items of the notice still
	 * as they were need no change
	 */
	record Resubmission(Boolean unchangedConfirmed) {
	}

	@GetMapping(path = "/materials/{attachmentId:[0-9a-fA-F-]{36}}", produces = MediaType.ALL_VALUE)
	@Operation(operationId = "downloadApplicationMaterial", summary = "Download a file of a submitted application",
			description = "As a file of a draft is downloaded: the type recognized at upload, a download under the "
					+ "display name, never to be shown inline or sniffed (R12.2).")
	@ApiResponse(responseCode = "200", description = "The file")
	ResponseEntity<InputStreamResource> material(@PathVariable String number, @PathVariable UUID attachmentId,
			@AuthenticationPrincipal Actor actor) {
		Application application = myApplications.byNumber(actor, number);
		return ApplicationPages
			.download(attachments.open(materials.file(actor, application.id(), attachmentId).attachmentId()));
	}

	@GetMapping(path = "/documents/{attachmentId:[0-9a-fA-F-]{36}}", produces = MediaType.ALL_VALUE)
	@Operation(summary = "Download a document of the application: a notice or the decision",
			description = "A download under the document's name, never to be shown inline or sniffed (R12.2).")
	@ApiResponse(responseCode = "200", description = "The document")
	ResponseEntity<InputStreamResource> document(@PathVariable String number, @PathVariable UUID attachmentId,
			@AuthenticationPrincipal Actor actor) {
		return ApplicationPages
			.download(attachments.open(myApplications.document(actor, number, attachmentId).attachmentId()));
	}

}
