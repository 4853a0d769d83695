package org.tongban.licence.renewal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.application.Application;
import org.tongban.identity.Actor;

/**
 * The holder starts the renewal of their licence (R15.5): a draft of the same matter,
 * filled in from the licence's application, to complete and submit through the drafts'
 * API ({@code /api/v1/drafts/{id}}).
 */
@RestController
@Tag(name = "Licence renewal", description = "Renewing an electronic licence before it expires (R15.5)")
class RenewalApi {

	private final LicenceRenewals renewals;

	RenewalApi(LicenceRenewals renewals) {
		this.renewals = renewals;
	}

	/**
	 * The renewal draft.
	 *
	 * @param draftId the draft, at {@code /api/v1/drafts/{draftId}}
	 * @param answers the answers filled in, by the form's field keys
	 */
	record RenewalDraft(UUID draftId, String matterCode, int matterVersion, String renewsLicenceId,
			Map<String, List<String>> answers) {
	}

	@PostMapping(path = "/api/v1/licences/{id}/renewal", produces = "application/json")
	@Operation(operationId = "startLicenceRenewal",
			summary = "Start (or continue) the renewal of the caller's licence: a draft of its matter, filled in from the licence's application")
	@ApiResponse(responseCode = "201", description = "The renewal draft")
	@ApiResponse(responseCode = "404", description = "No such licence of the caller's")
	@ApiResponse(responseCode = "409",
			description = "The licence is revoked, valid without expiry, or its renewal waits for its decision")
	ResponseEntity<RenewalDraft> start(@Parameter(description = "The licence id, DZZZ-…") @PathVariable String id,
			@AuthenticationPrincipal Actor holder) {
		Application draft = renewals.start(holder, id);
		return ResponseEntity.created(URI.create("/api/v1/drafts/" + draft.id()))
			.body(new RenewalDraft(draft.id(), draft.matterCode(), draft.matterVersion(), id,
					draft.answers().values()));
	}

}
