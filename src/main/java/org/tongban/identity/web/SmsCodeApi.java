package org.tongban.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.identity.login.SmsCodePurpose;
import org.tongban.identity.login.SmsCodes;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.identifiers.InvalidIdentifierException;
import org.tongban.shared.identifiers.MobileNumber;

/**
 * Sends an SMS code (R1.3, R12.4): for log-in ({@code POST /api/v1/auth/login} with
 * {@code phone} and {@code smsCode}) or for registration. The answer is 202 with the same
 * body whether or not the number has an account, 429 with {@code Retry-After} when the
 * number or the caller has asked too often.
 */
@RestController
@Tag(name = "Log-in", description = "Bearer tokens for programs: a password (with a staff member's second factor), "
		+ "an SMS code or a CA certificate; log-out (R1.3)")
class SmsCodeApi {

	private static final SentJson SENT = new SentJson(300, 60);

	private final SmsCodes codes;

	SmsCodeApi(SmsCodes codes) {
		this.codes = codes;
	}

	/**
	 * @param request {@code phone}, and {@code purpose}: {@code LOGIN} (the default) or
	 * {@code REGISTRATION}
	 */
	@PostMapping(path = "/api/v1/auth/sms-code", produces = "application/json")
	@Operation(summary = "Send an SMS code for log-in or registration")
	@ApiResponse(responseCode = "202", description = "The same answer whether or not the number has an account")
	@ApiResponse(responseCode = "400", description = "Not a mobile number, or a purpose not asked for here")
	@ApiResponse(responseCode = "429",
			description = "Too many codes for the number or from the address; "
					+ "`Retry-After` says when to try again")
	@ResponseStatus(HttpStatus.ACCEPTED)
	SentJson send(@RequestBody SmsCodeRequest request, HttpServletRequest http, Locale locale) {
		SmsCodePurpose purpose = request.purpose() == null ? SmsCodePurpose.LOGIN : request.purpose();
		// A contact phone's code is asked for on the application it belongs to, by its
		// applicant.
		if (purpose == SmsCodePurpose.CONTACT_PHONE) {
			throw new InvalidParameterException("purpose", "identity.smsCode.purpose");
		}
		codes.send(phone(request.phone()), purpose, http.getRemoteAddr(), locale);
		return SENT;
	}

	private static MobileNumber phone(String text) {
		try {
			return MobileNumber.parse(text == null ? "" : text);
		}
		catch (InvalidIdentifierException ex) {
			throw new InvalidParameterException("phone", ex.messageCode(), ex.messageArgs());
		}
	}

	record SmsCodeRequest(String phone, SmsCodePurpose purpose) {
	}

	/** The same for every number: whether a code went out is not said. */
	record SentJson(int validForSeconds, int resendAfterSeconds) {
	}

}
