package org.tongban.participation.rating;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.identity.Actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The applicant rates their finished case (好差评, R15.8), and the rectification of a bad
 * rating.
 */
@RestController
@RequestMapping(path = "/api/v1/my/applications/{number}/rating", produces = "application/json")
@Tag(name = "Satisfaction rating",
		description = "Rate a finished case once, and the rectification of a bad rating " + "(R10.2, R15.8, R16.3)")
@ApiResponse(responseCode = "404", description = "No such finished case, or not the caller's")
class RatingApi {

	private final Ratings ratings;

	RatingApi(Ratings ratings) {
		this.ratings = ratings;
	}

	@GetMapping
	@Operation(summary = "The rating of the caller's finished case",
			description = "Due for 7 days after the case ended; then 基本满意 is recorded by default.")
	@ApiResponse(responseCode = "200", description = "The rating, due or given")
	RatingJson.Mine rating(@PathVariable String number, @AuthenticationPrincipal Actor actor, Locale locale) {
		return RatingJson.Mine.of(ratings.mine(actor, number), locale);
	}

	@PutMapping(consumes = "application/json")
	@Operation(summary = "Rate the caller's finished case, once",
			description = "A level, reasons of its group (good or bad) and a comment of up to 500 characters. "
					+ "A bad rating is verified by the supervision office.")
	@ApiResponse(responseCode = "200", description = "The rating as given")
	@ApiResponse(responseCode = "400", description = "No level, reasons of the other group, or a comment too long")
	@ApiResponse(responseCode = "409", description = "Rated already, or the 7 days have passed")
	RatingJson.Mine rate(@PathVariable String number, @RequestBody RatingJson.Given given,
			@AuthenticationPrincipal Actor actor, Locale locale) {
		return RatingJson.Mine
			.of(ratings.rate(actor, number, given.satisfaction(), given.reasonsGiven(), given.comment()), locale);
	}

	@PutMapping(path = "/rectification", consumes = "application/json")
	@Operation(summary = "Rate the department's rectification of a bad rating, once, after its reply")
	@ApiResponse(responseCode = "200", description = "The rating with the rectification's")
	@ApiResponse(responseCode = "400", description = "No level, or a comment too long")
	@ApiResponse(responseCode = "409", description = "No reply to rate, or rated already")
	RatingJson.Mine rateRectification(@PathVariable String number, @RequestBody RatingJson.Given given,
			@AuthenticationPrincipal Actor actor, Locale locale) {
		return RatingJson.Mine.of(ratings.rateRectification(actor, number, given.satisfaction(), given.comment()),
				locale);
	}

}
