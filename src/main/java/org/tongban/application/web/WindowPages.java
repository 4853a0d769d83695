package org.tongban.application.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tongban.application.Application;
import org.tongban.application.ApplicationIncompleteException;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.BundleApplication;
import org.tongban.application.BundleStatus;
import org.tongban.application.CombinedForm;
import org.tongban.application.CombinedMaterial;
import org.tongban.application.MyApplications;
import org.tongban.application.Receipt;
import org.tongban.application.window.WindowDesk;
import org.tongban.catalog.Audience;
import org.tongban.catalog.FormCheck;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.FormDefinition.Section;
import org.tongban.catalog.FormMessages;
import org.tongban.catalog.FormProblem;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterQuery;
import org.tongban.catalog.MatterSummary;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.RefusedException;
import org.tongban.shared.qr.QrCode;
import org.tongban.storage.Attachments;

/**
 * The desk of the integrated window (综合窗口, R4.5, R13.4), for its clerks: identify the
 * walk-in applicant, choose the matter applied for, fill in the form with them, scan the
 * paper materials, check the answers, submit, and print the receipt. One thing per page
 * and no JavaScript, as online (R13.1, R13.2); the form's sections, checks and fragments
 * are those of applying online ({@link DraftPages}, {@link MaterialPages}). The applicant
 * identified is kept in the clerk's session until the matter is chosen, so that no ID
 * number travels in an address; after that the draft is named by its id, and the desk
 * finds only the drafts the clerk registered ({@link WindowDesk}).
 */
@Controller
@RequestMapping("/window")
class WindowPages {

	/** The session's applicant identified at the window, until a matter is chosen. */
	static final String APPLICANT = "window.applicant";

	private static final String APPLICATIONS = "/window/applications/";

	private static final String BUNDLES = "/window/bundles/";

	private static final String BUNDLE_RECEIPTS = "/window/bundle-receipts/";

	private final WindowDesk desk;

	private final ApplicationMaterials materials;

	private final MyApplications myApplications;

	private final MatterCatalog catalog;

	private final FormMessages formMessages;

	private final MessageSource messages;

	private final Attachments attachments;

	private final BundleDraftPages bundlePages;

	WindowPages(WindowDesk desk, ApplicationMaterials materials, MyApplications myApplications, MatterCatalog catalog,
			FormMessages formMessages, MessageSource messages, Attachments attachments) {
		this.desk = desk;
		this.materials = materials;
		this.myApplications = myApplications;
		this.catalog = catalog;
		this.formMessages = formMessages;
		this.messages = messages;
		this.attachments = attachments;
		this.bundlePages = new BundleDraftPages(new WindowSteps(), new BundleDraftPages.Views(BUNDLES,
				"window/bundle-form", "window/bundle-materials", "window/bundle-check", "window.materials.choose"),
				formMessages, messages);
	}

	/** The desk: register a walk-in application for a person or for an enterprise. */
	@GetMapping
	String desk(@AuthenticationPrincipal Actor clerk) {
		WindowDesk.requireClerk(clerk);
		return "window/desk";
	}

	@GetMapping("/identify/{kind:person|enterprise}")
	String identify(@PathVariable String kind, @AuthenticationPrincipal Actor clerk, Model model) {
		WindowDesk.requireClerk(clerk);
		return identifyPage(kind, Map.of(), Map.of(), model);
	}

	/**
	 * Identifies the applicant against the base registries; a refusal stands next to the
	 * field to correct. A clerk who names themselves is refused (403).
	 */
	@PostMapping("/identify/{kind:person|enterprise}")
	String identified(@PathVariable String kind, @RequestParam MultiValueMap<String, String> form,
			@AuthenticationPrincipal Actor clerk, HttpSession session, Model model, Locale locale) {
		try {
			Actor applicant = "person".equals(kind)
					? desk.identifyPerson(clerk, form.getFirst("name"), form.getFirst("residentId"))
					: desk.identifyEnterprise(clerk, form.getFirst("creditCode"));
			session.setAttribute(APPLICANT, applicant);
			return "redirect:/window/matter";
		}
		catch (InvalidParameterException ex) {
			return identifyPage(kind, form.toSingleValueMap(),
					Map.of(ex.parameter(), message(ex.messageCode(), ex.messageArgs(), locale)), model);
		}
	}

