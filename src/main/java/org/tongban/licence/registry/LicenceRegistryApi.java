package org.tongban.licence.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.identity.Actor;
import org.tongban.licence.LicenceStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The base registry of e-licences for the departments' systems and staff (R15.10): a
 * licence by id, or an enterprise's licences by credit code, each read naming its purpose
 * and the case it serves, and logged for the holder to see (R9.3, R16.1).
 */
@RestController
@Tag(name = "Licence registry", description = "Electronic licences read by departments, every read logged (R15.10)")
class LicenceRegistryApi {

	private static final String PURPOSE = "Why the licence is read, 2 to 200 characters, e.g. 核验申请人的食品经营许可证";

	private static final String CASE = "The number of the case of the caller's department the read serves";

	private final LicenceRegistry registry;

	LicenceRegistryApi(LicenceRegistry registry) {
		this.registry = registry;
	}

	/**
	 * A licence as the registry gives it.
	 *
	 * @param holderNumber an enterprise's credit code, or a person's ID number masked
	 * @param validUntil null without expiry
	 */
	record Licence(String id, String type, String name, LicenceStatus status, String holderName, boolean holderIsPerson,
			String holderNumber, String departmentCode, LocalDate validFrom, LocalDate validUntil, List<Item> printed,
			LocalDate revokedOn, String revocationReasons) {

		static Licence of(RegistryLicence licence, Locale locale) {
			return new Licence(licence.id(), licence.type(), licence.name().in(locale), licence.status(),
					licence.holderName(), licence.holderIsPerson(), licence.holderNumber(), licence.departmentCode(),
					licence.validFrom(), licence.validUntil(),
					licence.printed()
						.stream()
						.map(item -> new Item(item.label().in(locale), item.value().in(locale)))
						.toList(),
					licence.revokedOn(), licence.revocationReasons());
		}

	}

	record Item(String label, String value) {
	}

	@GetMapping(path = "/api/v1/registry/licences/{id}", produces = "application/json")
	@Operation(operationId = "readRegistryLicence",
			summary = "A licence by its id, for a case of the caller's department")
	@ApiResponse(responseCode = "200", description = "The licence and its status today")
	@ApiResponse(responseCode = "400", description = "No purpose, or no case of the caller's department")
	@ApiResponse(responseCode = "403", description = "Applicants are refused")
	@ApiResponse(responseCode = "404", description = "No licence has the id")
	Licence licence(@PathVariable String id,
			@Parameter(description = PURPOSE) @RequestParam(required = false) String purpose,
			@Parameter(description = CASE) @RequestParam(required = false) String caseNumber,
			@AuthenticationPrincipal Actor actor, Locale locale) {
		return Licence.of(registry.licence(actor, id, purpose, caseNumber), locale);
	}

	@GetMapping(path = "/api/v1/registry/licences", produces = "application/json")
	@Operation(operationId = "searchRegistryLicences",
			summary = "An enterprise's licences by its credit code, optionally of one type, the newest first")
	@ApiResponse(responseCode = "200", description = "The licences, none if it holds none")
	@ApiResponse(responseCode = "400",
			description = "No credit code or one that is none, a malformed type, no purpose, or no case of the "
					+ "caller's department")
	@ApiResponse(responseCode = "403", description = "Applicants are refused")
	List<Licence> ofEnterprise(
			@Parameter(description = "The holder's unified social credit code") @RequestParam(
					required = false) String creditCode,
			@Parameter(description = "A licence type, e.g. FOOD_BUSINESS_LICENCE") @RequestParam(
					required = false) String type,
			@Parameter(description = PURPOSE) @RequestParam(required = false) String purpose,
			@Parameter(description = CASE) @RequestParam(required = false) String caseNumber,
			@AuthenticationPrincipal Actor actor, Locale locale) {
		return registry.ofEnterprise(actor, creditCode, type, purpose, caseNumber)
			.stream()
			.map(licence -> Licence.of(licence, locale))
			.toList();
	}

}
