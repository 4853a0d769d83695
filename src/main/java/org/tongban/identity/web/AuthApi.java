package org.tongban.identity.web;

import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.identity.LogInMethod;
import org.tongban.identity.login.ApiTokens;
import org.tongban.identity.login.IssuedToken;
import org.tongban.identity.login.LogOutEverywhere;
import org.tongban.identity.login.LoginResult;
import org.tongban.identity.login.PasswordLogin;
import org.tongban.identity.login.SmsCodeLogin;
import org.tongban.identity.login.StaffSecondFactor;
import org.tongban.shared.audit.Audit;

/**
 * Log-in for programs (R1.3, R14.3): a log-in name and password, or a mobile number and
 * the code sent to it ({@link SmsCodeApi}), give a bearer token for {@code /api/v1/**}. A
 * wrong credential is 401 with the same problem detail whatever was wrong, too many
 * attempts 429 with {@code Retry-After}.
 */
@RestController
@RequestMapping(path = "/api/v1/auth", produces = "application/json")
@Tag(name = "Log-in", description = "Bearer tokens for programs: a password (with a staff member's second factor), "
		+ "an SMS code or a CA certificate; log-out (R1.3)")
class AuthApi {

	private final PasswordLogin passwordLogin;

	private final SmsCodeLogin smsCodeLogin;

	private final ApiTokens tokens;

	private final Audit audit;

	private final LogOutEverywhere logOutEverywhere;

	private final StaffSecondFactor secondFactor;

	AuthApi(PasswordLogin passwordLogin, SmsCodeLogin smsCodeLogin, ApiTokens tokens, LogOutEverywhere logOutEverywhere,
			StaffSecondFactor secondFactor, Audit audit) {
		this.audit = audit;
		this.passwordLogin = passwordLogin;
		this.smsCodeLogin = smsCodeLogin;
		this.tokens = tokens;
		this.logOutEverywhere = logOutEverywhere;
		this.secondFactor = secondFactor;
	}

	/**
	 * @param credentials {@code username}: a mobile or resident ID number, a credit code
	 * or a staff account name; {@code password}; for staff {@code otp}, the code of their
	 * authenticator app or one sent by SMS ({@code POST /api/v1/auth/second-factor/sms})
	 * (R1.3), without which the answer is the 401 of a wrong password, so that it does
	 * not tell whether the password was right; or {@code phone} and {@code smsCode} for
	 * an applicant
	 */
	@PostMapping("/login")
	@Operation(summary = "Log in with a password (and a staff member's second factor) or an SMS code: a bearer token")
	@ApiResponse(responseCode = "200", description = "The token and when it expires")
	@ApiResponse(responseCode = "401", description = "Wrong credentials: the same answer whatever was wrong")
	@ApiResponse(responseCode = "429", description = "Too many attempts; `Retry-After` says when to try again")
	TokenJson logIn(@RequestBody LoginCredentials credentials, HttpServletRequest request) {
		if (credentials.phone() != null) {
			return TokenJson.of(tokens.issue(
					smsCodeLogin.logIn(credentials.phone(), credentials.smsCode(), request.getRemoteAddr()).id(),
					LogInMethod.SMS_CODE));
		}
		LoginResult result = passwordLogin.logIn(credentials.username(), credentials.password(),
				request.getRemoteAddr());
		if (result instanceof LoginResult.SecondFactorRequired required) {
			return TokenJson.of(tokens.issue(
					secondFactor.logIn(required.pending(), credentials.otp(), request.getRemoteAddr()).id(),
					LogInMethod.PASSWORD));
		}
		return TokenJson.of(tokens.issue(((LoginResult.LoggedIn) result).actor().id(), LogInMethod.PASSWORD));
	}

	/** Revokes the token of this request. */
	@PostMapping("/logout")
	@Operation(summary = "Revoke the token of this request")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void logOut(HttpServletRequest request, Authentication authentication) {
		BearerToken.of(request).ifPresent(token -> tokens.revoke(token.token()));
		SecurityConfiguration.loggedOut(audit, authentication, "token");
	}

	/** Revokes every token and ends every web session of the account. */
	@PostMapping("/logout-everywhere")
	@Operation(summary = "Revoke every token and end every web session of the account")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void logOutEverywhere(Authentication authentication) {
		logOutEverywhere.logOut(UUID.fromString(authentication.getName()));
		SecurityConfiguration.loggedOut(audit, authentication, "everywhere");
	}

	record LoginCredentials(String username, String password, String otp, String phone, String smsCode) {
	}

	record TokenJson(String token, String tokenType, Instant expiresAt) {

		static TokenJson of(IssuedToken issued) {
			return new TokenJson(issued.token(), "Bearer", issued.expiresAt());
		}

	}

}
