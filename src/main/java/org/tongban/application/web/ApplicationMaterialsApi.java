package org.tongban.application.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.AttachedMaterial;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.storage.Attachments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The materials of a draft (R3.3, R12.2): files uploaded one material at a time, typed by
 * their content, stored encrypted under an id of the server's; files given with earlier
 * applications reused instead of uploaded again ("my materials", R3.2); downloads under a
 * name the server chooses.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Application materials", description = "Upload, reuse, download and remove the files of a draft (R3.3)")
class ApplicationMaterialsApi {

	private static final String MATERIALS = ApplicationApi.DRAFTS + ApplicationApi.ID + "/materials";

	private static final String ATTACHMENT = "/{attachmentId:[0-9a-fA-F-]{36}}";

	private final ApplicationMaterials materials;

	private final Attachments attachments;

	ApplicationMaterialsApi(ApplicationMaterials materials, Attachments attachments) {
		this.materials = materials;
		this.attachments = attachments;
	}

	/**
	 * @param material the code of the material, as the matter's guide lists it
	 * @param attachmentId a file of "my materials"
	 */
	record Reuse(String material, UUID attachmentId) {
	}

	@PostMapping(path = MATERIALS, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(operationId = "uploadDraftMaterial", summary = "Upload a file for a material of a draft",
			description = "PDF, JPEG, PNG or OFD, recognized by content; at most 20 MB a file and 100 MB an "
					+ "application (as configured); the file name is kept as display text only.")
	@ApiResponse(responseCode = "201", description = "The material as attached")
	@ApiResponse(responseCode = "400", description = "No such material, or one the platform provides itself")
	@ApiResponse(responseCode = "404", description = "No such draft, or not the caller's")
	@ApiResponse(responseCode = "409", description = "Already submitted")
	@ApiResponse(responseCode = "413", description = "The file is larger than a request may be")
	@ApiResponse(responseCode = "422", description = "The file is refused: empty, too large, not an allowed type, "
			+ "corrupt, or an archive bomb; the detail says which")
	ResponseEntity<ApplicationJson.Material> upload(@PathVariable UUID id,
			@Parameter(description = "The material's code, e.g. M04") @RequestParam String material,
			@RequestParam MultipartFile file, @AuthenticationPrincipal Actor actor, Locale locale) throws IOException {
		AttachedMaterial attached;
		try (InputStream content = file.getInputStream()) {
			attached = materials.attach(actor, id, material, file.getOriginalFilename(), content);
		}
		return ResponseEntity.created(URI.create("/api/v1/drafts/" + id + "/materials/" + attached.attachmentId()))
			.body(ApplicationJson.Material.of(attached, locale));
	}

	@PostMapping(path = MATERIALS + "/reuse", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "reuseMyMaterial",
			summary = "Give a file of \"my materials\" for a material of a draft, instead of uploading it again "
					+ "(R3.2)")
	@ApiResponse(responseCode = "201", description = "The material as attached")
	@ApiResponse(responseCode = "400", description = "No such material, or the file is already part of the draft")
	@ApiResponse(responseCode = "404", description = "No such draft or file, or not the caller's")
	@ApiResponse(responseCode = "409", description = "Already submitted")
	ResponseEntity<ApplicationJson.Material> reuse(@PathVariable UUID id, @RequestBody Reuse reuse,
			@AuthenticationPrincipal Actor actor, Locale locale) {
		if (reuse.attachmentId() == null) {
			throw new InvalidParameterException("attachmentId", "application.material.attachmentMissing");
		}
		AttachedMaterial attached = materials.reuse(actor, id, reuse.material(), reuse.attachmentId());
		return ResponseEntity.created(URI.create("/api/v1/drafts/" + id + "/materials/" + attached.attachmentId()))
			.body(ApplicationJson.Material.of(attached, locale));
	}

	/**
	 * @param material the code of a material of a licence type
	 * @param licenceId one of the caller's electronic licences, e.g. {@code DZZZ-…}
	 */
	record UseLicence(String material, String licenceId) {
	}

	@PostMapping(path = MATERIALS + "/licence", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "useMyLicence",
			summary = "Give one of the caller's electronic licences for a material of its licence type (R6.5)",
			description = "Its signed PDF is attached, marked with the licence's id. The platform checks that the "
					+ "caller holds the licence, that it is valid today and of the material's licence type; "
					+ "nothing else is taken from the request.")
	@ApiResponse(responseCode = "201", description = "The material as attached, with its licenceId")
	@ApiResponse(responseCode = "400",
			description = "No such material or one of no licence type; a licence the "
					+ "caller does not hold, revoked or expired, of another type, or given already")
	@ApiResponse(responseCode = "404", description = "No such draft, or not the caller's")
	@ApiResponse(responseCode = "409", description = "Already submitted")
	ResponseEntity<ApplicationJson.Material> useLicence(@PathVariable UUID id, @RequestBody UseLicence use,
			@AuthenticationPrincipal Actor actor, Locale locale) {
		AttachedMaterial attached = materials.useLicence(actor, id, use.material(), use.licenceId());
		return ResponseEntity.created(URI.create("/api/v1/drafts/" + id + "/materials/" + attached.attachmentId()))
			.body(ApplicationJson.Material.of(attached, locale));
	}

	@GetMapping(path = MATERIALS + ATTACHMENT, produces = MediaType.ALL_VALUE)
	@Operation(operationId = "downloadDraftMaterial", summary = "Download a file of a draft or application",
			description = "As stored: the type recognized at upload, a download under the display name "
					+ "(`Content-Disposition: attachment`), never to be shown inline or sniffed (R12.2).")
	@ApiResponse(responseCode = "200", description = "The file")
	@ApiResponse(responseCode = "404", description = "No such draft, application or file, or not the caller's")
	ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID attachmentId,
			@AuthenticationPrincipal Actor actor) {
		AttachedMaterial material = materials.file(actor, id, attachmentId);
		return ApplicationPages.download(attachments.open(material.attachmentId()));
	}

