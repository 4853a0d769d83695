package org.tongban.approval.pages;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.application.BundleFiles;
import org.tongban.application.CaseMessage;
import org.tongban.approval.CaseAction;
import org.tongban.approval.CaseDiagram;
import org.tongban.approval.CaseDiagrams;
import org.tongban.approval.CaseView;
import org.tongban.approval.CaseWork;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterGuide;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.SensitiveField;
import org.tongban.identity.Unmasking;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.LocalizedText;
import org.tongban.storage.AttachmentContent;
import org.tongban.storage.AttachmentType;

/**
 * A case as staff work on it, {@code /staff/cases/{number}} (R4, R5.4, R8.2): what was
 * applied for, the clock, what the viewer may do now, the experts asked and their
 * opinions (R5.3), the answers, materials and documents, the open correction notice, the
 * full history and the messages with the applicant; claiming and releasing its task,
 * writing to the applicant, and its files. A case of another department is not found, as
 * one that does not exist. The ID and phone numbers of the answers are masked; one is
 * shown in full on request (a POST), in that response only, and each showing is logged
 * (R12.1).
 */
@Controller
@RequestMapping("/staff/cases/{number}")
class CasePages {

	private final CaseWork work;

	private final MatterCatalog catalog;

	private final Accounts accounts;

	private final MessageSource messages;

	private final ActionResults results;

	private final Unmasking unmasking;

	private final CaseDiagrams diagrams;

	private final BundleFiles bundles;

	/** The bundle a case is a member of, and its stage. */
	public record BundlePart(String number, int stage) {
	}

	CasePages(CaseWork work, MatterCatalog catalog, Accounts accounts, MessageSource messages, ActionResults results,
			Unmasking unmasking, CaseDiagrams diagrams, BundleFiles bundles) {
		this.bundles = bundles;
		this.work = work;
		this.diagrams = diagrams;
		this.catalog = catalog;
		this.accounts = accounts;
		this.messages = messages;
		this.results = results;
		this.unmasking = unmasking;
	}

	/**
	 * @param task the open task to work on, where several are the viewer's
	 */
	@GetMapping
	String show(@PathVariable String number, @RequestParam(required = false) String task,
			@AuthenticationPrincipal Actor staff, Model model) {
		return show(number, ActionResults.onTask(work, task), staff, model, null);
	}

	/**
	 * One ID or phone number of the answers in full, in this response only, and logged
	 * (R12.1).
	 */
	@PostMapping("/reveal")
	String reveal(@PathVariable String number, @RequestParam(required = false) String field,
			@AuthenticationPrincipal Actor staff, Model model) {
		return show(number, work, staff, model, field == null ? "" : field);
	}

	private String show(String number, CaseWork onTask, Actor staff, Model model, String revealed) {
		CaseView view = onTask.open(staff, number);
		MatterGuide guide = catalog.guide(view.application().matterCode(), view.application().matterVersion());
		var answers = new SensitiveAnswers(guide.version().form(), view.application().answers());
		if (revealed != null) {
			SensitiveField kind = answers.kind(revealed)
				.orElseThrow(() -> new InvalidParameterException("field", "staff.reveal.field"));
			unmasking.shown(staff, view.application().applicantId(), kind, "/staff/cases/" + number + "#" + revealed);
		}
		model.addAttribute("answers", answers.masked(revealed));
		model.addAttribute("sensitive", answers.fields());
		model.addAttribute("revealed", revealed);
		model.addAttribute("view", view);
		model.addAttribute("guide", guide);
		model.addAttribute("applicant", accounts.applicantName(view.application().applicantId()).orElse(null));
		model.addAttribute("pages", ActionPages.PAGES.keySet().stream().filter(view.actions()::contains).toList());
		model.addAttribute("correctables", Correctables.of(guide.version()));
		model.addAttribute("diagram", diagram(view));
		// A member of a bundle says so: its department sees its own case only (R5.2).
		model.addAttribute("bundle",
				bundles.ofMember(view.application().id())
					.flatMap(bundle -> bundle.member(view.application().id())
						.map(member -> new BundlePart(bundle.number(), member.stage())))
					.orElse(null));
		model.addAttribute("expertReviews", onTask.expertReviews(staff, number));
		return "staff/case";
	}

	/**
	 * The case's process drawn, or null for a case whose model was deployed without its
	 * diagram.
	 */
	private CaseDiagram diagram(CaseView view) {
		try {
			return diagrams.of(view);
		}
		catch (NotFoundException undrawn) {
			return null;
		}
	}

	@PostMapping("/claim")
	String claim(@PathVariable String number, @RequestParam(required = false) String task,
			@AuthenticationPrincipal Actor staff, RedirectAttributes redirect, Locale locale) {
		return results.perform(number, CaseAction.CLAIM, redirect, locale,
				() -> ActionResults.onTask(work, task).claim(staff, number));
	}

	@PostMapping("/release")
	String release(@PathVariable String number, @RequestParam(required = false) String task,
			@AuthenticationPrincipal Actor staff, RedirectAttributes redirect, Locale locale) {
		return results.perform(number, CaseAction.RELEASE, redirect, locale,
				() -> ActionResults.onTask(work, task).release(staff, number));
	}

	/**
	 * A message to the applicant (R4.4); a refused one shows the case again with the
	 * reason next to the box.
	 */
	@PostMapping("/write")
	String write(@PathVariable String number, @RequestParam(required = false) String body,
			@AuthenticationPrincipal Actor staff, Model model, RedirectAttributes redirect, Locale locale) {
		if (body == null || body.isBlank()) {
			return writeAgain(number, staff, model, body, "staff.write.missing", locale);
		}
		if (body.length() > CaseMessage.MAX_LENGTH) {
			return writeAgain(number, staff, model, body, "staff.form.tooLong", locale);
		}
		try {
			return results.perform(number, CaseAction.WRITE, redirect, locale,
					() -> work.write(staff, number, body.strip()));
		}
		catch (InvalidParameterException refused) {
			model.addAttribute("messageError", messages.getMessage(refused.messageCode(),
					LocalizedText.in(locale, refused.messageArgs()), locale));
			model.addAttribute("body", body);
			return show(number, null, staff, model);
		}
	}

	/**
	 * A material of the application or a document of the case (R12.2), typed and named by
	 * the server and never sniffed: PDF and images open in the browser, anything else is
	 * a download.
	 */
	@GetMapping("/files/{attachmentId}")
	ResponseEntity<InputStreamResource> file(@PathVariable String number, @PathVariable UUID attachmentId,
			@AuthenticationPrincipal Actor staff) {
		AttachmentContent content = work.file(staff, number, attachmentId);
		AttachmentType type = content.attachment().type();
		ContentDisposition.Builder disposition = type == AttachmentType.OFD ? ContentDisposition.attachment()
				: ContentDisposition.inline();
		return ResponseEntity.ok()
			.contentType(content.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(content.attachment().displayName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content.stream()));
	}

	private String writeAgain(String number, Actor staff, Model model, String body, String code, Locale locale) {
		model.addAttribute("messageError", messages.getMessage(code, new Object[] { CaseMessage.MAX_LENGTH }, locale));
		model.addAttribute("body", body);
		return show(number, null, staff, model);
	}

}
