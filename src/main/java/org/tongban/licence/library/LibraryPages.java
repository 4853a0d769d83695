package org.tongban.licence.library;

import java.util.List;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tongban.identity.Actor;
import org.tongban.storage.AttachmentContent;

/**
 * "My licences" (R6.5), without JavaScript: the applicant's licences with their status,
 * validity and issuing department; each one's signed PDF to download, and its share link,
 * the public verification, to copy or to show as a QR code. A renewal, where a licence
 * may be renewed, leads to its renewal page.
 */
@Controller
class LibraryPages {

	static final String ID = "/{licenceId:DZZZ-[0-9A-Z]{26}}";

	private final LicenceLibrary library;

	LibraryPages(LicenceLibrary library) {
		this.library = library;
	}

	@GetMapping("/my/licences")
	String licences(@AuthenticationPrincipal Actor actor, Model model) {
		List<LibraryLicence> licences = library.mine(actor);
		model.addAttribute("licences", licences);
		model.addAttribute("shareUrls",
				licences.stream().collect(java.util.stream.Collectors.toMap(LibraryLicence::id, library::shareUrl)));
		return "licence/my-licences";
	}

	@GetMapping("/my/licences" + ID + "/pdf")
	ResponseEntity<InputStreamResource> pdf(@PathVariable String licenceId, @AuthenticationPrincipal Actor actor) {
		return download(library.pdf(actor, licenceId));
	}

	@GetMapping(path = "/my/licences" + ID + "/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qrCode(@PathVariable String licenceId, @AuthenticationPrincipal Actor actor) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.body(library.qrCode(actor, licenceId));
	}

	/** The signed PDF as a download under its name, never sniffed. */
	static ResponseEntity<InputStreamResource> download(AttachmentContent content) {
		return ResponseEntity.ok()
			.contentType(content.mediaType())
			.contentLength(content.attachment().size())
			.header(HttpHeaders.CONTENT_DISPOSITION, content.contentDisposition().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content.stream()));
	}

}
