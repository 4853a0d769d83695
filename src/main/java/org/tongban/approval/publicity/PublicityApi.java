package org.tongban.approval.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.shared.ResultPage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The published decisions (双公示, R6.1) for the mobile app and other systems, with the
 * filters and pages of the public page. Texts follow the request's language.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Publicity", description = "Grants and revocations published for their publicity period (R6.1, R15.9)")
class PublicityApi {

	private final PublicityEntries entries;

	private final Clock clock;

	PublicityApi(PublicityEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@GetMapping("/publicity")
	@Operation(summary = "Search the decisions within their publicity period, the latest first")
	ResultPage<PublicityJson> publicity(
			@Parameter(description = "Words of the matter's name or code") @RequestParam(
					required = false) String matter,
			@Parameter(description = "Words of the department's name or code") @RequestParam(
					required = false) String department,
			@Parameter(
					description = "Words of the holder's name as published (a natural person's is masked)") @RequestParam(
							required = false) String holder,
			@Parameter(description = "Words of the decision number or application number") @RequestParam(
					required = false) String number,
			@Parameter(description = "Decided on or after, yyyy-MM-dd") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "Decided on or before, yyyy-MM-dd") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "Items per page, 1 to 100") @RequestParam(
					defaultValue = "" + PublicityQuery.DEFAULT_SIZE) int size,
			Locale locale) {
		return entries
			.search(PublicityQuery.of(matter, department, holder, number, from, to, page, size), LocalDate.now(clock))
			.map(entry -> PublicityJson.of(entry, locale));
	}

}
