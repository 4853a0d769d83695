package org.tongban.application.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.application.Application;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.Commitments;
import org.tongban.application.ContactPhones;
import org.tongban.application.DeliveryChoices;
import org.tongban.application.MyApplications;
import org.tongban.application.Submissions;
import org.tongban.catalog.Department;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterGuide;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.RefusedException;
import org.tongban.storage.AttachmentContent;
import org.tongban.storage.Attachments;
import org.tongban.supervision.CaseClocks;

/**
 * A submitted application as its applicant follows it (R7.1): the confirmation right
 * after submission, then its page with the receipt, a correction notice or the decision,
 * the timeline, the documents and the messages with the department (R4.2, R4.4), the
 * answers and the materials to download, and withdrawal before a decision (R3.5). Anybody
 * else's application is not found.
 */
@Controller
@RequestMapping("/my/applications/{number}")
class ApplicationPages {

	private final Submissions submissions;

	private final ApplicationMaterials materials;

	private final MyApplications myApplications;

	private final MatterCatalog catalog;

	private final Attachments attachments;

	private final MessageSource messages;

	private final CaseClocks clocks;

	private final ContactPhones contactPhones;

	private final Commitments commitments;

	private final DeliveryChoices deliveryChoices;

	ApplicationPages(Submissions submissions, ApplicationMaterials materials, MyApplications myApplications,
			MatterCatalog catalog, Attachments attachments, MessageSource messages, CaseClocks clocks,
			ContactPhones contactPhones, Commitments commitments, DeliveryChoices deliveryChoices) {
		this.deliveryChoices = deliveryChoices;
		this.commitments = commitments;
		this.clocks = clocks;
		this.contactPhones = contactPhones;
		this.submissions = submissions;
		this.materials = materials;
		this.myApplications = myApplications;
		this.catalog = catalog;
		this.attachments = attachments;
		this.messages = messages;
	}

	@GetMapping("/confirmation")
	String confirmation(@PathVariable String number, @AuthenticationPrincipal Actor actor, Model model) {
		return page(myApplications.byNumber(actor, number), model, "application/confirmation");
	}

	@GetMapping
	String application(@PathVariable String number, @AuthenticationPrincipal Actor actor, Model model) {
		return page(myApplications.byNumber(actor, number), model, "application/application");
	}

