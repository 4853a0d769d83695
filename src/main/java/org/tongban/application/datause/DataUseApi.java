package org.tongban.application.datause;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.identity.Actor;
import org.tongban.shared.ResultPage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The applicant's data-use log in JSON (R16.1), as {@code /my/data-use} shows it: the
 * caller's own only.
 */
@RestController
@Tag(name = "Data use", description = "Who read the caller's data, when, why and for which case (R16.1)")
class DataUseApi {

	private final DataUseLog log;

	DataUseApi(DataUseLog log) {
		this.log = log;
	}

	@GetMapping(path = "/api/v1/my/data-use", produces = "application/json")
	@Operation(operationId = "myDataUse", summary = "A page of the reads of the caller's data, newest first",
			description = "Registry reads of the platform, requests of other departments' systems through the "
					+ "exchange API, and staff opening the caller's cases or being shown their numbers in full. "
					+ "The reader is named by department and role only. Pages of " + DataUseLog.PAGE_SIZE + ".")
	@ApiResponse(responseCode = "200", description = "The page")
	@ApiResponse(responseCode = "400", description = "A page below 1 or beyond " + DataUseLog.MAX_PAGE)
	ResultPage<DataUse> dataUse(@AuthenticationPrincipal Actor actor,
			@Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page) {
		return log.of(actor, page);
	}

}
