package org.tongban.licence.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tongban.licence.LicenceCheck;
import org.tongban.licence.renewal.DeemedRenewals;
import org.tongban.licence.LicenceStatus;
import org.tongban.licence.internal.LicenceProperties;
import org.tongban.licence.internal.Licences;

/**
 * The public verification of electronic licences (R6.3), without log-in or JavaScript:
 * the page of a licence id (where its QR code leads) says whether it is valid, revoked,
 * expired or unknown, with what the licence shows publicly; the upload of a PDF checks
 * its signature and that it is the very licence issued. An unknown id answers 404, a
 * forged or unreadable upload 422, so that a program reads the outcome from the status.
 */
@Controller
class VerificationPages {

	private final Licences licences;

	private final LicenceProperties properties;

	private final DeemedRenewals deemedRenewals;

	VerificationPages(Licences licences, LicenceProperties properties, DeemedRenewals deemedRenewals) {
		this.licences = licences;
		this.properties = properties;
		this.deemedRenewals = deemedRenewals;
	}

	/**
	 * Makes the upload form's CSRF token before the page is written: a licence with a
	 * long history fills the response buffer, which is then sent before the form asks for
	 * its token, too late to create the session that keeps it.
	 */
	@ModelAttribute
	void csrfToken(CsrfToken token) {
		if (token != null) {
			token.getToken();
		}
	}

	@GetMapping("/verify")
	String form() {
		return "licence/verify";
	}

	@GetMapping("/verify/{id}")
	String verify(@PathVariable String id, Model model, HttpServletResponse response, CsrfToken csrf) {
		return show(licences.check(id), model, response, csrf);
	}

	@PostMapping("/verify")
	String upload(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response,
			CsrfToken csrf) throws IOException {
		if (file == null || file.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("missing", true);
			return "licence/verify";
		}
		if (file.getSize() > properties.maxUploadSize().toBytes()) {
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			model.addAttribute("tooLarge", properties.maxUploadSize().toMegabytes());
			return "licence/verify";
		}
		byte[] pdf;
		try (InputStream in = file.getInputStream()) {
			pdf = in.readNBytes((int) properties.maxUploadSize().toBytes());
		}
		model.addAttribute("uploaded", true);
		return show(licences.check(pdf), model, response, csrf);
	}

	/**
	 * @param csrf the upload form's token, made now: a long licence (an enterprise's,
	 * with its printed answers) may fill the response's buffer before the form, and once
	 * the response is committed the token's session can no longer be created
	 */
	private String show(LicenceCheck check, Model model, HttpServletResponse response, CsrfToken csrf) {
		if (csrf != null) {
			csrf.getToken();
		}
		if (check.status() == LicenceStatus.UNKNOWN) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		else if (check.status() == LicenceStatus.FORGED) {
			response.setStatus(422);
		}
		model.addAttribute("check", deemedRenewals.noted(check));
		return "licence/verify";
	}

}
