package org.tongban.identity.web;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.identity.AccountProfile;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.registration.EnterpriseRegistrationForm;
import org.tongban.identity.registration.PersonRegistrationForm;
import org.tongban.identity.registration.Registration;

/**
 * Registration for programs (R1.1, R1.2), as on the pages: 201 with the new account,
 * numbers masked; 422 with each field that is wrong and its message; 429 when the caller
 * has tried too often. A natural person first asks for a code with
 * {@code POST /api/v1/auth/sms-code} and {@code "purpose": "REGISTRATION"}; an enterprise
 * is registered with proof (R1.6) by a natural person with their bearer token, who
 * becomes its agent; a certificate's challenge is that of
 * {@code POST /api/v1/auth/certificate/challenge}.
 */
@RestController
@RequestMapping(path = "/api/v1/auth/register", produces = "application/json")
@Tag(name = "Registration", description = "Accounts for natural persons and enterprises (R1.1, R1.2, R1.6)")
class RegistrationApi {

	private final Registration registration;

	private final Accounts accounts;

	RegistrationApi(Registration registration, Accounts accounts) {
		this.registration = registration;
		this.accounts = accounts;
	}

	@PostMapping("/person")
	@Operation(summary = "Register a natural person with the SMS code sent to their mobile")
	@ApiResponse(responseCode = "201", description = "The new account, numbers masked")
	@ApiResponse(responseCode = "422", description = "`errors` maps each wrong field to its message")
	@ApiResponse(responseCode = "429", description = "Too many attempts; `Retry-After` says when to try again")
	@ResponseStatus(HttpStatus.CREATED)
	AccountProfile person(@RequestBody PersonRegistrationForm form, HttpServletRequest request) throws BindException {
		var errors = new BeanPropertyBindingResult(form, "person");
		Actor person = registration.registerPerson(form, request.getRemoteAddr(), errors)
			.orElseThrow(() -> new BindException(errors));
		return accounts.profile(person.id());
	}

	/**
	 * 202 alike for every proven registration, whether the enterprise's account was
	 * opened, joined or left as it was: what was done goes by SMS to the legal
	 * representative and the registrant (R1.6). 422 without proof, the same whether the
	 * enterprise has an account or not.
	 */
	@PostMapping("/enterprise")
	@Operation(summary = "Register an enterprise with proof, the caller becoming its agent")
	@ApiResponse(responseCode = "202", description = "Received: what was done goes by SMS")
	@ApiResponse(responseCode = "422", description = "No proof, or `errors` maps each wrong field to its message")
	@ApiResponse(responseCode = "429", description = "Too many attempts; `Retry-After` says when to try again")
	@ResponseStatus(HttpStatus.ACCEPTED)
	EnterpriseSubmittedJson enterprise(@RequestBody EnterpriseRegistrationForm form,
			@AuthenticationPrincipal Actor agent, HttpServletRequest request) throws BindException {
		var errors = new BeanPropertyBindingResult(form, "enterprise");
		registration.registerEnterprise(form, agent, request.getRemoteAddr(), errors)
			.orElseThrow(() -> new BindException(errors));
		return new EnterpriseSubmittedJson(form.getCreditCode().strip(), EnterpriseSubmittedJson.TOLD_BY_SMS);
	}

	/**
	 * @param result always {@value #TOLD_BY_SMS}: the outcome is told by SMS only
	 */
	record EnterpriseSubmittedJson(String creditCode, String result) {

		static final String TOLD_BY_SMS = "TOLD_BY_SMS";

	}

}
