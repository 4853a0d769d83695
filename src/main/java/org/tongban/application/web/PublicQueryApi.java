package org.tongban.application.web;

import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.application.PublicQuery;

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
@Tag(name = "Public query", description = "The status of an application by number and query code (R7.2)")
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

}
