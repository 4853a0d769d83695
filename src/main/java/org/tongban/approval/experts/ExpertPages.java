package org.tongban.approval.experts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.approval.ExpertCase;
import org.tongban.approval.ExpertOutcome;
import org.tongban.approval.ExpertReviews;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.RefusedException;
import org.tongban.storage.AttachmentContent;
import org.tongban.storage.AttachmentType;

/**
 * The expert's pages (R5.3): {@code /expert}, the cases assigned to them with the day
 * each opinion is due, and {@code /expert/cases/{number}}, one of them: the matter, what
 * the reviewer asks, the materials shared, and the opinion form (a conclusion, the
 * opinion and a file if they wish), checked on the server with each problem at its field.
 * A case not assigned to them is not found.
 */
@Controller
@RequestMapping("/expert")
class ExpertPages {

	/** The fields of the opinion form, in the order the page shows them. */
	private static final List<String> FIELDS = List.of("outcome", "opinion", "file");

	private final ExpertReviews experts;

	private final MessageSource messages;

	ExpertPages(ExpertReviews experts, MessageSource messages) {
		this.experts = experts;
		this.messages = messages;
	}

	@GetMapping
	String cases(@AuthenticationPrincipal Actor expert, Model model) {
		model.addAttribute("assignments", experts.assigned(expert));
		return "expert/cases";
	}

	@GetMapping("/cases/{number}")
	String assigned(@PathVariable String number, @AuthenticationPrincipal Actor expert, Model model) {
		model.addAttribute("opinionForm", new OpinionForm());
		return page(experts.assignedCase(expert, number), model);
	}

	@PostMapping("/cases/{number}")
	String giveOpinion(@PathVariable String number, @AuthenticationPrincipal Actor expert,
			@ModelAttribute("opinionForm") OpinionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) throws IOException {
		ExpertCase assigned = experts.assignedCase(expert, number);
		ExpertOutcome outcome = Arrays.stream(ExpertOutcome.values())
			.filter(value -> value.name().equals(form.getOutcome()))
			.findFirst()
			.orElse(null);
		if (outcome == null) {
			errors.rejectValue("outcome", "expert.form.outcome.missing");
		}
		if (form.getOpinion() == null || form.getOpinion().isBlank()) {
			errors.rejectValue("opinion", "expert.form.opinion.missing");
		}
		if (errors.hasErrors()) {
			return page(assigned, model);
		}
		MultipartFile file = form.getFile();
		boolean withFile = file != null
				&& !(file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()));
		try (InputStream content = withFile ? file.getInputStream() : null) {
			experts.giveOpinion(expert, number, outcome, form.getOpinion(),
					withFile ? file.getOriginalFilename() : null, content);
			redirect.addFlashAttribute("answered", true);
		}
		catch (InvalidParameterException refused) {
			String field = FIELDS.contains(refused.parameter()) ? refused.parameter() : "opinion";
			errors.rejectValue(field, refused.messageCode(), LocalizedText.in(locale, refused.messageArgs()),
					refused.messageCode());
			return page(assigned, model);
		}
		catch (RefusedException refused) {
			redirect.addFlashAttribute("refused", messages.getMessage(refused.messageCode(),
					LocalizedText.in(locale, refused.messageArgs()), refused.messageCode(), locale));
		}
		return "redirect:/expert/cases/" + number;
	}

	/**
	 * A material shared with the expert, or their opinion's file: typed and named by the
	 * server and never sniffed, PDF and images in the browser, anything else a download.
	 */
	@GetMapping("/cases/{number}/files/{attachmentId}")
	ResponseEntity<InputStreamResource> file(@PathVariable String number, @PathVariable UUID attachmentId,
			@AuthenticationPrincipal Actor expert) {
		AttachmentContent content = experts.assignedFile(expert, number, attachmentId);
		ContentDisposition.Builder disposition = content.attachment().type() == AttachmentType.OFD
				? ContentDisposition.attachment() : ContentDisposition.inline();
		return ResponseEntity.ok()
			.contentType(content.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(content.attachment().displayName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content.stream()));
	}

	private String page(ExpertCase assigned, Model model) {
		model.addAttribute("assigned", assigned);
		model.addAttribute("outcomes", ExpertOutcome.values());
		model.addAttribute("fields", FIELDS);
		return "expert/case";
	}

}
