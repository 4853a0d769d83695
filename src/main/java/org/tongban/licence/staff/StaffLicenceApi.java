package org.tongban.licence.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.identity.Actor;
import org.tongban.licence.LicenceStatus;
import org.tongban.licence.internal.LicenceEvent;
import org.tongban.licence.internal.LicenceLifeCycle;
import org.tongban.licence.internal.LicenceRecord;

/**
 * The department's life-cycle actions on the licences it issued (R15.5), as
 * {@code /staff/licences} offers them, for its approvers: find a licence, read it with
 * its history, revoke it, suspend it and lift the suspension, or change it by issuing a
 * new version.
 */
@RestController
@RequestMapping(path = "/api/v1/staff/licences", produces = "application/json")
@Tag(name = "Licence life cycle",
		description = "Revoke, suspend, lift the suspension of, and change the licences of the department (R15.5)")
class StaffLicenceApi {

	private static final String ID = "/{id:DZZZ-[0-9A-Za-z]{26}}";

	private final LicenceLifeCycle lifeCycle;

	StaffLicenceApi(LicenceLifeCycle lifeCycle) {
		this.lifeCycle = lifeCycle;
	}

	@GetMapping
	@Operation(operationId = "searchLicences",
			summary = "The licences of the approver's departments with the id or case number given, "
					+ "or without one the latest; the newest first")
	@ApiResponse(responseCode = "200",
			description = "The licences found, a natural person named masked and without ID numbers")
	@ApiResponse(responseCode = "400", description = "The query is not a licence or case number")
	List<Summary> search(@Parameter(description = "A licence id (DZZZ-…) or a case number (TB…)") @RequestParam(
			required = false) String q, @AuthenticationPrincipal Actor staff, Locale locale) {
		return lifeCycle.search(staff, q).stream().map(licence -> Summary.of(licence, locale)).toList();
	}

	@GetMapping(ID)
	@Operation(operationId = "getLicence",
			summary = "One licence with its status and history (a read of personal data, audited)")
	@ApiResponse(responseCode = "200", description = "The licence")
	@ApiResponse(responseCode = "404", description = "No such licence of the approver's departments")
	LicenceJson licence(@PathVariable String id, @AuthenticationPrincipal Actor staff, Locale locale) {
		return LicenceJson.of(lifeCycle.get(staff, id), locale);
	}

	@PostMapping(path = ID + "/revocation", consumes = "application/json")
	@Operation(operationId = "revokeLicence",
			summary = "Revoke the licence, with reasons and legal basis: its verification says REVOKED, the "
					+ "revocation is published and the holder told")
	@ApiResponse(responseCode = "200", description = "Revoked")
	@ApiResponse(responseCode = "400", description = "Reasons or legal basis missing or too long; `errors` names it")
	@ApiResponse(responseCode = "404", description = "No such licence of the approver's departments")
	@ApiResponse(responseCode = "409", description = "Revoked or replaced already, or the approver's own licence")
	LicenceJson revoke(@PathVariable String id, @RequestBody(required = false) ActionJson body,
			@AuthenticationPrincipal Actor staff, Locale locale) {
		return act(id, LicenceEvent.Kind.REVOKED, body, staff, locale);
	}

	@PostMapping(path = ID + "/suspension", consumes = "application/json")
	@Operation(operationId = "suspendLicence",
			summary = "Suspend the licence (暂扣), with reasons and legal basis: its verification says SUSPENDED "
					+ "until the suspension is lifted; the holder is told")
	@ApiResponse(responseCode = "200", description = "Suspended")
	@ApiResponse(responseCode = "400", description = "Reasons or legal basis missing or too long; `errors` names it")
	@ApiResponse(responseCode = "404", description = "No such licence of the approver's departments")
	@ApiResponse(responseCode = "409", description = "Not valid now, or the approver's own licence")
	LicenceJson suspend(@PathVariable String id, @RequestBody(required = false) ActionJson body,
			@AuthenticationPrincipal Actor staff, Locale locale) {
		return act(id, LicenceEvent.Kind.SUSPENDED, body, staff, locale);
	}

