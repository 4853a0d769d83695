package org.tongban.exchange.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.OAuthFlow;
import io.swagger.v3.oas.annotations.security.OAuthFlows;
import io.swagger.v3.oas.annotations.security.OAuthScope;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.exchange.api.ExchangeRequests.Answer;
import org.tongban.exchange.api.ExchangeRequests.LicenceSearch;
import org.tongban.exchange.api.ExchangeRequests.Why;
import org.tongban.exchange.clients.ExchangeCaller;

/**
 * The data-exchange API for department systems (R9.2, R9.3): reads of the base registries
 * within the sharing catalogue's grants, and the publication of records into the registry
 * a department owns. A client calls with an access token of the client-credentials grant
 * ({@code POST /oauth2/token}); every request names its purpose and case number, and is
 * logged.
 */
@RestController
@Tag(name = "Data exchange", description = "Base registries for department systems, within their grants (R9.3)")
@SecurityScheme(name = ExchangeApi.SCHEME, type = SecuritySchemeType.OAUTH2,
		description = "An access token of the client-credentials grant of a registered department system",
		flows = @OAuthFlows(clientCredentials = @OAuthFlow(tokenUrl = "/oauth2/token",
				scopes = @OAuthScope(name = "exchange", description = "The data-exchange API"))))
@SecurityRequirement(name = ExchangeApi.SCHEME, scopes = "exchange")
class ExchangeApi {

	static final String SCHEME = "exchange";

	private static final String PURPOSE = "The purpose code of the sharing catalogue's grant, e.g. tax-registration";

	private static final String CASE = "The number of the case in the caller's system that the request serves";

	private final ExchangeRequests requests;

	ExchangeApi(ExchangeRequests requests) {
		this.requests = requests;
	}

	/**
	 * Why a request asks, as its query string names it: every request names both.
	 */
	record Reason(@Parameter(description = PURPOSE) String purpose, @Parameter(description = CASE) String caseNumber) {

		Why why() {
			return new Why(this.purpose, this.caseNumber);
		}

	}

	/**
	 * Whose record: the ID number in the body, so that it stays out of addresses and
	 * logs.
	 */
	record PersonQuery(String residentIdNumber) {
	}

	@PostMapping(path = "/api/v1/exchange/population/lookups", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "exchangeReadPerson",
			summary = "A person's record of the population registry: the granted data elements only")
	@ApiResponse(responseCode = "200", description = "The data elements granted, by their codes")
	@ApiResponse(responseCode = "400", description = "No purpose or case number, or a malformed ID number")
	@ApiResponse(responseCode = "401", description = "No valid access token")
	@ApiResponse(responseCode = "403", description = "No grant in force for the purpose")
	@ApiResponse(responseCode = "404", description = "The registry holds no such person")
	ResponseEntity<byte[]> person(@RequestBody(required = false) PersonQuery query, @ParameterObject Reason reason,
			@AuthenticationPrincipal ExchangeCaller caller) {
		return json(HttpStatus.OK,
				requests.person(caller, query == null ? null : query.residentIdNumber(), reason.why()));
	}

	@PostMapping(path = "/api/v1/exchange/population/records", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "exchangePublishPerson",
			summary = "Publishes a person's record (the ID number in the body), for the department that owns the "
					+ "population registry")
	@ApiResponse(responseCode = "200", description = "The registered record was replaced")
	@ApiResponse(responseCode = "201", description = "The record was added")
	@ApiResponse(responseCode = "400",
			description = "No purpose or case number, or a malformed record: an invalid ID number, or a sex or birth "
					+ "date the number does not state")
	@ApiResponse(responseCode = "401", description = "No valid access token")
	@ApiResponse(responseCode = "403", description = "The caller's department does not own the registry")
	ResponseEntity<byte[]> publishPerson(@ParameterObject Reason reason, @RequestBody(required = false) String record,
			@AuthenticationPrincipal ExchangeCaller caller) {
		Answer answer = requests.publishPerson(caller, reason.why(), record);
		return json(answer.created() ? HttpStatus.CREATED : HttpStatus.OK, answer);
	}

