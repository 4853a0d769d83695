package org.tongban.participation.rating;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.identity.Actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The supervision office's side of the ratings (R15.8, R16.3): verifying bad ratings,
 * deciding appeals, and the rankings.
 */
@RestController
@RequestMapping(path = "/api/v1/supervision/ratings", produces = "application/json")
@Tag(name = "Satisfaction rating: supervision",
		description = "Verify bad ratings, decide the departments' appeals, rank departments and matters (R15.8, R16.3)")
class RatingSupervisionApi {

	private final Ratings ratings;

	RatingSupervisionApi(Ratings ratings) {
		this.ratings = ratings;
	}

	@GetMapping
	@Operation(summary = "The bad ratings to verify, or the appeals to decide")
	@ApiResponse(responseCode = "200", description = "The ratings, the newest first")
	List<RatingJson.Staff> waiting(
			@Parameter(description = "verification (the default) or appeal") @RequestParam(
					defaultValue = "verification") String waiting,
			@AuthenticationPrincipal Actor actor, Locale locale) {
		return RatingJson.Staff.all("appeal".equals(waiting) ? ratings.appealsToDecide(actor) : ratings.toVerify(actor),
				locale);
	}

	@GetMapping("/{number}")
	@Operation(summary = "A rating with its case's officers, verification, rectification and appeal")
	@ApiResponse(responseCode = "200", description = "The rating")
	@ApiResponse(responseCode = "404", description = "No rating given for the case")
	RatingJson.Staff rating(@PathVariable String number, @AuthenticationPrincipal Actor actor, Locale locale) {
		return RatingJson.Staff.of(ratings.read(actor, number), locale);
	}

	@PostMapping(path = "/{number}/verification", consumes = "application/json")
	@Operation(summary = "The finding on a bad rating: justified, not justified or malicious",
			description = "A justified one is to be rectified by the department within 15 working days. "
					+ "Nobody verifies a rating of a case they handled or rated.")
	@ApiResponse(responseCode = "200", description = "The rating as verified")
	@ApiResponse(responseCode = "400", description = "No finding or no reasons")
	@ApiResponse(responseCode = "403", description = "The caller handled or rated the case")
	@ApiResponse(responseCode = "404", description = "No rating given for the case")
	@ApiResponse(responseCode = "409", description = "Not a bad rating waiting for verification")
	RatingJson.Staff verify(@PathVariable String number, @RequestBody RatingJson.Finding finding,
			@AuthenticationPrincipal Actor actor, Locale locale) {
		return RatingJson.Staff.of(ratings.verify(actor, number, finding.finding(), finding.reason()), locale);
	}

	@PostMapping(path = "/{number}/appeal-decision", consumes = "application/json")
	@Operation(summary = "The decision on the department's appeal of a rating",
			description = "By another supervisor than the one who verified it; an upheld appeal leaves the rating "
					+ "out of the rankings.")
	@ApiResponse(responseCode = "200", description = "The rating as decided")
	@ApiResponse(responseCode = "400", description = "No reasons")
	@ApiResponse(responseCode = "403", description = "The caller verified the rating, or handled or rated the case")
	@ApiResponse(responseCode = "404", description = "No rating given for the case")
	@ApiResponse(responseCode = "409", description = "No appeal waiting for a decision")
	RatingJson.Staff decideAppeal(@PathVariable String number, @RequestBody RatingJson.AppealDecision decision,
			@AuthenticationPrincipal Actor actor, Locale locale) {
		return RatingJson.Staff.of(ratings.decideAppeal(actor, number, decision.upheld(), decision.reason()), locale);
	}

	@GetMapping("/rankings")
	@Operation(summary = "The ranking of departments or matters in a period",
			description = "Average score (1 to 5), number of ratings and share of bad ones, leaving out malicious "
					+ "ratings and ratings appealed with success; the best first.")
	@ApiResponse(responseCode = "200", description = "The ranking")
	@ApiResponse(responseCode = "400", description = "A period whose end is before its start")
	List<RatingJson.RankingLine> ranking(
			@Parameter(description = "departments (the default) or matters") @RequestParam(
					defaultValue = "departments") String of,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale) {
		return RatingJson.lines(
				"matters".equals(of) ? ratings.matterRanking(from, to) : ratings.departmentRanking(from, to), locale);
	}

}
