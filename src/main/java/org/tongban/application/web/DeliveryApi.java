package org.tongban.application.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.application.DeliveryChoices;
import org.tongban.application.Drafts;
import org.tongban.identity.Actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * How the result of a draft reaches the applicant (R6.4), from the mobile app: as the
 * draft's delivery page chooses it. The application's own answer ({@code GET
 * /api/v1/applications/{number}}) shows it too, with where it stands.
 */
@RestController
@RequestMapping(path = "/api/v1" + ApplicationApi.DRAFTS + ApplicationApi.ID + "/delivery",
		produces = "application/json")
@Tag(name = "Delivery of the result",
		description = "Choose how the result of a draft reaches the applicant: `ELECTRONIC` (the default), "
				+ "`PICK_UP` at the department's hall, or `POST` to an address (R6.4)")
@ApiResponse(responseCode = "404", description = "No such draft, or not the caller's")
class DeliveryApi {

	private final DeliveryChoices choices;

	private final Drafts drafts;

	private final ApplicationJson json;

	DeliveryApi(DeliveryChoices choices, Drafts drafts, ApplicationJson json) {
		this.choices = choices;
		this.drafts = drafts;
		this.json = json;
	}

	@GetMapping
	@Operation(operationId = "getDraftDelivery", summary = "How the result of the draft reaches the applicant")
	@ApiResponse(responseCode = "200", description = "The delivery chosen, `ELECTRONIC` when none was")
	ApplicationJson.Delivery delivery(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Locale locale) {
		return json.delivery(drafts.get(actor, id), locale);
	}

	@PutMapping(consumes = "application/json")
	@Operation(operationId = "chooseDraftDelivery",
			summary = "Choose how the result of the draft reaches the applicant",
			description = "`POST` needs the postal address (at most 200 characters) and its six-digit postcode; "
					+ "the others take none.")
	@ApiResponse(responseCode = "200", description = "Chosen")
	@ApiResponse(responseCode = "400",
			description = "No or no known method, or the post without a valid address "
					+ "or postcode; `errors` names the field")
	@ApiResponse(responseCode = "409", description = "The draft was submitted")
	ApplicationJson.Delivery choose(@PathVariable UUID id, @RequestBody(required = false) DeliveryJson body,
			@AuthenticationPrincipal Actor actor, Locale locale) {
		DeliveryJson given = body == null ? new DeliveryJson(null, null, null) : body;
		choices.choose(actor, id, DeliveryPages.method(given.method()), given.address(), given.postcode());
		return json.delivery(drafts.get(actor, id), locale);
	}

	/**
	 * @param method {@code ELECTRONIC}, {@code PICK_UP} or {@code POST}
	 * @param address for {@code POST}: the postal address
	 * @param postcode for {@code POST}: its six digits
	 */
	record DeliveryJson(String method, String address, String postcode) {
	}

}
