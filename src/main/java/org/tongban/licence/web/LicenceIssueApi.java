package org.tongban.licence.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.identity.Actor;
import org.tongban.licence.internal.LicenceIssues;
import org.tongban.licence.internal.LicenceRecord;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The licences a department issues by hand, for its approvers (R6.3, R15.5), as
 * {@code /staff/licence-issues} shows them.
 */
@RestController
@RequestMapping(path = "/api/v1/staff/licence-issues", produces = "application/json")
@Tag(name = "Licences issued by hand",
		description = "Issue the licences of grants that the department issues by hand, within 10 working days "
				+ "(R6.3, R15.5)")
class LicenceIssueApi {

	private static final String NUMBER = "/{number:TB\\d{14,}}";

	private final LicenceIssues issues;

	LicenceIssueApi(LicenceIssues issues) {
		this.issues = issues;
	}

	@GetMapping
	@Operation(operationId = "listPendingLicenceIssues",
			summary = "The licences the approver's departments are to issue by hand, the oldest grant first")
	@ApiResponse(responseCode = "200", description = "The licences waiting")
	List<PendingIssueJson> pending(@AuthenticationPrincipal Actor staff, Locale locale) {
		return issues.pending(staff).stream().map(issue -> PendingIssueJson.of(issue, locale)).toList();
	}

	@GetMapping(NUMBER)
	@Operation(operationId = "getPendingLicenceIssue",
			summary = "One licence waiting, with the holder it will name (a read of personal data, audited)")
	@ApiResponse(responseCode = "200", description = "The licence waiting")
	@ApiResponse(responseCode = "404", description = "No licence waiting for this case in the approver's departments")
	PendingIssueJson pendingIssue(@PathVariable String number, @AuthenticationPrincipal Actor staff, Locale locale) {
		return PendingIssueJson.of(issues.get(staff, number), locale);
	}

	@PostMapping(path = NUMBER, consumes = "application/json")
	@Operation(operationId = "issueLicenceByHand",
			summary = "Issue the licence, signed as the platform issues one at once; its deadline's clock stops")
	@ApiResponse(responseCode = "200", description = "Issued: the licence's id and validity")
	@ApiResponse(responseCode = "400", description = "Not confirmed; `errors` names the field")
	@ApiResponse(responseCode = "404", description = "No licence waiting for this case in the approver's departments")
	@ApiResponse(responseCode = "409", description = "The approver's own case, or the grant was revoked meanwhile")
	IssuedJson issue(@PathVariable String number, @RequestBody(required = false) IssueJson body,
			@AuthenticationPrincipal Actor staff) {
		LicenceRecord issued = issues.issue(staff, number, body != null && Boolean.TRUE.equals(body.confirmed()));
		return new IssuedJson(issued.id(), issued.caseNumber(), issued.validFrom(), issued.validUntil(),
				issued.issuedAt());
	}

	/**
	 * @param confirmed the approver checked what the licence will say and issues it
	 */
	record IssueJson(Boolean confirmed) {
	}

	record IssuedJson(String licenceId, String number, LocalDate validFrom, LocalDate validUntil, Instant issuedAt) {
	}

	/**
	 * @param holderName on one licence's own answer only
	 */
	record PendingIssueJson(String number, String matterName, String departmentCode, String licenceName,
			Instant grantedAt, LocalDate dueOn, String holderName, LocalDate validFrom, LocalDate validUntil) {

		static PendingIssueJson of(LicenceIssues.PendingIssue issue, Locale locale) {
			return new PendingIssueJson(issue.number(), issue.matterName().in(locale), issue.departmentCode(),
					issue.licenceName().in(locale), issue.grantedAt(), issue.dueOn(), issue.holderName(),
					issue.validFrom(), issue.validUntil());
		}

	}

}