	@PostMapping(path = ID + "/resumption", consumes = "application/json")
	@Operation(operationId = "liftLicenceSuspension",
			summary = "Lift the suspension, with reasons (a legal basis optional): valid again; the holder is told")
	@ApiResponse(responseCode = "200", description = "The suspension is lifted")
	@ApiResponse(responseCode = "400", description = "Reasons missing or too long; `errors` names it")
	@ApiResponse(responseCode = "404", description = "No such licence of the approver's departments")
	@ApiResponse(responseCode = "409", description = "Not suspended, or the approver's own licence")
	LicenceJson lift(@PathVariable String id, @RequestBody(required = false) ActionJson body,
			@AuthenticationPrincipal Actor staff, Locale locale) {
		return act(id, LicenceEvent.Kind.RESUMED, body, staff, locale);
	}

	@PostMapping(path = ID + "/change", consumes = "application/json")
	@Operation(operationId = "changeLicence",
			summary = "Change the licence: a new version with the printed values given (in the licence's order), "
					+ "a new id and the version one higher, signed and given to the applicant; the old one says "
					+ "REPLACED and names it")
	@ApiResponse(responseCode = "200", description = "The new version")
	@ApiResponse(responseCode = "400",
			description = "Reasons missing, a printed value missing or too long, or nothing changed; "
					+ "`errors` names it")
	@ApiResponse(responseCode = "404", description = "No such licence of the approver's departments")
	@ApiResponse(responseCode = "409", description = "Not valid now, or the approver's own licence")
	LicenceJson change(@PathVariable String id, @RequestBody(required = false) ActionJson body,
			@AuthenticationPrincipal Actor staff, Locale locale) {
		return act(id, LicenceEvent.Kind.CHANGED, body, staff, locale);
	}

	private LicenceJson act(String id, LicenceEvent.Kind kind, ActionJson body, Actor staff, Locale locale) {
		ActionJson given = body == null ? new ActionJson(null, null, null) : body;
		return LicenceJson.of(lifeCycle.act(staff, id, kind, given.reasons(), given.legalBasis(), given.printed()),
				locale);
	}

	/**
	 * @param reasons required
	 * @param legalBasis required to revoke and suspend
	 * @param printed to change: the new value of each printed item, in the licence's
	 * order
	 */
	record ActionJson(String reasons, String legalBasis, List<String> printed) {
	}

	record Summary(String id, int version, LicenceStatus status, String caseNumber, String name, String holder,
			Instant issuedAt) {

		static Summary of(LicenceLifeCycle.Licence found, Locale locale) {
			LicenceRecord licence = found.record();
			return new Summary(licence.id(), licence.version(), found.status(), licence.caseNumber(),
					licence.name().in(locale), licence.publicHolderName(), licence.issuedAt());
		}

	}

	record Item(String label, String value) {
	}

	/**
	 * @param actorName the officer who acted; null for the platform
	 */
	record Step(LicenceEvent.Kind kind, Instant at, String actorName, String reasons, String legalBasis,
			String otherLicence) {
	}

	/**
	 * A licence as its department sees it.
	 *
	 * @param holderNumber the holder's credit code or resident ID number
	 * @param replaces the licence this version replaces
	 * @param replacedBy the licence that replaces this one
	 */
	record LicenceJson(String id, int version, LicenceStatus status, String caseNumber, String name, String holder,
			String holderNumber, String departmentCode, LocalDate validFrom, LocalDate validUntil, List<Item> printed,
			Instant issuedAt, LocalDate revokedOn, String revocationReasons, String revocationBasis,
			LocalDate suspendedOn, String suspensionReasons, String suspensionBasis, String replaces, String replacedBy,
			List<Step> history) {

		static LicenceJson of(LicenceLifeCycle.Licence licence, Locale locale) {
			LicenceRecord l = licence.record();
			return new LicenceJson(l.id(), l.version(), licence.status(), l.caseNumber(), l.name().in(locale),
					l.holderName(), l.holderNumber(), l.departmentCode(), l.validFrom(), l.validUntil(),
					l.printed()
						.stream()
						.map(item -> new Item(item.label().in(locale), item.value().in(locale)))
						.toList(),
					l.issuedAt(), l.revokedOn(), l.revocationReasons(), l.revocationBasis(), l.suspendedOn(),
					l.suspensionReasons(), l.suspensionBasis(), l.replaces(), l.replacedBy(),
					licence.history()
						.stream()
						.map(step -> new Step(step.kind(), step.at(), step.actorName(), step.reasons(),
								step.legalBasis(), step.otherLicence()))
						.toList());
		}

	}

}
