package org.tongban.application.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tongban.application.Application;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.AttachedMaterial;
import org.tongban.application.Drafts;
import org.tongban.application.MyApplications;
import org.tongban.application.SharedEvidence;
import org.tongban.catalog.MatterVersion.Material;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.RefusedException;
import org.tongban.storage.Attachments;

/**
 * The materials of a draft (R3.2, R3.3): one file at a time per material, without
 * JavaScript; a file given with an earlier application reused with one click; a refused
 * file explained next to its material; each file given opened again by its applicant.
 */
@Controller
@RequestMapping("/apply/drafts/{id}/materials")
class MaterialPages {

	private static final String VIEW = "application/materials";

	private final Drafts drafts;

	private final ApplicationMaterials materials;

	private final MyApplications myApplications;

	private final MessageSource messages;

	private final Attachments attachments;

	private final SharedEvidence sharedEvidence;

	MaterialPages(Drafts drafts, ApplicationMaterials materials, MyApplications myApplications, MessageSource messages,
			Attachments attachments, SharedEvidence sharedEvidence) {
		this.sharedEvidence = sharedEvidence;
		this.drafts = drafts;
		this.materials = materials;
		this.myApplications = myApplications;
		this.messages = messages;
		this.attachments = attachments;
	}

	@GetMapping
	String materials(@PathVariable UUID id, @RequestParam(required = false) String returnTo,
			@AuthenticationPrincipal Actor actor, Model model) {
		return page(actor, id, ReturnTo.of(returnTo), Map.of(), model);
	}

	/**
	 * A file given for the draft, for its applicant only, as the application's page
	 * offers it once submitted.
	 */
	@GetMapping("/{attachmentId:[0-9a-fA-F-]{36}}")
	ResponseEntity<InputStreamResource> file(@PathVariable UUID id, @PathVariable UUID attachmentId,
			@AuthenticationPrincipal Actor actor) {
		return ApplicationPages.download(attachments.open(materials.file(actor, id, attachmentId).attachmentId()));
	}

