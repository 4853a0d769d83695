package org.tongban.participation.rating;

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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The department's side of its bad ratings (R15.8, R16.3): the administrator rectifies a
 * justified one and replies to the rater, or appeals a mistaken or malicious one.
 */
@RestController
@RequestMapping(path = "/api/v1/department/ratings", produces = "application/json")
@Tag(name = "Satisfaction rating: department",
		description = "Rectify and reply to a justified bad rating, or appeal a mistaken or malicious one "
				+ "(R15.8, R16.3)")
class RatingDepartmentApi {

	private final Ratings ratings;

	RatingDepartmentApi(Ratings ratings) {
		this.ratings = ratings;
	}

	@GetMapping
	@Operation(summary = "The bad ratings of the caller's departments, with their rectification's due day")
	@ApiResponse(responseCode = "200", description = "The ratings, the newest first")
	List<RatingJson.Staff> ratings(@AuthenticationPrincipal Actor actor, Locale locale) {
		return RatingJson.Staff.all(ratings.ofDepartments(actor), locale);
	}

	@PostMapping(path = "/{number}/reply", consumes = "application/json")
	@Operation(summary = "Reply to the rater on the rectification of a justified bad rating",
			description = "Written to the case and told to the rater, who may rate the rectification once.")
	@ApiResponse(responseCode = "200", description = "The rating as replied to")
	@ApiResponse(responseCode = "400", description = "No reply, or too long")
	@ApiResponse(responseCode = "403", description = "The caller handled or rated the case")
	@ApiResponse(responseCode = "404", description = "No rating of the caller's departments for the case")
	@ApiResponse(responseCode = "409", description = "Not a justified bad rating waiting for a reply")
	RatingJson.Staff reply(@PathVariable String number, @RequestBody RatingJson.Text reply,
			@AuthenticationPrincipal Actor actor, Locale locale) {
		return RatingJson.Staff.of(ratings.reply(actor, number, reply.text()), locale);
	}

	@PostMapping(path = "/{number}/appeal", consumes = "application/json")
	@Operation(summary = "Appeal a bad rating as mistaken or malicious, once, with the reasons",
			description = "Decided by the supervision office.")
	@ApiResponse(responseCode = "200", description = "The rating as appealed")
	@ApiResponse(responseCode = "400", description = "No reasons, or too long")
	@ApiResponse(responseCode = "403", description = "The caller handled or rated the case")
	@ApiResponse(responseCode = "404", description = "No rating of the caller's departments for the case")
	@ApiResponse(responseCode = "409", description = "Not a bad rating, or appealed already")
	RatingJson.Staff appeal(@PathVariable String number, @RequestBody RatingJson.Text reason,
			@AuthenticationPrincipal Actor actor, Locale locale) {
		return RatingJson.Staff.of(ratings.appeal(actor, number, reason.text()), locale);
	}

}