	/**
	 * A message to the department; a refused one shows the page again with the reason
	 * next to the box.
	 */
	@PostMapping("/messages")
	String write(@PathVariable String number, @RequestParam(required = false) String body,
			@AuthenticationPrincipal Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			myApplications.write(actor, number, body);
		}
		catch (InvalidParameterException ex) {
			model.addAttribute("messageError", messages.getMessage(ex.messageCode(), ex.messageArgs(), locale));
			model.addAttribute("body", body);
			return application(number, actor, model);
		}
		redirect.addFlashAttribute("sent", true);
		return "redirect:/my/applications/" + number + "#messages";
	}

	/**
	 * The applicant asks a person to review the conditions of an automatic grant (R16.2);
	 * a refused reason shows the page again with the reason next to the box.
	 */
	@PostMapping("/automatic-review")
	String askForReview(@PathVariable String number, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			myApplications.askForReview(actor, number, reason);
		}
		catch (InvalidParameterException ex) {
			model.addAttribute("reviewError", messages.getMessage(ex.messageCode(), ex.messageArgs(), locale));
			model.addAttribute("reviewReason", reason);
			return application(number, actor, model);
		}
		redirect.addFlashAttribute("reviewSent", true);
		return "redirect:/my/applications/" + number + "#messages";
	}

	/**
	 * A file for a material the application was accepted without (容缺, R4.3, R15.6): only
	 * those, while still to be supplied; a refused one shows the page again with the
	 * reason at the material.
	 */
	@PostMapping("/gaps/{code}")
	String supply(@PathVariable String number, @PathVariable String code,
			@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal Actor actor, Model model,
			Locale locale, RedirectAttributes redirect) throws IOException {
		Application application = myApplications.byNumber(actor, number);
		String refused = null;
		if (file == null || file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename())) {
			refused = messages.getMessage("apply.materials.choose", null, locale);
		}
		else {
			try (InputStream content = file.getInputStream()) {
				materials.attach(actor, application.id(), code, file.getOriginalFilename(), content);
			}
			catch (InvalidParameterException ex) {
				refused = messages.getMessage(ex.messageCode(), LocalizedText.in(locale, ex.messageArgs()), locale);
			}
			catch (RefusedException ex) {
				refused = messages.getMessage(ex.messageCode(), LocalizedText.in(locale, ex.messageArgs()), locale);
			}
		}
		if (refused != null) {
			model.addAttribute("gapErrors", Map.of(code, refused));
			return page(application, model, "application/application");
		}
		redirect.addFlashAttribute("gapSupplied", true);
		return "redirect:/my/applications/" + number + "#gaps";
	}

	@GetMapping("/withdraw")
	String confirmWithdrawal(@PathVariable String number, @AuthenticationPrincipal Actor actor, Model model) {
		return page(myApplications.byNumber(actor, number), model, "application/withdraw");
	}

	@PostMapping("/withdraw")
	String withdraw(@PathVariable String number, @AuthenticationPrincipal Actor actor) {
		submissions.withdraw(actor, number);
		return "redirect:/my/applications/" + number;
	}

	/**
	 * A file of the application, for its applicant only (R12.2): typed and named by the
	 * server, always a download, never sniffed by the browser.
	 */
	@GetMapping("/materials/{attachmentId}")
	ResponseEntity<InputStreamResource> material(@PathVariable String number, @PathVariable UUID attachmentId,
			@AuthenticationPrincipal Actor actor) {
		materials.file(actor, myApplications.byNumber(actor, number).id(), attachmentId);
		return download(attachments.open(attachmentId));
	}

	/**
	 * A document of the case (a notice, the decision), for its applicant only, as a
	 * material is.
	 */
	@GetMapping("/documents/{attachmentId}")
	ResponseEntity<InputStreamResource> document(@PathVariable String number, @PathVariable UUID attachmentId,
			@AuthenticationPrincipal Actor actor) {
		return download(attachments.open(myApplications.document(actor, number, attachmentId).attachmentId()));
	}

	static ResponseEntity<InputStreamResource> download(AttachmentContent content) {
		return ResponseEntity.ok()
			.contentType(content.mediaType())
			.contentLength(content.attachment().size())
			.header(HttpHeaders.CONTENT_DISPOSITION, content.contentDisposition().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content.stream()));
	}

	private String page(Application application, Model model, String view) {
		MatterGuide guide = myApplications.guideOf(application);
		model.addAttribute("submission", application);
		model.addAttribute("receipt", application.receipt().orElseThrow());
		// The legal clock the department works against, as the applicant is told it
		// (R8.2, R15.3).
		model.addAttribute("clock", ApplicantClock.of(application.status(), clocks.of(application.id())).orElse(null));
		model.addAttribute("contactPhone", contactPhones.of(application));
		model.addAttribute("commitment", commitments.of(application).orElse(null));
		model.addAttribute("delivery", deliveryChoices.of(application));
		model.addAttribute("deliveryProgress", deliveryChoices.progress(application).orElse(null));
		model.addAttribute("licence", myApplications.licence(application).orElse(null));
		model.addAttribute("gaps", myApplications.gaps(application));
		model.addAttribute("guide", guide);
		model.addAttribute("automaticCheck", myApplications.automaticCheck(application).orElse(null));
		model.addAttribute("lines",
				application.correction().map(request -> CorrectionLine.of(request, guide.version())).orElse(List.of()));
		model.addAttribute("departments",
				catalog.departments().stream().collect(Collectors.toMap(Department::code, Function.identity())));
		return view;
	}

}