	@DeleteMapping(MATERIALS + ATTACHMENT)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "removeDraftMaterial",
			summary = "Remove a file from a draft; it stays among \"my materials\" if given before")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "404", description = "No such draft or file, or not the caller's")
	@ApiResponse(responseCode = "409", description = "Already submitted")
	void detach(@PathVariable UUID id, @PathVariable UUID attachmentId, @AuthenticationPrincipal Actor actor) {
		materials.detach(actor, id, attachmentId);
	}

	@GetMapping("/my/materials")
	@Operation(operationId = "listMyMaterials",
			summary = "\"My materials\": the files the caller gave with earlier applications, to reuse (R3.2)")
	@ApiResponse(responseCode = "200", description = "The files, each with the material it was given for")
	List<ApplicationJson.Material> myMaterials(@AuthenticationPrincipal Actor actor, Locale locale) {
		return materials.mine(actor).stream().map(material -> ApplicationJson.Material.of(material, locale)).toList();
	}

	@GetMapping(path = "/my/materials" + ATTACHMENT, produces = MediaType.ALL_VALUE)
	@Operation(operationId = "downloadMyMaterial", summary = "Download a file of \"my materials\"",
			description = "As a file of a draft is downloaded: the type recognized at upload, a download under the "
					+ "display name, never to be shown inline or sniffed (R12.2).")
	@ApiResponse(responseCode = "200", description = "The file")
	@ApiResponse(responseCode = "404", description = "No such file, or not the caller's")
	ResponseEntity<InputStreamResource> downloadMine(@PathVariable UUID attachmentId,
			@AuthenticationPrincipal Actor actor) {
		return ApplicationPages.download(attachments.open(MyPages.mine(materials, actor, attachmentId).attachmentId()));
	}

}
