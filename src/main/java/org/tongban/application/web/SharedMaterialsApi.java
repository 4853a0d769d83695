package org.tongban.application.web;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.application.Drafts;
import org.tongban.application.SharedEvidence;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The applicant's choice for a material the government holds (免提交, R15.10, R16.1): they
 * saw its preview in the draft ({@code sharedMaterials}) and use it, or upload their own
 * instead, which is then required like any upload. As the materials page does.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Application materials", description = "Upload, reuse, download and remove the files of a draft (R3.3)")
class SharedMaterialsApi {

	private static final String SHARED = ApplicationApi.DRAFTS + ApplicationApi.ID
			+ "/shared-materials/{material:[A-Za-z0-9_-]{1,20}}";

	private final SharedEvidence sharedEvidence;

	private final Drafts drafts;

	SharedMaterialsApi(SharedEvidence sharedEvidence, Drafts drafts) {
		this.sharedEvidence = sharedEvidence;
		this.drafts = drafts;
	}

	/**
	 * @param choice {@code USE_SHARED} or {@code UPLOAD_OWN}
	 */
	record Choice(String choice) {
	}

	@PutMapping(path = SHARED, consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "chooseSharedMaterial",
			summary = "Use the evidence the government holds for a material of a draft, or upload one's own (R15.10, "
					+ "R16.1)",
			description = "`USE_SHARED` confirms the evidence as previewed in the draft's `sharedMaterials`: a "
					+ "licence is attached as verified, a registry record is kept as it reads now and shown to "
					+ "staff as verified evidence. `UPLOAD_OWN` makes the material one to upload.")
	@ApiResponse(responseCode = "204", description = "Chosen; the draft shows the choice")
	@ApiResponse(responseCode = "400",
			description = "No such choice, a material the government does not hold, or evidence that cannot be used")
	@ApiResponse(responseCode = "404", description = "No such draft, or not the caller's")
	@ApiResponse(responseCode = "409", description = "Already submitted")
	ResponseEntity<Void> choose(@PathVariable UUID id, @PathVariable String material, @RequestBody Choice choice,
			@AuthenticationPrincipal Actor actor) {
		// Anybody else's draft is not found, whatever they ask.
		drafts.get(actor, id);
		String chosen = choice == null ? null : choice.choice();
		if ("USE_SHARED".equals(chosen)) {
			sharedEvidence.confirm(actor, id, material);
		}
		else if ("UPLOAD_OWN".equals(chosen)) {
			sharedEvidence.uploadOwn(actor, id, material);
		}
		else {
			throw new InvalidParameterException("choice", "application.shared.choiceInvalid");
		}
		return ResponseEntity.noContent().build();
	}

}
