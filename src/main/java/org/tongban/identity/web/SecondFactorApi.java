package org.tongban.identity.web;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.identity.login.LoginResult;
import org.tongban.identity.login.PasswordLogin;
import org.tongban.identity.login.StaffSecondFactor;

/**
 * The SMS fallback of the staff second factor for programs (R1.3): the log-in name and
 * password send a code to the staff member's registered mobile, which then goes as
 * {@code otp} to {@code POST /api/v1/auth/login}. The password is asked again so that
 * nobody can send codes to staff without it; for a staff account name the answer is the
 * same 202 whether it was right (a code is sent) or not (nothing is sent), so that it
 * does not tell the password.
 */
@RestController
@RequestMapping(path = "/api/v1/auth/second-factor", produces = "application/json")
@Tag(name = "Log-in", description = "Bearer tokens for programs: a password (with a staff member's second factor), "
		+ "an SMS code or a CA certificate; log-out (R1.3)")
class SecondFactorApi {

	private final PasswordLogin passwordLogin;

	private final StaffSecondFactor secondFactor;

	SecondFactorApi(PasswordLogin passwordLogin, StaffSecondFactor secondFactor) {
		this.passwordLogin = passwordLogin;
		this.secondFactor = secondFactor;
	}

	/**
	 * 202 for a staff account name; an applicant, who needs no second factor, is sent
	 * nothing, and a wrong applicant's password is the 401 of log-in.
	 */
	@PostMapping("/sms")
	@Operation(summary = "Send a staff member's second-factor code by SMS, after the password")
	@ApiResponse(responseCode = "202", description = "Sent for a staff account whose password was right")
	@ApiResponse(responseCode = "401", description = "An applicant's password was wrong, as log-in answers")
	@ApiResponse(responseCode = "429", description = "Too many attempts; `Retry-After` says when to try again")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void sendSmsCode(@RequestBody Credentials credentials, HttpServletRequest request) {
		LoginResult result = passwordLogin.logIn(credentials.username(), credentials.password(),
				request.getRemoteAddr());
		if (result instanceof LoginResult.SecondFactorRequired required) {
			secondFactor.sendSmsCode(required.pending(), request.getRemoteAddr(), LocaleContextHolder.getLocale());
		}
	}

	record Credentials(String username, String password) {
	}

}
