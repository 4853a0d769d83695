package org.tongban.exchange.sharing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.shared.audit.Audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The sharing catalogue's requests for department admins (R9.5): those of their
 * departments and those to them; request, grant, refuse, withdraw.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/sharing", produces = "application/json")
@Tag(name = "Sharing catalogue", description = "Requests for and grants of data elements between departments (R9.5)")
class SharingApi {

	private final SharingCatalogue catalogue;

	private final Audit audit;

	SharingApi(SharingCatalogue catalogue, Audit audit) {
		this.catalogue = catalogue;
		this.audit = audit;
	}

	@GetMapping("/requests")
	@Operation(summary = "The requests of the admin's departments and those to them")
	List<SharingRequest> sharingRequests(Authentication authentication) {
		return catalogue.visibleTo(admin(authentication));
	}

	@GetMapping("/requests/{id}")
	@Operation(summary = "One request of or to the admin's departments")
	SharingRequest sharingRequest(@PathVariable UUID id, Authentication authentication) {
		return catalogue.find(admin(authentication), id);
	}

	@PostMapping(path = "/requests", consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Request a data element of another department for a purpose")
	SharingRequest requestSharing(@RequestBody NewRequest body, Authentication authentication) {
		return catalogue.request(admin(authentication), body.clientDepartment(), body.element(), body.purpose(),
				body.purposeText());
	}

	@PostMapping(path = "/requests/{id}/grant", consumes = "application/json")
	@Operation(summary = "Grant a request to the admin's department until an end date")
	SharingRequest grantSharing(@PathVariable UUID id, @RequestBody Grant body, Authentication authentication) {
		return catalogue.grant(admin(authentication), id, body.validUntil());
	}

	@PostMapping(path = "/requests/{id}/refusal", consumes = "application/json")
	@Operation(summary = "Refuse a request to the admin's department, with a reason")
	SharingRequest refuseSharing(@PathVariable UUID id, @RequestBody Refusal body, Authentication authentication) {
		return catalogue.refuse(admin(authentication), id, body.reason());
	}

	@PostMapping("/requests/{id}/withdrawal")
	@Operation(summary = "Withdraw a request, or give up a grant, of the admin's department")
	SharingRequest withdrawSharing(@PathVariable UUID id, Authentication authentication) {
		return catalogue.withdraw(admin(authentication), id);
	}

	private DepartmentAdmin admin(Authentication authentication) {
		return DepartmentAdmin.of(audit.currentActor().id(), authentication);
	}

	/**
	 * A request: the client department, the element's code, the purpose's code and words.
	 */
	record NewRequest(String clientDepartment, String element, String purpose, String purposeText) {
	}

	/** A grant's last day. */
	record Grant(LocalDate validUntil) {
	}

	/** A refusal's reason. */
	record Refusal(String reason) {
	}

}