	/**
	 * The matter applied for: the matters in force that serve the applicant's kind, found
	 * by a keyword. A bundle (一件事) is another choice of this step.
	 */
	@GetMapping("/matter")
	String matter(@RequestParam(required = false) String q, @AuthenticationPrincipal Actor clerk, HttpSession session,
			Model model) {
		WindowDesk.requireClerk(clerk);
		Optional<Actor> applicant = identified(session);
		if (applicant.isEmpty()) {
			return "redirect:/window";
		}
		return matterPage(applicant.get(), q, null, null, model);
	}

	@PostMapping("/matter")
	String chooseMatter(@RequestParam(required = false) String matterCode, @RequestParam(required = false) String q,
			@AuthenticationPrincipal Actor clerk, HttpSession session, Model model, Locale locale) {
		WindowDesk.requireClerk(clerk);
		Optional<Actor> applicant = identified(session);
		if (applicant.isEmpty()) {
			return "redirect:/window";
		}
		if (!StringUtils.hasText(matterCode)) {
			return matterPage(applicant.get(), q, messages.getMessage("window.matter.choose", null, locale), null,
					model);
		}
		try {
			Application started = desk.start(clerk, applicant.get(), matterCode.strip());
			session.removeAttribute(APPLICANT);
			return "redirect:" + APPLICATIONS + started.id();
		}
		catch (RefusedException | NotFoundException ex) {
			String code = ex instanceof RefusedException refused ? refused.messageCode() : "window.matter.choose";
			Object[] args = ex instanceof RefusedException refused ? refused.messageArgs() : null;
			return matterPage(applicant.get(), q, message(code, args, locale), null, model);
		}
	}

	@GetMapping("/applications/{id}")
	String tasks(@PathVariable UUID id, @AuthenticationPrincipal Actor clerk, Model model, Locale locale) {
		Application draft = draft(clerk, id);
		FormCheck check = desk.check(clerk, id);
		TaskList tasks = TaskList.of(draft, form(draft), check);
		model.addAttribute("sections", tasks.sections());
		model.addAttribute("materials", tasks.materials());
		return draftPage(draft, check.stops(), model, locale, "window/tasks");
	}

	@GetMapping("/applications/{id}/sections/{key}")
	String section(@PathVariable UUID id, @PathVariable String key, @RequestParam(required = false) String returnTo,
			@AuthenticationPrincipal Actor clerk, Model model, Locale locale) {
		Application draft = draft(clerk, id);
		Section section = section(draft, key);
		ReturnTo.of(returnTo).ifPresent(page -> model.addAttribute("returnTo", page.parameter()));
		FormCheck check = form(draft).check(key, draft.answers());
		return sectionPage(draft, section, draft.answers().values(), List.of(), check.stops(), model, locale);
	}

	/**
	 * Saves the section as the applicant answers at the window, as {@link DraftPages}
	 * does online; the verified answers have no input and cannot change (R1.6).
	 */
	@PostMapping("/applications/{id}/sections/{key}")
	String saveSection(@PathVariable UUID id, @PathVariable String key,
			@RequestParam MultiValueMap<String, String> form, @RequestParam(required = false) String returnTo,
			@AuthenticationPrincipal Actor clerk, Model model, Locale locale) {
		Application draft = draft(clerk, id);
		Section section = section(draft, key);
		Optional<ReturnTo> back = ReturnTo.of(returnTo);
		back.ifPresent(page -> model.addAttribute("returnTo", page.parameter()));
		Map<String, List<String>> answers = DraftPages.answersOf(form, section.fields(), draft);
		FormCheck check;
		try {
			Application saved = desk.save(clerk, id, answers);
			check = form(saved).check(key, saved.answers());
		}
		catch (ApplicationIncompleteException ex) {
			FormCheck sent = form(draft).check(key, draft.answers().with(answers));
			List<FormProblem> problems = new ArrayList<>(sent.problems());
			ex.problems().stream().filter(problem -> !problems.contains(problem)).forEach(problems::add);
			check = new FormCheck(problems, sent.stops());
		}
		if (check.passed()) {
			return "redirect:" + APPLICATIONS + id + back.map(page -> "/" + page.parameter()).orElse("");
		}
		return sectionPage(draft, section, answers, check.problems(), check.stops(), model, locale);
	}

