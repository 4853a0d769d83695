package org.tongban.licence.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.identity.Actor;
import org.tongban.licence.LicenceStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The applicant's licence library (R6.5) for apps: the licences issued to the caller,
 * each with its share link, and the signed PDF of one, for its holder only.
 */
@RestController
@Tag(name = "My licences", description = "The caller's electronic licences (R6.5)")
class LibraryApi {

	private final LicenceLibrary library;

	LibraryApi(LicenceLibrary library) {
		this.library = library;
	}

	/**
	 * A licence of the caller's.
	 *
	 * @param status VALID, REVOKED, EXPIRED or REPLACED today
	 * @param validUntil null without expiry
	 * @param verificationUrl the share link: its public verification, as its QR code says
	 * @param pdf where its holder downloads the signed PDF
	 */
	record MyLicence(String id, String type, String name, LicenceStatus status, LocalDate validFrom,
			LocalDate validUntil, String department, String caseNumber, LocalDate revokedOn, String verificationUrl,
			String pdf) {
	}

	@GetMapping(path = "/api/v1/my/licences", produces = "application/json")
	@Operation(operationId = "listMyLicences",
			summary = "The caller's electronic licences, the newest first, with status, validity and share link")
	@ApiResponse(responseCode = "200", description = "The licences")
	@ApiResponse(responseCode = "403", description = "Staff have no licence library")
	List<MyLicence> licences(@AuthenticationPrincipal Actor actor, Locale locale) {
		return library.mine(actor)
			.stream()
			.map(licence -> new MyLicence(licence.id(), licence.type(), licence.name().in(locale), licence.status(),
					licence.validFrom(), licence.validUntil(), licence.department().in(locale), licence.caseNumber(),
					licence.revokedOn(), library.shareUrl(licence), "/api/v1/my/licences/" + licence.id() + "/pdf"))
			.toList();
	}

	@GetMapping(path = "/api/v1/my/licences" + LibraryPages.ID + "/pdf", produces = MediaType.ALL_VALUE)
	@Operation(operationId = "downloadMyLicence", summary = "The signed PDF of one of the caller's licences",
			description = "As issued and signed (PAdES); a download, never sniffed. Audited.")
	@ApiResponse(responseCode = "200", description = "The PDF")
	@ApiResponse(responseCode = "404", description = "No such licence, or not the caller's")
	ResponseEntity<InputStreamResource> pdf(@PathVariable String licenceId, @AuthenticationPrincipal Actor actor) {
		return LibraryPages.download(library.pdf(actor, licenceId));
	}

}