	@PostMapping("/{code}")
	String upload(@PathVariable UUID id, @PathVariable String code, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String returnTo, @AuthenticationPrincipal Actor actor, Model model,
			Locale locale) throws IOException {
		Optional<ReturnTo> back = ReturnTo.of(returnTo);
		if (file == null || file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename())) {
			return page(actor, id, back, Map.of(code, messages.getMessage("apply.materials.choose", null, locale)),
					model);
		}
		try (InputStream content = file.getInputStream()) {
			return given(actor, id, code, back, model, locale,
					() -> materials.attach(actor, id, code, file.getOriginalFilename(), content));
		}
	}

	@PostMapping("/{code}/reuse")
	String reuse(@PathVariable UUID id, @PathVariable String code, @RequestParam UUID attachmentId,
			@RequestParam(required = false) String returnTo, @AuthenticationPrincipal Actor actor, Model model,
			Locale locale) {
		return given(actor, id, code, ReturnTo.of(returnTo), model, locale,
				() -> materials.reuse(actor, id, code, attachmentId));
	}

	/**
	 * Gives the applicant's e-licence for a material of its type in one click (R6.5): the
	 * form names the licence only; the platform checks it is theirs, valid and of the
	 * type.
	 */
	@PostMapping("/{code}/licence")
	String useLicence(@PathVariable UUID id, @PathVariable String code,
			@RequestParam(required = false) String licenceId, @RequestParam(required = false) String returnTo,
			@AuthenticationPrincipal Actor actor, Model model, Locale locale) {
		return given(actor, id, code, ReturnTo.of(returnTo), model, locale,
				() -> materials.useLicence(actor, id, code, licenceId));
	}

	/**
	 * The applicant confirms the shared evidence the page previewed for a material the
	 * government holds (R15.10, R16.1): a licence is attached as verified.
	 */
	@PostMapping("/{code}/shared/confirm")
	String confirmShared(@PathVariable UUID id, @PathVariable String code,
			@RequestParam(required = false) String returnTo, @AuthenticationPrincipal Actor actor, Model model,
			Locale locale) {
		return given(actor, id, code, ReturnTo.of(returnTo), model, locale,
				() -> sharedEvidence.confirm(actor, id, code));
	}

	/**
	 * The applicant uploads their own file instead of the shared evidence: the material
	 * then appears among those to upload, required like any.
	 */
	@PostMapping("/{code}/shared/own")
	String uploadOwn(@PathVariable UUID id, @PathVariable String code, @RequestParam(required = false) String returnTo,
			@AuthenticationPrincipal Actor actor, Model model, Locale locale) {
		return given(actor, id, code, ReturnTo.of(returnTo), model, locale,
				() -> sharedEvidence.uploadOwn(actor, id, code));
	}

	@PostMapping("/{code}/remove")
	String remove(@PathVariable UUID id, @PathVariable String code, @RequestParam UUID attachmentId,
			@RequestParam(required = false) String returnTo, @AuthenticationPrincipal Actor actor) {
		materials.detach(actor, id, attachmentId);
		return redirect(id, code, ReturnTo.of(returnTo));
	}

	/**
	 * Gives a file for a material, or shows the page again with the reason it was refused
	 * next to the material.
	 */
	private String given(Actor actor, UUID id, String code, Optional<ReturnTo> back, Model model, Locale locale,
			Runnable giving) {
		try {
			giving.run();
			return redirect(id, code, back);
		}
		catch (InvalidParameterException ex) {
			return page(actor, id, back, Map.of(code, message(ex.messageCode(), ex.messageArgs(), locale)), model);
		}
		catch (RefusedException ex) {
			return page(actor, id, back, Map.of(code, message(ex.messageCode(), ex.messageArgs(), locale)), model);
		}
	}

	/**
	 * The page, whose button "done" leads back to where the applicant came from (R13.1).
	 */
	private String page(Actor actor, UUID id, Optional<ReturnTo> back, Map<String, String> errors, Model model) {
		Application draft = drafts.get(actor, id);
		DraftPages.requireDraft(draft);
		back.ifPresent(page -> model.addAttribute("returnTo", page.parameter()));
		model.addAttribute("done", back.map(page -> page.path(id)).orElse("/apply/drafts/" + id));
		List<Material> toUpload = materials.toUpload(draft);
		Set<UUID> given = draft.materials().stream().map(AttachedMaterial::attachmentId).collect(Collectors.toSet());
		List<AttachedMaterial> mine = materials.mine(actor)
			.stream()
			.filter(material -> !given.contains(material.attachmentId()))
			.toList();
		model.addAttribute("draft", draft);
		model.addAttribute("filesPath", "/apply/drafts/" + id + "/materials");
		model.addAttribute("guide", myApplications.guideOf(draft));
		model.addAttribute("toUpload", toUpload);
		model.addAttribute("candidates",
				toUpload.stream().collect(Collectors.toMap(Material::code, material -> candidates(material, mine))));
		Set<String> givenLicences = draft.materials()
			.stream()
			.map(AttachedMaterial::licenceId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		model.addAttribute("licences",
				toUpload.stream()
					.collect(Collectors.toMap(Material::code,
							material -> materials.licencesFor(actor, material)
								.stream()
								.filter(licence -> !givenLicences.contains(licence.id()))
								.toList())));
		model.addAttribute("shared", sharedEvidence.of(actor, id));
		model.addAttribute("errors", errors);
		model.addAttribute("errorLinks", ProblemLink.toMaterials(errors));
		return VIEW;
	}

	/**
	 * The applicant's files, those given for the same material or the same licence first
	 * (R3.2).
	 */
	private static List<AttachedMaterial> candidates(Material material, List<AttachedMaterial> mine) {
		Comparator<AttachedMaterial> alike = Comparator.comparing(file -> !(file.materialCode().equals(material.code())
				|| material.licenceType() != null && Objects.equals(file.licenceType(), material.licenceType())));
		return mine.stream().sorted(alike).toList();
	}

	private String message(String code, Object[] arguments, Locale locale) {
		return messages.getMessage(code, LocalizedText.in(locale, arguments), locale);
	}

	private static String redirect(UUID id, String code, Optional<ReturnTo> back) {
		return "redirect:/apply/drafts/" + id + "/materials"
				+ back.map(page -> "?returnTo=" + page.parameter()).orElse("") + "#material-" + code;
	}

}
