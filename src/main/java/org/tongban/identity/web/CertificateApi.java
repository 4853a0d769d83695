package org.tongban.identity.web;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.identity.LogInMethod;
import org.tongban.identity.factors.CertificateChallenge;
import org.tongban.identity.login.ApiTokens;
import org.tongban.identity.login.CertificateLogin;
import org.tongban.identity.web.AuthApi.TokenJson;

/**
 * Log-in with a CA digital certificate for programs (R1.3, R12.6): a challenge, then the
 * certificate and the signature over the challenge's text give the same bearer token as a
 * password. Any refusal is the generic 401.
 */
@RestController
@RequestMapping(path = "/api/v1/auth/certificate", produces = "application/json")
@Tag(name = "Log-in", description = "Bearer tokens for programs: a password (with a staff member's second factor), "
		+ "an SMS code or a CA certificate; log-out (R1.3)")
class CertificateApi {

	private final CertificateLogin certificateLogin;

	private final ApiTokens tokens;

	CertificateApi(CertificateLogin certificateLogin, ApiTokens tokens) {
		this.certificateLogin = certificateLogin;
		this.tokens = tokens;
	}

	/**
	 * A challenge to sign within two minutes: {@code challenge} is the text to sign, as
	 * is.
	 */
	@PostMapping("/challenge")
	@Operation(summary = "A challenge to sign with the certificate's key within two minutes")
	@ApiResponse(responseCode = "200", description = "The challenge")
	@ApiResponse(responseCode = "404", description = "Log-in with a certificate is not offered")
	@ApiResponse(responseCode = "429", description = "Too many attempts; `Retry-After` says when to try again")
	ChallengeJson challenge(HttpServletRequest request) {
		CertificateChallenge challenge = certificateLogin.challenge(request.getRemoteAddr());
		return new ChallengeJson(challenge.nonce(), challenge.text(), challenge.expiresAt());
	}

	/**
	 * @param login {@code nonce} of the challenge, {@code certificate} in PEM,
	 * {@code signature} in Base64 (DER for SM2 and ECDSA)
	 */
	@PostMapping("/login")
	@Operation(summary = "Log in with a CA certificate and the signature over the challenge: a bearer token")
	@ApiResponse(responseCode = "200", description = "The token and when it expires")
	@ApiResponse(responseCode = "401", description = "Refused: the same answer whatever was wrong")
	@ApiResponse(responseCode = "404", description = "Log-in with a certificate is not offered")
	@ApiResponse(responseCode = "429", description = "Too many attempts; `Retry-After` says when to try again")
	TokenJson logIn(@RequestBody CertificateLoginJson login, HttpServletRequest request) {
		return TokenJson.of(tokens.issue(
				certificateLogin.logIn(login.nonce(), login.certificate(), login.signature(), request.getRemoteAddr())
					.id(),
				LogInMethod.CERTIFICATE));
	}

	record ChallengeJson(String nonce, String challenge, Instant expiresAt) {
	}

	record CertificateLoginJson(String nonce, String certificate, String signature) {
	}

}
