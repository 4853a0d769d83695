package org.tongban.application.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.tongban.application.Application;
import org.tongban.application.ApplicationIncompleteException;
import org.tongban.application.BundleApplication;
import org.tongban.application.BundleApplications;
import org.tongban.application.BundleStatus;
import org.tongban.application.CombinedForm;
import org.tongban.application.CombinedMaterial;
import org.tongban.application.Receipt;
import org.tongban.catalog.Audience;
import org.tongban.catalog.Bundle;
import org.tongban.catalog.FormCheck;
import org.tongban.catalog.FormMessages;
import org.tongban.catalog.FormProblem;
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.RefusedException;
import org.tongban.supervision.CaseClocks;

/**
 * Applying for a bundle (一件事) online as one application (R2.5), GOV.UK patterns that work
 * without JavaScript: a start page, the combined form (一表申请) whose errors stand next to
 * their fields, the one set of materials (一套材料), "check your answers", the submission
 * with a one-time form token and the confirmation with the bundle's number and query code
 * and each member's number; then the bundle's page with each department's branch, its own
 * deadline and the bundle's (R5.2), and its withdrawal (R3.5).
 */
@Controller
class BundlePages {

	private static final String DRAFT = "/apply/bundles/";

	private static final String MY = "/my/bundles/";

	private final BundleApplications bundles;

	private final MatterCatalog catalog;

	private final FormMessages formMessages;

	private final MessageSource messages;

	private final CaseClocks clocks;

	BundlePages(BundleApplications bundles, MatterCatalog catalog, FormMessages formMessages, MessageSource messages,
			CaseClocks clocks) {
		this.bundles = bundles;
		this.catalog = catalog;
		this.formMessages = formMessages;
		this.messages = messages;
		this.clocks = clocks;
	}

	/**
	 * The start page: what applying as one means, and the drafts of the bundle to
	 * continue.
	 */
	@GetMapping("/apply/bundle/{code}")
	String start(@PathVariable String code, @AuthenticationPrincipal Actor actor, Model model) {
		Bundle bundle = catalog.bundle(code);
		model.addAttribute("bundle", bundle);
		model.addAttribute("matters",
				bundle.items()
					.stream()
					.collect(Collectors.toMap(Bundle.Item::matterCode,
							item -> catalog.guide(item.matterCode()).version().name(), (one, other) -> one,
							LinkedHashMap::new)));
		// Said before the applicant starts, as the service refuses to start it (R16.6).
		Audience audience = actor.kind() == AccountKind.LEGAL_PERSON ? Audience.ENTERPRISE : Audience.PERSONAL;
		model.addAttribute("refusal",
				bundle.items()
					.stream()
					.allMatch(item -> catalog.guide(item.matterCode()).matter().audiences().contains(audience)) ? null
							: "application.start.audience." + audience);
		model.addAttribute("drafts",
				bundles.mine(actor)
					.stream()
					.filter(draft -> draft.status() == BundleStatus.DRAFT && draft.bundleCode().equals(bundle.code()))
					.toList());
		return "bundles/start";
	}

	@PostMapping("/apply/bundle/{code}")
	String begin(@PathVariable String code, @AuthenticationPrincipal Actor actor) {
		return "redirect:" + DRAFT + bundles.start(actor, code).id() + "/form";
	}

	@GetMapping("/apply/bundles/{id}/form")
	String form(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model, Locale locale) {
		BundleApplication bundle = draft(actor, id);
		CombinedForm form = bundles.form(actor, id);
		Map<String, List<String>> values = new LinkedHashMap<>();
		form.questions().forEach(question -> values.put(question.key(), question.values()));
		return formPage(bundle, form, values, List.of(), model, locale);
	}

	/**
	 * Saves the whole combined form, a box not ticked clearing its answer; what a member
	 * refused is shown next to its combined field, with the answers as sent.
	 */
	@PostMapping("/apply/bundles/{id}/form")
	String saveForm(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> sent,
			@AuthenticationPrincipal Actor actor, Model model, Locale locale) {
		BundleApplication bundle = draft(actor, id);
		CombinedForm form = bundles.form(actor, id);
		Map<String, List<String>> answers = new LinkedHashMap<>();
		form.questions().forEach(question -> answers.put(question.key(), sent.getOrDefault(question.key(), List.of())));
		try {
			bundles.save(actor, id, answers);
			return "redirect:" + DRAFT + id + "/materials";
		}
		catch (ApplicationIncompleteException ex) {
			return formPage(bundle, form, answers, ex.problems(), model, locale);
		}
	}