	/** The paper materials to scan, each scan marked as made at the window (R13.4). */
	@GetMapping("/applications/{id}/materials")
	String materials(@PathVariable UUID id, @RequestParam(required = false) String returnTo,
			@AuthenticationPrincipal Actor clerk, Model model) {
		return materialsPage(clerk, id, ReturnTo.of(returnTo), Map.of(), model);
	}

	@GetMapping("/applications/{id}/materials/{attachmentId:[0-9a-fA-F-]{36}}")
	ResponseEntity<InputStreamResource> file(@PathVariable UUID id, @PathVariable UUID attachmentId,
			@AuthenticationPrincipal Actor clerk) {
		return ApplicationPages.download(attachments.open(desk.file(clerk, id, attachmentId).attachmentId()));
	}

	@PostMapping("/applications/{id}/materials/{code}")
	String scan(@PathVariable UUID id, @PathVariable String code, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String returnTo, @AuthenticationPrincipal Actor clerk, Model model,
			Locale locale) throws IOException {
		Optional<ReturnTo> back = ReturnTo.of(returnTo);
		if (file == null || file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename())) {
			return materialsPage(clerk, id, back,
					Map.of(code, messages.getMessage("window.materials.choose", null, locale)), model);
		}
		try (InputStream content = file.getInputStream()) {
			desk.scan(clerk, id, code, file.getOriginalFilename(), content);
			return materialsRedirect(id, code, back);
		}
		catch (InvalidParameterException ex) {
			return materialsPage(clerk, id, back, Map.of(code, message(ex.messageCode(), ex.messageArgs(), locale)),
					model);
		}
		catch (RefusedException ex) {
			return materialsPage(clerk, id, back, Map.of(code, message(ex.messageCode(), ex.messageArgs(), locale)),
					model);
		}
	}

	@PostMapping("/applications/{id}/materials/{code}/remove")
	String removeScan(@PathVariable UUID id, @PathVariable String code, @RequestParam UUID attachmentId,
			@RequestParam(required = false) String returnTo, @AuthenticationPrincipal Actor clerk) {
		desk.removeScan(clerk, id, attachmentId);
		return materialsRedirect(id, code, ReturnTo.of(returnTo));
	}

	@GetMapping("/applications/{id}/check")
	String check(@PathVariable UUID id, @AuthenticationPrincipal Actor clerk, Model model, Locale locale) {
		Application draft = draft(clerk, id);
		FormCheck check = desk.checkBeforeSubmission(clerk, id);
		model.addAttribute("problems", links(draft, check.problems(), locale));
		model.addAttribute("materials", materials.toUpload(draft));
		model.addAttribute("filesPath", APPLICATIONS + id + "/materials");
		// A token of this rendering of the page: submitting it twice is one submission.
		model.addAttribute("token", UUID.randomUUID());
		return draftPage(draft, check.stops(), model, locale, "window/check");
	}

	/**
	 * Submits with the page's one-time token as the idempotency key, then shows the
	 * receipt to print (Post/Redirect/Get).
	 */
	@PostMapping("/applications/{id}/submit")
	@ResponseStatus(HttpStatus.SEE_OTHER)
	String submit(@PathVariable UUID id, @RequestParam String token, @AuthenticationPrincipal Actor clerk) {
		Application draft = desk.get(clerk, id);
		if (!draft.isDraft()) {
			return "redirect:/window/receipts/" + draft.number();
		}
		try {
			Receipt receipt = desk.submit(clerk, id, "window:" + token);
			return "redirect:/window/receipts/" + receipt.number();
		}
		catch (ApplicationIncompleteException ex) {
			return "redirect:" + APPLICATIONS + id + "/check";
		}
	}

	/**
	 * The receipt to print and hand to the applicant (R3.4): the number and query code,
	 * the matter, the department, the day the clock starts and the acceptance due day.
	 */
	@GetMapping("/receipts/{number}")
	String receipt(@PathVariable String number, @AuthenticationPrincipal Actor clerk, Model model) {
		Application application = desk.receipt(clerk, number);
		model.addAttribute("registered", application);
		model.addAttribute("receipt", application.receipt().orElseThrow());
		model.addAttribute("guide", myApplications.guideOf(application));
		model.addAttribute("department", catalog.department(application.departmentCode()));
		rateVisit(number, model);
		return "window/receipt";
	}

	/**
	 * The link on a receipt to rate the visit (R15.8), its number filled in, and its QR
	 * code: absolute, as it is printed and typed or scanned on a phone.
	 */
	private static void rateVisit(String number, Model model) {
		String link = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/rate-visit")
			.queryParam("number", number)
			.toUriString();
		model.addAttribute("ratingLink", link);
		model.addAttribute("ratingQr", QrCode.of(link).pngDataUri(4));
	}

	/**
	 * A bundle (一件事) as the thing applied for (R2.5): a draft of each member matter,
	 * registered at the window, filled in on one combined form.
	 */
	@PostMapping("/bundle")
	String chooseBundle(@RequestParam(required = false) String bundleCode, @RequestParam(required = false) String q,
			@AuthenticationPrincipal Actor clerk, HttpSession session, Model model, Locale locale) {
		WindowDesk.requireClerk(clerk);
		Optional<Actor> applicant = identified(session);
		if (applicant.isEmpty()) {
			return "redirect:/window";
		}
		if (!StringUtils.hasText(bundleCode)) {
			return matterPage(applicant.get(), q, null, messages.getMessage("window.bundle.choose", null, locale),
					model);
		}
		try {
			BundleApplication started = desk.startBundle(clerk, applicant.get(), bundleCode.strip());
			session.removeAttribute(APPLICANT);
			return "redirect:" + BUNDLES + started.id() + "/form";
		}
		catch (RefusedException | NotFoundException ex) {
			String code = ex instanceof RefusedException refused ? refused.messageCode() : "window.bundle.choose";
			Object[] args = ex instanceof RefusedException refused ? refused.messageArgs() : null;
			return matterPage(applicant.get(), q, null, message(code, args, locale), model);
		}
	}

	/** The combined form (一表申请) of a bundle, filled in with the applicant. */
	@GetMapping("/bundles/{id}/form")
	String bundleForm(@PathVariable UUID id, @AuthenticationPrincipal Actor clerk, Model model, Locale locale) {
		return bundlePages.form(clerk, id, model, locale);
	}

	@PostMapping("/bundles/{id}/form")
	String saveBundleForm(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> sent,
			@AuthenticationPrincipal Actor clerk, Model model, Locale locale) {
		return bundlePages.saveForm(clerk, id, sent, model, locale);
	}

	/** The one set of paper materials to scan (一套材料), each scan given to every member. */
	@GetMapping("/bundles/{id}/materials")
	String bundleMaterials(@PathVariable UUID id, @AuthenticationPrincipal Actor clerk, Model model) {
		return bundlePages.materials(clerk, id, model);
	}

	@PostMapping("/bundles/{id}/materials/{key}")
	String scanForBundle(@PathVariable UUID id, @PathVariable String key,
			@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal Actor clerk, Model model,
			Locale locale) throws IOException {
		return bundlePages.upload(clerk, id, key, file, model, locale);
	}

	@PostMapping("/bundles/{id}/materials/{key}/remove")
	String removeBundleScan(@PathVariable UUID id, @PathVariable String key, @RequestParam UUID attachmentId,
			@AuthenticationPrincipal Actor clerk) {
		return bundlePages.remove(clerk, id, key, attachmentId);
	}

	@GetMapping("/bundles/{id}/check")
	String checkBundle(@PathVariable UUID id, @AuthenticationPrincipal Actor clerk, Model model, Locale locale) {
		return bundlePages.check(clerk, bundleDraft(clerk, id), model, locale);
	}

	/**
	 * Submits the bundle with the page's one-time token as the idempotency key, then
	 * shows the receipt to print (Post/Redirect/Get).
	 */
	@PostMapping("/bundles/{id}/submit")
	@ResponseStatus(HttpStatus.SEE_OTHER)
	String submitBundle(@PathVariable UUID id, @RequestParam String token, @AuthenticationPrincipal Actor clerk) {
		BundleApplication bundle = desk.bundle(clerk, id);
		if (bundle.status() != BundleStatus.DRAFT) {
			return "redirect:" + BUNDLE_RECEIPTS + bundle.number();
		}
		try {
			Receipt receipt = desk.submitBundle(clerk, id, "window:" + token);
			return "redirect:" + BUNDLE_RECEIPTS + receipt.number();
		}
		catch (ApplicationIncompleteException ex) {
			return "redirect:" + BUNDLES + id + "/check";
		}
	}

	/**
	 * The receipt of a bundle to print and hand to the applicant (R2.5, R3.4): the
	 * bundle's number and query code, each member matter's own number, and the link to
	 * rate the visit, once for the bundle (R15.8).
	 */
	@GetMapping("/bundle-receipts/{number}")
	String bundleReceipt(@PathVariable String number, @AuthenticationPrincipal Actor clerk, Model model) {
		BundleApplication bundle = desk.bundleReceipt(clerk, number);
		rateVisit(bundle.number(), model);
		model.addAttribute("bundle", bundle);
		model.addAttribute("receipt", desk.bundleReceiptOf(clerk, bundle));
		model.addAttribute("catalogBundle", catalog.bundle(bundle.bundleCode()));
		return "window/bundle-receipt";
	}

	/** A draft bundle the clerk registered; once submitted, its receipt. */
	private BundleApplication bundleDraft(Actor clerk, UUID id) {
		BundleApplication bundle = desk.bundle(clerk, id);
		if (bundle.status() != BundleStatus.DRAFT) {
			throw new SubmittedDrafts.DraftSubmitted(BUNDLE_RECEIPTS + bundle.number());
		}
		return bundle;
	}

	private String identifyPage(String kind, Map<String, String> values, Map<String, String> errors, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("errorLinks",
				errors.entrySet()
					.stream()
					.map(error -> new ProblemLink(error.getKey(), error.getValue(), "#" + error.getKey()))
					.toList());
		return "window/identify";
	}

	/**
	 * @param error the refusal of the matter chosen
	 * @param bundleError the refusal of the bundle chosen
	 */
	private String matterPage(Actor applicant, String q, String error, String bundleError, Model model) {
		Audience audience = applicant.kind() == AccountKind.LEGAL_PERSON ? Audience.ENTERPRISE : Audience.PERSONAL;
		String keyword = q == null || q.length() > MatterQuery.MAX_KEYWORD_LENGTH ? null : q;
		List<MatterSummary> matters = catalog
			.search(new MatterQuery(keyword, null, null, audience, 1, MatterQuery.MAX_SIZE))
			.items();
		model.addAttribute("applicant", applicant);
		model.addAttribute("q", keyword);
		model.addAttribute("matters", matters);
		model.addAttribute("bundles",
				catalog.bundles()
					.stream()
					.filter(bundle -> bundle.items()
						.stream()
						.allMatch(item -> catalog.guide(item.matterCode()).matter().audiences().contains(audience)))
					.toList());
		model.addAttribute("error", error);
		model.addAttribute("bundleError", bundleError);
		List<ProblemLink> errorLinks = new ArrayList<>();
		if (error != null) {
			errorLinks.add(new ProblemLink("matterCode", error, "#matterCode"));
		}
		if (bundleError != null) {
			errorLinks.add(new ProblemLink("bundleCode", bundleError, "#bundleCode"));
		}
		model.addAttribute("errorLinks", errorLinks);
		return "window/matter";
	}

	private String sectionPage(Application draft, Section section, Map<String, List<String>> values,
			List<FormProblem> problems, List<FormProblem> stops, Model model, Locale locale) {
		List<ProblemLink> errors = links(draft, problems, locale);
		model.addAttribute("section", section);
		model.addAttribute("known", section.fields().stream().filter(draft::isVerified).toList());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("fieldErrors", ProblemLink.byField(errors));
		return draftPage(draft, stops, model, locale, "window/section");
	}

	private String materialsPage(Actor clerk, UUID id, Optional<ReturnTo> back, Map<String, String> errors,
			Model model) {
		Application draft = draft(clerk, id);
		back.ifPresent(page -> model.addAttribute("returnTo", page.parameter()));
		model.addAttribute("done", APPLICATIONS + id + back.map(page -> "/" + page.parameter()).orElse(""));
		model.addAttribute("draft", draft);
		model.addAttribute("filesPath", APPLICATIONS + id + "/materials");
		model.addAttribute("guide", myApplications.guideOf(draft));
		model.addAttribute("toUpload", materials.toUpload(draft));
		model.addAttribute("errors", errors);
		model.addAttribute("errorLinks", ProblemLink.toMaterials(errors));
		return "window/materials";
	}

	private String draftPage(Application draft, List<FormProblem> stops, Model model, Locale locale, String view) {
		model.addAttribute("draft", draft);
		model.addAttribute("draftPath", APPLICATIONS + draft.id());
		model.addAttribute("guide", myApplications.guideOf(draft));
		model.addAttribute("stops", links(draft, stops, locale));
		return view;
	}

	private List<ProblemLink> links(Application draft, List<FormProblem> problems, Locale locale) {
		FormDefinition form = form(draft);
		return problems.stream()
			.map(problem -> ProblemLink.of(problem, APPLICATIONS + draft.id(), form, formMessages, locale))
			.toList();
	}

	/** A draft the clerk registered; once submitted, its receipt. */
	private Application draft(Actor clerk, UUID id) {
		Application draft = desk.get(clerk, id);
		if (!draft.isDraft()) {
			throw new SubmittedDrafts.DraftSubmitted("/window/receipts/" + draft.number());
		}
		return draft;
	}

	private FormDefinition form(Application draft) {
		return myApplications.guideOf(draft).version().form();
	}

	private Section section(Application draft, String key) {
		return form(draft).sections()
			.stream()
			.filter(section -> section.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("application.section.notFound"));
	}

	private static Optional<Actor> identified(HttpSession session) {
		return session.getAttribute(APPLICANT) instanceof Actor applicant ? Optional.of(applicant) : Optional.empty();
	}

	private String message(String code, Object[] arguments, Locale locale) {
		return messages.getMessage(code, LocalizedText.in(locale, arguments), locale);
	}

	private static String materialsRedirect(UUID id, String code, Optional<ReturnTo> back) {
		return "redirect:" + APPLICATIONS + id + "/materials"
				+ back.map(page -> "?returnTo=" + page.parameter()).orElse("") + "#material-" + code;
	}

	/** A bundle's draft as the clerk who registered it fills it in with the applicant. */
	private final class WindowSteps implements BundleDraftPages.Steps {

		@Override
		public BundleApplication draft(Actor clerk, UUID id) {
			return bundleDraft(clerk, id);
		}

		@Override
		public CombinedForm form(Actor clerk, UUID id) {
			return desk.bundleForm(clerk, id);
		}

		@Override
		public void save(Actor clerk, UUID id, Map<String, List<String>> answers) {
			desk.saveBundle(clerk, id, answers);
		}

		@Override
		public List<CombinedMaterial> materials(Actor clerk, UUID id) {
			return desk.bundleMaterials(clerk, id);
		}

		@Override
		public void attach(Actor clerk, UUID id, String key, String fileName, InputStream content) {
			desk.scanForBundle(clerk, id, key, fileName, content);
		}

		@Override
		public void detach(Actor clerk, UUID id, UUID attachmentId) {
			desk.removeBundleScan(clerk, id, attachmentId);
		}

		@Override
		public FormCheck check(Actor clerk, UUID id) {
			return desk.checkBundle(clerk, id);
		}

	}

}
