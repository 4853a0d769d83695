package org.tongban.application.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.application.ContactPhone;
import org.tongban.application.ContactPhones;
import org.tongban.identity.Actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The contact phone of an application from the mobile app (R6.2): whether the notices of
 * the case go there, and proving it with an SMS code so that they do.
 */
@RestController
@RequestMapping(path = "/api/v1/applications" + ApplicationApi.NUMBER + "/contact-phone", produces = "application/json")
@Tag(name = "Contact phone",
		description = "Confirm the contact phone of an application with an SMS code, so that "
				+ "the notices of the case also go there (R6.2)")
@ApiResponse(responseCode = "404", description = "No such application, or not the caller's")
class ContactPhoneApi {

	private final ContactPhones contactPhones;

	ContactPhoneApi(ContactPhones contactPhones) {
		this.contactPhones = contactPhones;
	}

	@GetMapping
	@Operation(operationId = "getContactPhone",
			summary = "The contact phone (masked) and whether the notices of the case go there: `ACCOUNT` (the "
					+ "account's or an agent's mobile), `VERIFIED`, `UNVERIFIED` (no notice goes there) or `NONE`")
	@ApiResponse(responseCode = "200", description = "The contact phone")
	ContactPhone contactPhone(@PathVariable String number, @AuthenticationPrincipal Actor actor) {
		return contactPhones.of(actor, number);
	}

	@PostMapping("/code")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send a code to the contact phone, valid for 5 minutes")
	@ApiResponse(responseCode = "202", description = "Sent")
	@ApiResponse(responseCode = "409",
			description = "The application has ended, gives no mobile number, or its "
					+ "number gets the notices already")
	@ApiResponse(responseCode = "429", description = "Too many codes for the number or from the address; "
			+ "`Retry-After` says when to try again")
	void sendCode(@PathVariable String number, @AuthenticationPrincipal Actor actor, HttpServletRequest request,
			Locale locale) {
		contactPhones.sendCode(actor, number, request.getRemoteAddr(), locale);
	}

	@PostMapping(consumes = "application/json")
	@Operation(summary = "Confirm the contact phone with the code it received: the notices of the case go there too")
	@ApiResponse(responseCode = "200", description = "Confirmed: `reach` is `VERIFIED`")
	@ApiResponse(responseCode = "400", description = "The code is not six digits, wrong or no longer valid")
	@ApiResponse(responseCode = "409", description = "The application has ended, gives no mobile number, or its "
			+ "number gets the notices already")
	ContactPhone confirm(@PathVariable String number, @RequestBody CodeJson code,
			@AuthenticationPrincipal Actor actor) {
		return contactPhones.confirm(actor, number, code == null ? null : code.code());
	}

	/**
	 * @param code the six digits of the text message
	 */
	record CodeJson(String code) {
	}

}
