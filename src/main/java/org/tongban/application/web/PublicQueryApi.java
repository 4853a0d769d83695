package org.tongban.application.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.application.PublicBundleStatus;
import org.tongban.application.PublicQuery;
import org.tongban.shared.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Where an application stands, for anybody who has its number and query code (R7.2): no
 * log-in, no personal data. Limited per client address (R12.4,
 * {@code tongban.application.query-per-minute}).
 */
@RestController
@Tag(name = "Public query", description = "The status of an application or a bundle by number and query code (R7.2)")
class PublicQueryApi {

	private final PublicQuery publicQuery;

	private final ApplicationJson json;

	PublicQueryApi(PublicQuery publicQuery, ApplicationJson json) {
		this.publicQuery = publicQuery;
		this.json = json;
	}

	@GetMapping(path = "/api/v1/query", produces = "application/json")
	@Operation(summary = "The status of an application: matter, department, status, current step and its deadline")
	@ApiResponse(responseCode = "200", description = "The status, without who applied or what they wrote")
	@ApiResponse(responseCode = "400", description = "No number or no code")
	@ApiResponse(responseCode = "404", description = "The number or the code is wrong (the same answer for both)")
	@ApiResponse(responseCode = "429",
			description = "Too many queries from the address; `Retry-After` says when to " + "try again")
	ApplicationJson.Status query(@Parameter(description = "The application number, TB...") @RequestParam String number,
			@Parameter(description = "The query code of the receipt") @RequestParam String code, Locale locale) {
		return json.status(publicQuery.status(number, code), locale);
	}

	/**
	 * A bundle and where each of its matters stands, for anybody with its number and
	 * query code (R7.2, R2.5).
	 *
	 * @param status DRAFT never shows; SUBMITTED while its stages run, then FINISHED or
	 * WITHDRAWN
	 * @param members each member matter as the query of a single application shows it
	 */
	record BundleStatus(String number, String bundleName, org.tongban.application.BundleStatus status,
			LocalDate receivedOn, List<ApplicationJson.Status> members) {
	}

	@GetMapping(path = "/api/v1/query/bundle", produces = "application/json")
	@Operation(summary = "The status of a bundle: each matter's status, current step and deadline (R2.5, R7.2)")
	@ApiResponse(responseCode = "200", description = "The status, without who applied or what they wrote")
	@ApiResponse(responseCode = "400", description = "No number or no code")
	@ApiResponse(responseCode = "404", description = "The number or the code is wrong (the same answer for both)")
	@ApiResponse(responseCode = "429",
			description = "Too many queries from the address; `Retry-After` says when to try again")
	BundleStatus bundle(@Parameter(description = "The bundle's number, TB...") @RequestParam String number,
			@Parameter(description = "The query code of the bundle's receipt") @RequestParam String code,
			Locale locale) {
		PublicBundleStatus found = publicQuery.bundleStatus(number, code)
			.orElseThrow(() -> new NotFoundException("application.query.notFound"));
		return new BundleStatus(found.number(), found.bundleName().in(locale), found.status(), found.receivedOn(),
				found.members().stream().map(member -> json.status(member, locale)).toList());
	}

}