	@GetMapping("/apply/bundles/{id}/materials")
	String materials(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model) {
		return materialsPage(actor, draft(actor, id), Map.of(), model);
	}

	@PostMapping("/apply/bundles/{id}/materials/{key}")
	String upload(@PathVariable UUID id, @PathVariable String key, @RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal Actor actor, Model model, Locale locale) throws IOException {
		BundleApplication bundle = draft(actor, id);
		if (file == null || file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename())) {
			return materialsPage(actor, bundle,
					Map.of(key, messages.getMessage("apply.materials.choose", null, locale)), model);
		}
		try (InputStream content = file.getInputStream()) {
			bundles.attach(actor, id, key, file.getOriginalFilename(), content);
			return "redirect:" + DRAFT + id + "/materials#material-" + key;
		}
		catch (InvalidParameterException ex) {
			return materialsPage(actor, bundle, Map.of(key, message(ex.messageCode(), ex.messageArgs(), locale)),
					model);
		}
		catch (RefusedException ex) {
			return materialsPage(actor, bundle, Map.of(key, message(ex.messageCode(), ex.messageArgs(), locale)),
					model);
		}
	}

	@PostMapping("/apply/bundles/{id}/materials/{key}/remove")
	String remove(@PathVariable UUID id, @PathVariable String key, @RequestParam UUID attachmentId,
			@AuthenticationPrincipal Actor actor) {
		bundles.detach(actor, id, attachmentId);
		return "redirect:" + DRAFT + id + "/materials#material-" + key;
	}

	/** "Check your answers"; once submitted, the bundle's confirmation. */
	@GetMapping("/apply/bundles/{id}/check")
	String check(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model, Locale locale) {
		BundleApplication bundle = bundles.get(actor, id);
		if (bundle.status() != BundleStatus.DRAFT) {
			return "redirect:" + MY + bundle.number() + "/confirmation";
		}
		FormCheck check = bundles.check(actor, id);
		model.addAttribute("bundle", bundle);
		model.addAttribute("form", bundles.form(actor, id));
		model.addAttribute("materials", bundles.materials(actor, id));
		model.addAttribute("problems", links(id, check.problems(), locale));
		model.addAttribute("stops", links(id, check.stops(), locale));
		// A token of this rendering of the page: submitting it twice is one submission.
		model.addAttribute("token", UUID.randomUUID());
		return "bundles/check";
	}

	/**
	 * Submits with the page's one-time token as the idempotency key (R3.4);
	 * Post/Redirect/Get to the confirmation, or to "check your answers" again.
	 */
	@PostMapping("/apply/bundles/{id}/submit")
	@ResponseStatus(HttpStatus.SEE_OTHER)
	String submit(@PathVariable UUID id, @RequestParam String token, @AuthenticationPrincipal Actor actor,
			HttpServletRequest request) {
		try {
			Receipt receipt = bundles.submit(actor, id, "form:" + token);
			request.changeSessionId();
			return "redirect:" + MY + receipt.number() + "/confirmation";
		}
		catch (ApplicationIncompleteException ex) {
			return "redirect:" + DRAFT + id + "/check";
		}
	}

	@GetMapping(MY + "{number}/confirmation")
	String confirmation(@PathVariable String number, @AuthenticationPrincipal Actor actor, Model model) {
		BundleApplication bundle = bundles.byNumber(actor, number);
		model.addAttribute("bundle", bundle);
		model.addAttribute("receipt", bundles.receipt(actor, bundle.id()).orElseThrow());
		model.addAttribute("catalogBundle", catalog.bundle(bundle.bundleCode()));
		return "bundles/confirmation";
	}

	/**
	 * The bundle as the applicant follows it (R5.2, R7.1): its own deadline, and each
	 * department's branch with its step and due day.
	 */
	@GetMapping(MY + "{number}")
	String bundle(@PathVariable String number, @AuthenticationPrincipal Actor actor, Model model) {
		BundleApplication bundle = bundles.byNumber(actor, number);
		List<Application> members = bundles.members(actor, bundle.id());
		model.addAttribute("bundle", bundle);
		model.addAttribute("members", members);
		model.addAttribute("stages", members.stream()
			.collect(Collectors.toMap(Application::id, member -> bundle.member(member.id()).orElseThrow().stage())));
		model.addAttribute("stoppedBecause",
				members.stream()
					.filter(member -> bundles.stoppedBecause(actor, member.id()).isPresent())
					.collect(Collectors.toMap(Application::id,
							member -> bundles.stoppedBecause(actor, member.id()).orElseThrow())));
		model.addAttribute("receipt", bundles.receipt(actor, bundle.id()).orElseThrow());
		model.addAttribute("clock", clocks.of(bundle.id()).orElse(null));
		model.addAttribute("messages", bundles.messages(actor, bundle.id()));
		model.addAttribute("departments", departmentNames());
		model.addAttribute("withdrawable", bundle.status() == BundleStatus.SUBMITTED);
		return "bundles/bundle";
	}

	@GetMapping(MY + "{number}/withdraw")
	String confirmWithdraw(@PathVariable String number, @AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("bundle", bundles.byNumber(actor, number));
		return "bundles/withdraw";
	}

	@PostMapping(MY + "{number}/withdraw")
	String withdraw(@PathVariable String number, @AuthenticationPrincipal Actor actor) {
		bundles.withdraw(actor, number);
		return "redirect:" + MY + number + "?withdrawn";
	}

	private String formPage(BundleApplication bundle, CombinedForm form, Map<String, List<String>> values,
			List<FormProblem> problems, Model model, Locale locale) {
		formModel(bundle, form, values, links(DRAFT + bundle.id(), problems, formMessages, locale), model);
		return "bundles/form";
	}

	/**
	 * What the combined form's page shows, online or at the integrated window: the
	 * answers, and each problem in the summary and next to its field.
	 */
	static void formModel(BundleApplication bundle, CombinedForm form, Map<String, List<String>> values,
			List<ProblemLink> errors, Model model) {
		model.addAttribute("bundle", bundle);
		model.addAttribute("form", form);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("fieldErrors",
				errors.stream()
					.filter(error -> error.field() != null)
					.collect(Collectors.groupingBy(ProblemLink::field,
							Collectors.mapping(ProblemLink::message, Collectors.joining(" ")))));
	}

	private String materialsPage(Actor actor, BundleApplication bundle, Map<String, String> errors, Model model) {
		List<CombinedMaterial> materials = bundles.materials(actor, bundle.id());
		model.addAttribute("bundle", bundle);
		model.addAttribute("materials", materials);
		model.addAttribute("errors", errors);
		model.addAttribute("errorLinks",
				errors.entrySet()
					.stream()
					.map(error -> new ProblemLink(error.getKey(), error.getValue(), "#material-" + error.getKey()))
					.toList());
		return "bundles/materials";
	}

	private List<ProblemLink> links(UUID id, List<FormProblem> problems, Locale locale) {
		return links(DRAFT + id, problems, formMessages, locale);
	}

	/**
	 * Each problem with a link to its combined field on the form, or its material.
	 * @param bundlePath the draft bundle's pages, online or at the integrated window
	 */
	static List<ProblemLink> links(String bundlePath, List<FormProblem> problems, FormMessages formMessages,
			Locale locale) {
		return problems.stream().map(problem -> {
			String field = problem.field();
			String href = field == null ? null
					: field.startsWith(ProblemLink.MATERIAL)
							? bundlePath + "/materials#material-" + field.substring(ProblemLink.MATERIAL.length())
							: bundlePath + "/form#field-" + field;
			return new ProblemLink(field, formMessages.message(problem, locale), href);
		}).toList();
	}

	/** A draft bundle's page; a submitted bundle's pages lead to its own page. */
	private BundleApplication draft(Actor actor, UUID id) {
		BundleApplication bundle = bundles.get(actor, id);
		if (bundle.status() != BundleStatus.DRAFT) {
			throw new SubmittedDrafts.DraftSubmitted(MY + bundle.number());
		}
		return bundle;
	}

	private Map<String, LocalizedText> departmentNames() {
		return catalog.departments()
			.stream()
			.collect(Collectors.toMap(department -> department.code(), department -> department.name()));
	}

	private String message(String code, Object[] arguments, Locale locale) {
		return messages.getMessage(code, LocalizedText.in(locale, arguments), locale);
	}

}
