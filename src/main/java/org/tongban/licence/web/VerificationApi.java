package org.tongban.licence.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.licence.LicenceCheck;
import org.tongban.licence.LicenceStatus;
import org.tongban.licence.internal.Licences;
import org.tongban.licence.renewal.DeemedRenewals;

/**
 * The public verification of a licence by its id (R6.3), for whoever is shown a licence:
 * no log-in, nothing personal beyond what the licence shows publicly (a natural person's
 * name masked, no ID number). Limited per client address with the pages
 * ({@code tongban.licence.verifications-per-minute}).
 */
@RestController
@Tag(name = "Licence verification", description = "Whether an electronic licence is valid (R6.3)")
class VerificationApi {

	private final Licences licences;

	private final DeemedRenewals deemedRenewals;

	VerificationApi(Licences licences, DeemedRenewals deemedRenewals) {
		this.licences = licences;
		this.deemedRenewals = deemedRenewals;
	}

	/**
	 * A licence's verification.
	 *
	 * @param status VALID, REVOKED, SUSPENDED, EXPIRED, REPLACED or UNKNOWN
	 * @param holder an enterprise's name, or a natural person's masked
	 * @param creditCode an enterprise holder's unified social credit code, null for a
	 * person
	 * @param validUntil null without expiry
	 * @param printed what the licence of an enterprise states, label and value
	 * @param revokedOn with its reasons and legal basis, when revoked
	 * @param suspendedOn with its reasons and legal basis, while suspended
	 * @param replaces the licence this version replaces, if changed from one
	 * @param replacedBy the licence that replaces this one, when REPLACED
	 * @param history the steps of its life, the oldest first
	 * @param deemedRenewedOn the day the licence was deemed renewed to {@code validUntil}
	 * (行政许可法 art. 50), null otherwise
	 */
	record Verification(String licenceId, LicenceStatus status, String name, String holder, String creditCode,
			String department, LocalDate validFrom, LocalDate validUntil, List<Item> printed, LocalDate revokedOn,
			String revocationReasons, String revocationBasis, LocalDate suspendedOn, String suspensionReasons,
			String suspensionBasis, int version, String replaces, String replacedBy, List<LicenceCheck.Step> history,
			LocalDate deemedRenewedOn) {
	}

	record Item(String label, String value) {
	}

	@GetMapping(path = "/api/v1/licences/{id}/verification", produces = "application/json")
	@Operation(summary = "Whether a licence is valid, revoked or suspended (with date, reasons and legal basis), "
			+ "replaced by a changed version (naming it), expired or unknown; with its history")
	@ApiResponse(responseCode = "200",
			description = "The licence's status and what it shows publicly; UNKNOWN when no licence has the id")
	@ApiResponse(responseCode = "429",
			description = "Too many verifications from the address; `Retry-After` says when to try again")
	Verification verification(
			@Parameter(description = "The licence id, DZZZ-… as printed and in its QR code") @PathVariable String id,
			Locale locale) {
		LicenceCheck check = deemedRenewals.noted(licences.check(id));
		return new Verification(check.licenceId(), check.status(),
				check.name() == null ? null : check.name().in(locale), check.holder(), check.creditCode(),
				check.department() == null ? null : check.department().in(locale), check.validFrom(),
				check.validUntil(),
				check.printed()
					.stream()
					.map(item -> new Item(item.label().in(locale), item.value().in(locale)))
					.toList(),
				check.revokedOn(), check.revocationReasons(), check.revocationBasis(), check.suspendedOn(),
				check.suspensionReasons(), check.suspensionBasis(), check.version(), check.replaces(),
				check.replacedBy(), check.history(), check.deemedRenewedOn());
	}

}