	@GetMapping(path = "/api/v1/exchange/legal-persons/{creditCode}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "exchangeReadLegalPerson",
			summary = "A legal person's record of the legal-person registry: the granted data elements only")
	@ApiResponse(responseCode = "200", description = "The data elements granted, by their codes")
	@ApiResponse(responseCode = "400", description = "No purpose or case number, or a malformed credit code")
	@ApiResponse(responseCode = "401", description = "No valid access token")
	@ApiResponse(responseCode = "403", description = "No grant in force for the purpose")
	@ApiResponse(responseCode = "404", description = "The registry holds no such legal person")
	ResponseEntity<byte[]> legalPerson(@PathVariable String creditCode, @ParameterObject Reason reason,
			@AuthenticationPrincipal ExchangeCaller caller) {
		return json(HttpStatus.OK, requests.legalPerson(caller, creditCode, reason.why()));
	}

	@PutMapping(path = "/api/v1/exchange/legal-persons/{creditCode}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "exchangePublishLegalPerson",
			summary = "Publishes a legal person's record, for the department that owns the registry")
	@ApiResponse(responseCode = "200", description = "The registered record was replaced")
	@ApiResponse(responseCode = "201", description = "The record was added")
	@ApiResponse(responseCode = "400", description = "No purpose or case number, or a malformed record")
	@ApiResponse(responseCode = "401", description = "No valid access token")
	@ApiResponse(responseCode = "403", description = "The caller's department does not own the registry")
	ResponseEntity<byte[]> publishLegalPerson(@PathVariable String creditCode, @ParameterObject Reason reason,
			@RequestBody(required = false) String record, @AuthenticationPrincipal ExchangeCaller caller) {
		Answer answer = requests.publishLegalPerson(caller, creditCode, reason.why(), record);
		return json(answer.created() ? HttpStatus.CREATED : HttpStatus.OK, answer);
	}

	@GetMapping(path = "/api/v1/exchange/licences/{licenceId}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "exchangeReadLicence",
			summary = "An electronic licence of the base registry of e-licences: the granted data elements only")
	@ApiResponse(responseCode = "200", description = "The data elements granted, by their codes")
	@ApiResponse(responseCode = "400", description = "No purpose or case number, or a malformed licence id")
	@ApiResponse(responseCode = "401", description = "No valid access token")
	@ApiResponse(responseCode = "403", description = "No grant in force for the purpose")
	@ApiResponse(responseCode = "404", description = "No licence has the id")
	ResponseEntity<byte[]> licence(@PathVariable String licenceId, @ParameterObject Reason reason,
			@AuthenticationPrincipal ExchangeCaller caller) {
		return json(HttpStatus.OK, requests.licence(caller, licenceId, reason.why()));
	}

	@PostMapping(path = "/api/v1/exchange/licences/searches", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "exchangeSearchLicences",
			summary = "A holder's electronic licences, by credit code or resident ID number (in the body), "
					+ "optionally of one type, the newest first: the granted data elements only")
	@ApiResponse(responseCode = "200", description = "The licences with the data elements granted, none if none")
	@ApiResponse(responseCode = "400",
			description = "No purpose or case number, not exactly one holder number, or a malformed one or type")
	@ApiResponse(responseCode = "401", description = "No valid access token")
	@ApiResponse(responseCode = "403", description = "No grant in force for the purpose")
	ResponseEntity<byte[]> licences(@RequestBody(required = false) LicenceSearch search, @ParameterObject Reason reason,
			@AuthenticationPrincipal ExchangeCaller caller) {
		return json(HttpStatus.OK, requests.licences(caller, search, reason.why()));
	}

	/** The very bytes whose digest the log keeps. */
	private static ResponseEntity<byte[]> json(HttpStatus status, Answer answer) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(answer.body());
	}

}
