package org.tongban.application.web;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.application.Commitments;
import org.tongban.application.MyApplications;
import org.tongban.application.SignedCommitment;
import org.tongban.identity.Actor;
import org.tongban.identity.CertificateSignature;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Applying on informed commitment from the mobile app (R5.5, R15.7): read the commitment
 * of a draft, sign it with a code sent to one's own mobile (or with the CA certificate
 * one logged in with), or take it back before submitting; and read the commitment signed
 * on a submitted application. Not offered, and refused, to an applicant with a false
 * commitment in force.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Informed commitment",
		description = "Sign the informed commitment (告知承诺) of a draft, on which the licence is granted at once "
				+ "and verified afterwards (R5.5, R15.7)")
@ApiResponse(responseCode = "404", description = "No such draft or application, or not the caller's")
class CommitmentApi {

	private static final String DRAFT = ApplicationApi.DRAFTS + ApplicationApi.ID + "/commitment";

	private final Commitments commitments;

	private final MyApplications myApplications;

	CommitmentApi(Commitments commitments, MyApplications myApplications) {
		this.commitments = commitments;
		this.myApplications = myApplications;
	}

	@GetMapping(DRAFT)
	@Operation(operationId = "getCommitmentOffer",
			summary = "The commitment the applicant may sign on the draft, in the caller's language, with the "
					+ "masked mobile the code goes to, and the commitment signed already, if any")
	@ApiResponse(responseCode = "200", description = "The commitment offered")
	@ApiResponse(responseCode = "409",
			description = "Not offered: the version does not offer it, the applicant has a false commitment in force, "
					+ "or the draft was submitted")
	OfferJson offer(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Locale locale) {
		Commitments.Offer offer = commitments.offer(actor, id, locale)
			.orElseThrow(() -> new RefusedException(Refusal.CONFLICT, "application.commitment.notOffered"));
		return new OfferJson(offer.text(), offer.digest(), offer.maskedPhone(), offer.certificate(),
				offer.signed().map(SignedJson::of).orElse(null));
	}

	@PostMapping(DRAFT + "/code")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send the signing code to the applicant's own mobile, valid for 5 minutes")
	@ApiResponse(responseCode = "202", description = "Sent")
	@ApiResponse(responseCode = "409", description = "Not offered, signed already, or no mobile to send it to")
	@ApiResponse(responseCode = "429", description = "Too many codes for the number or from the address; "
			+ "`Retry-After` says when to try again")
	void sendCode(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, HttpServletRequest request,
			Locale locale) {
		commitments.sendCode(actor, id, request.getRemoteAddr(), locale);
	}

	@PostMapping(path = DRAFT, consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Sign the commitment, as `GET` gives it in the caller's language, with the code: submitting "
			+ "the draft then grants the licence at once")
	@ApiResponse(responseCode = "201", description = "Signed: the text, its SHA-256 digest, method and time")
	@ApiResponse(responseCode = "400", description = "The code is not six digits, wrong or no longer valid")
	@ApiResponse(responseCode = "409", description = "Not offered, signed already, or no mobile to send it to")
	SignedJson sign(@PathVariable UUID id, @RequestBody(required = false) CodeJson code,
			@AuthenticationPrincipal Actor actor, Locale locale) {
		return SignedJson.of(commitments.sign(actor, id, code == null ? null : code.code(), locale));
	}

	@PostMapping(path = DRAFT + "/certificate", consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Sign the commitment with the CA certificate the caller logged in with: the signature is over "
			+ "the `digest` that `GET` gives in the caller's language (its 64 hexadecimal characters as ASCII); "
			+ "submitting the draft then grants the licence at once")
	@ApiResponse(responseCode = "201",
			description = "Signed: the text, its SHA-256 digest, method, time and the certificate that signed")
	@ApiResponse(responseCode = "400",
			description = "The certificate or the signature is refused, with why: "
					+ "malformed, untrusted, expired, revoked, not for signatures, a signature of something else, or "
					+ "someone else's certificate")
	@ApiResponse(responseCode = "403", description = "The caller did not log in with a certificate")
	@ApiResponse(responseCode = "409", description = "Not offered, or signed already")
	SignedJson signWithCertificate(@PathVariable UUID id, @RequestBody(required = false) CertificateJson signed,
			@AuthenticationPrincipal Actor actor, Locale locale) {
		return SignedJson.of(commitments.signWithCertificate(actor, id, signed == null ? null : signed.certificate(),
				signed == null ? null : signed.signature(), locale));
	}

	@DeleteMapping(DRAFT)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Take the signed commitment back: the draft is then reviewed as usual")
	@ApiResponse(responseCode = "204", description = "Taken back, or there was none")
	@ApiResponse(responseCode = "409", description = "The draft was submitted")
	void withdraw(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		commitments.withdraw(actor, id);
	}

	@GetMapping(ApplicationApi.APPLICATIONS + ApplicationApi.NUMBER + "/commitment")
	@Operation(operationId = "getSignedCommitment",
			summary = "The commitment signed on a submitted application: text, digest, method, time")
	@ApiResponse(responseCode = "200", description = "The signed commitment")
	SignedJson signed(@PathVariable String number, @AuthenticationPrincipal Actor actor) {
		return commitments.of(myApplications.byNumber(actor, number))
			.map(SignedJson::of)
			.orElseThrow(() -> new NotFoundException("application.commitment.none"));
	}

	/**
	 * The commitment offered on a draft.
	 *
	 * @param digest SHA-256 of the text's UTF-8 bytes, lower-case hex: what a certificate
	 * signs, as ASCII
	 * @param maskedPhone where the code goes, masked; null when there is no mobile
	 * @param certificateOffered whether the caller may sign with the certificate they
	 * logged in with
	 * @param signed the commitment signed already, or null
	 */
	record OfferJson(String text, String digest, String maskedPhone, boolean certificateOffered, SignedJson signed) {
	}

	/**
	 * A signed commitment.
	 *
	 * @param digest SHA-256 of the text's UTF-8 bytes, lower-case hex
	 * @param method {@code SMS_CODE} or {@code CERTIFICATE}
	 * @param certificate for {@code CERTIFICATE}, the certificate and its signature; null
	 * for an SMS code
	 */
	record SignedJson(String text, String digest, String method, int matterVersion, Instant signedAt,
			CertificateSignature certificate) {

		static SignedJson of(SignedCommitment signed) {
			return new SignedJson(signed.text(), signed.digest(), signed.method().name(), signed.matterVersion(),
					signed.signedAt(), signed.certificate());
		}

	}

	/**
	 * @param certificate the caller's certificate, PEM
	 * @param signature the signature of the digest, Base64 (DER for SM2 and ECDSA)
	 */
	record CertificateJson(String certificate, String signature) {
	}

	/**
	 * @param code the six digits of the text message
	 */
	record CodeJson(String code) {
	}

}
