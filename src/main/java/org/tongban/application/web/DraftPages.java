package org.tongban.application.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tongban.application.Application;
import org.tongban.application.ApplicationIncompleteException;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.Commitments;
import org.tongban.application.DeliveryChoices;
import org.tongban.application.Drafts;
import org.tongban.application.MyApplications;
import org.tongban.application.Receipt;
import org.tongban.application.Submissions;
import org.tongban.catalog.Audience;
import org.tongban.catalog.FormCheck;
import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.FormDefinition.Field;
import org.tongban.catalog.FormDefinition.Section;
import org.tongban.catalog.FormMessages;
import org.tongban.catalog.FormProblem;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterGuide;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Actor;
import org.tongban.shared.NotFoundException;

/**
 * Applying online (R3.1, R16.5, R16.6), GOV.UK patterns that work without JavaScript: a
 * start page per matter, a task list with one task per section of the form, a page per
 * section whose errors stand next to their fields, "check your answers" and the
 * submission with a one-time form token, so that a double click or a retry gives one
 * application.
 */
@Controller
@RequestMapping("/apply")
class DraftPages {

	private static final String CONFIRMATION = "/confirmation";

	/** The choice of a new draft on the page that offers to continue one. */
	private static final String NEW_DRAFT = "new";

	private final Drafts drafts;

	private final ApplicationMaterials materials;

	private final Submissions submissions;

	private final MyApplications myApplications;

	private final MatterCatalog catalog;

	private final FormMessages formMessages;

	private final MessageSource messages;

	private final Clock clock;

	private final Commitments commitments;

	private final DeliveryChoices deliveryChoices;

	DraftPages(Drafts drafts, ApplicationMaterials materials, Submissions submissions, MyApplications myApplications,
			MatterCatalog catalog, FormMessages formMessages, MessageSource messages, Clock clock,
			Commitments commitments, DeliveryChoices deliveryChoices) {
		this.deliveryChoices = deliveryChoices;
		this.commitments = commitments;
		this.drafts = drafts;
		this.materials = materials;
		this.submissions = submissions;
		this.myApplications = myApplications;
		this.catalog = catalog;
		this.formMessages = formMessages;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/{matterCode}")
	String start(@PathVariable String matterCode, @AuthenticationPrincipal Actor actor, Model model) {
		MatterGuide guide = catalog.guide(matterCode);
		Audience audience = actor.kind() == AccountKind.LEGAL_PERSON ? Audience.ENTERPRISE : Audience.PERSONAL;
		model.addAttribute("guide", guide);
		// Said before the applicant starts, as the service refuses to start it (R16.6).
		model.addAttribute("refusal",
				guide.matter().audiences().contains(audience) ? null : "application.start.audience." + audience);
		return "application/start";
	}

	/**
	 * Starts a draft, or, where the applicant has drafts of the matter already, offers to
	 * continue one.
	 */
	@PostMapping("/{matterCode}")
	String begin(@PathVariable String matterCode, @AuthenticationPrincipal Actor actor) {
		List<Application> drafts = this.drafts.of(actor, matterCode);
		if (!drafts.isEmpty()) {
			return "redirect:/apply/" + drafts.get(0).matterCode() + "/drafts";
		}
		return "redirect:/apply/drafts/" + this.drafts.start(actor, matterCode).id();
	}

	/**
	 * "You already have a draft of this application": continue one of the drafts, told
	 * apart by their last change and how many tasks are done, or start a new one.
	 */
	@GetMapping("/{matterCode}/drafts")
	String existing(@PathVariable String matterCode, @AuthenticationPrincipal Actor actor, Model model, Locale locale) {
		MatterGuide guide = catalog.guide(matterCode);
		List<Application> drafts = this.drafts.of(actor, guide.code());
		if (drafts.isEmpty()) {
			return "redirect:/apply/" + guide.code();
		}
		return existingPage(actor, guide, drafts, null, model, locale);
	}

	@PostMapping("/{matterCode}/drafts")
	String choose(@PathVariable String matterCode, @RequestParam(required = false) String choice,
			@AuthenticationPrincipal Actor actor, Model model, Locale locale) {
		MatterGuide guide = catalog.guide(matterCode);
		if (NEW_DRAFT.equals(choice)) {
			return "redirect:/apply/drafts/" + drafts.start(actor, guide.code()).id();
		}
		List<Application> drafts = this.drafts.of(actor, guide.code());
		Optional<Application> chosen = drafts.stream()
			.filter(draft -> draft.id().toString().equals(choice))
			.findFirst();
		if (chosen.isPresent()) {
			return "redirect:/apply/drafts/" + chosen.get().id();
		}
		if (drafts.isEmpty()) {
			return "redirect:/apply/" + guide.code();
		}
		return existingPage(actor, guide, drafts, "apply.existing.choose", model, locale);
	}

	@GetMapping("/drafts/{id}")
	String tasks(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model, Locale locale) {
		Application draft = drafts.get(actor, id);
		requireDraft(draft);
		FormCheck check = drafts.check(actor, id);
		TaskList tasks = TaskList.of(draft, myApplications.guideOf(draft).version().form(), check);
		model.addAttribute("sections", tasks.sections());
		model.addAttribute("materials", tasks.materials());
		model.addAttribute("commitment", commitments.offer(actor, id, locale).orElse(null));
		model.addAttribute("delivery", deliveryChoices.of(draft));
		return draftPage(draft, check.stops(), model, locale, "application/tasks");
	}

	@GetMapping("/drafts/{id}/sections/{key}")
	String section(@PathVariable UUID id, @PathVariable String key, @RequestParam(required = false) String returnTo,
			@AuthenticationPrincipal Actor actor, Model model, Locale locale) {
		Application draft = drafts.get(actor, id);
		requireDraft(draft);
		Section section = section(draft, key);
		FormCheck check = myApplications.guideOf(draft).version().form().check(key, draft.answers());
		ReturnTo.of(returnTo).ifPresent(page -> model.addAttribute("returnTo", page.parameter()));
		return sectionPage(draft, section, draft.answers().values(), List.of(), check.stops(), model, locale);
	}

	/**
	 * Saves the whole section, a box not ticked clearing its answer, then shows what is
	 * still wrong with it, or goes back to the task list, or to "check your answers" when
	 * the applicant came from there. The verified answers have no input, so they are read
	 * only when sent, and the service refuses a change to them (R1.6). Sent by the
	 * language switch ({@code lang}, which the locale interceptor has already applied),
	 * it saves and shows the section again in the other language, so that switching loses
	 * nothing typed (R13.3).
	 */
	@PostMapping("/drafts/{id}/sections/{key}")
	String saveSection(@PathVariable UUID id, @PathVariable String key,
			@RequestParam MultiValueMap<String, String> form, @RequestParam(required = false) String returnTo,
			@RequestParam(required = false) String lang, @AuthenticationPrincipal Actor actor, Model model,
			Locale locale) {
		Application draft = drafts.get(actor, id);
		requireDraft(draft);
		Section section = section(draft, key);
		Optional<ReturnTo> back = ReturnTo.of(returnTo);
		back.ifPresent(page -> model.addAttribute("returnTo", page.parameter()));
		String next = "redirect:" + back.map(page -> page.path(id)).orElse("/apply/drafts/" + id);
		Map<String, List<String>> answers = answersOf(form, section.fields(), draft);
		FormCheck check;
		try {
			Application saved = drafts.save(actor, id, answers);
			// Saving moves a draft to the version in force (R16.5), whose form may have
			// other sections.
			FormDefinition inForce = myApplications.guideOf(saved).version().form();
			if (inForce.sections().stream().noneMatch(candidate -> candidate.key().equals(key))) {
				return next;
			}
			if (lang != null) {
				// Saved as a draft: the section again, in the language chosen, before
				// anything is said missing.
				return "redirect:/apply/drafts/" + id + "/sections/" + key
						+ back.map(page -> "?returnTo=" + page.parameter()).orElse("");
			}
			check = inForce.check(key, saved.answers());
		}
		catch (ApplicationIncompleteException ex) {
			// Nothing was saved: every problem of the section as sent is shown at once,
			// not only the wrong values,
			// and a refused change of a verified answer with them.
			FormCheck sent = myApplications.guideOf(draft).version().form().check(key, draft.answers().with(answers));
			List<FormProblem> problems = new ArrayList<>(sent.problems());
			ex.problems().stream().filter(problem -> !problems.contains(problem)).forEach(problems::add);
			check = new FormCheck(problems, sent.stops());
		}
		if (check.passed()) {
			return next;
		}
		return sectionPage(draft, section, answers, check.problems(), check.stops(), model, locale);
	}

	/**
	 * "Check your answers"; once submitted, the confirmation, where the browser's Back
	 * button leads (R3.5).
	 */
	@GetMapping("/drafts/{id}/check")
	String check(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model, Locale locale) {
		Application draft = drafts.get(actor, id);
		requireDraft(draft, CONFIRMATION);
		model.addAttribute("commitment", commitments.offer(actor, id, locale).orElse(null));
		model.addAttribute("delivery", deliveryChoices.of(draft));
		return checkPage(draft, drafts.checkBeforeSubmission(actor, id), model, locale);
	}

	/**
	 * Submits with the one-time token of the "check your answers" page as the idempotency
	 * key: the same token twice gives the same application (R3.4). Post/Redirect/Get: the
	 * confirmation, or "check your answers" again with what is still missing, is fetched
	 * anew, so that going back or reloading never sends the form again.
	 */
	@PostMapping("/drafts/{id}/submit")
	@ResponseStatus(HttpStatus.SEE_OTHER)
	String submit(@PathVariable UUID id, @RequestParam String token, @AuthenticationPrincipal Actor actor,
			HttpServletRequest request) {
		requireDraft(drafts.get(actor, id), CONFIRMATION);
		try {
			Receipt receipt = submissions.submit(actor, id, "form:" + token);
			// The draft's pages a browser keeps for Back (its back/forward cache) are out
			// of date. It drops pages sent
			// with no-store once the site's cookies change, so the session gets a new id:
			// Back fetches them again,
			// and is led here.
			request.changeSessionId();
			return "redirect:/my/applications/" + receipt.number() + CONFIRMATION;
		}
		catch (ApplicationIncompleteException ex) {
			return "redirect:/apply/drafts/" + id + "/check";
		}
	}

	@GetMapping("/drafts/{id}/delete")
	String confirmDelete(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model) {
		Application draft = drafts.get(actor, id);
		requireDraft(draft);
		model.addAttribute("draft", draft);
		return "application/delete";
	}

	@PostMapping("/drafts/{id}/delete")
	String delete(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		requireDraft(drafts.get(actor, id));
		drafts.discard(actor, id);
		return "redirect:/my?deleted";
	}

	private String existingPage(Actor actor, MatterGuide guide, List<Application> drafts, String error, Model model,
			Locale locale) {
		Map<UUID, TaskList> progress = progress(myApplications, this.drafts, actor, drafts);
		DateTimeFormatter time = DateTimeFormatter.ofPattern(messages.getMessage("apply.time.pattern", null, locale),
				locale);
		List<DraftChoice> choices = new ArrayList<>();
		drafts.forEach(draft -> choices.add(new DraftChoice(draft.id().toString(),
				messages.getMessage("apply.existing.continue",
						new Object[] { time.format(draft.updatedAt().atZone(clock.getZone())) }, locale),
				messages.getMessage("apply.progress",
						new Object[] { progress.get(draft.id()).done(), progress.get(draft.id()).total() }, locale))));
		choices.add(new DraftChoice(NEW_DRAFT, messages.getMessage("apply.existing.new", null, locale),
				messages.getMessage("apply.existing.newHint", null, locale)));
		model.addAttribute("guide", guide);
		model.addAttribute("choices", choices);
		model.addAttribute("error", error);
		return "application/existing";
	}

	/**
	 * A choice of the page that offers to continue a draft or to start a new one: its
	 * value, label and hint.
	 */
	record DraftChoice(String value, String label, String hint) {
	}

	/** How far each draft has come, by its id. */
	static Map<UUID, TaskList> progress(MyApplications myApplications, Drafts drafts, Actor actor,
			List<Application> shown) {
		Map<UUID, TaskList> progress = new LinkedHashMap<>();
		shown.forEach(draft -> progress.put(draft.id(),
				TaskList.of(draft, myApplications.guideOf(draft).version().form(), drafts.check(actor, draft.id()))));
		return progress;
	}

	private String sectionPage(Application draft, Section section, Map<String, List<String>> values,
			List<FormProblem> problems, List<FormProblem> stops, Model model, Locale locale) {
		List<ProblemLink> errors = links(draft, problems, locale);
		model.addAttribute("languageForm", "section-form");
		model.addAttribute("section", section);
		model.addAttribute("known", section.fields().stream().filter(draft::isVerified).toList());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("fieldErrors", ProblemLink.byField(errors));
		return draftPage(draft, stops, model, locale, "application/section");
	}

	private String checkPage(Application draft, FormCheck check, Model model, Locale locale) {
		model.addAttribute("problems", links(draft, check.problems(), locale));
		model.addAttribute("materials", materials.toUpload(draft));
		model.addAttribute("filesPath", "/apply/drafts/" + draft.id() + "/materials");
		model.addAttribute("fees", FeeSummary.of(myApplications.guideOf(draft).version(), locale));
		// A token of this rendering of the page: submitting it twice is one submission.
		model.addAttribute("token", UUID.randomUUID());
		return draftPage(draft, check.stops(), model, locale, "application/check");
	}

	/**
	 * What every page of a draft shows: the draft, its matter version (R16.5) and the
	 * stops (R16.6).
	 */
	private String draftPage(Application draft, List<FormProblem> stops, Model model, Locale locale, String view) {
		model.addAttribute("draft", draft);
		model.addAttribute("guide", myApplications.guideOf(draft));
		model.addAttribute("stops", links(draft, stops, locale));
		return view;
	}

	private List<ProblemLink> links(Application draft, List<FormProblem> problems, Locale locale) {
		FormDefinition form = myApplications.guideOf(draft).version().form();
		return problems.stream()
			.map(problem -> ProblemLink.of(problem, "/apply/drafts/" + draft.id(), form, formMessages, locale))
			.toList();
	}

	private Section section(Application draft, String key) {
		return myApplications.guideOf(draft)
			.version()
			.form()
			.sections()
			.stream()
			.filter(section -> section.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("application.section.notFound"));
	}

	/**
	 * The answers a page's form sends for its fields, a field not sent being cleared (a
	 * box not ticked), except the verified answers, which have no input and are taken
	 * only when sent.
	 */
	static Map<String, List<String>> answersOf(MultiValueMap<String, String> form, List<Field> fields,
			Application application) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		fields.stream()
			.filter(field -> form.containsKey(field.key()) || !application.isVerified(field))
			.forEach(field -> answers.put(field.key(), form.getOrDefault(field.key(), List.of())));
		return answers;
	}

	/**
	 * A submitted application cannot be changed any more: its draft's pages lead to the
	 * application's own page.
	 */
	static void requireDraft(Application application) {
		requireDraft(application, "");
	}

	/** The same, leading to {@code page} of the application, such as its confirmation. */
	static void requireDraft(Application application, String page) {
		if (!application.isDraft()) {
			throw new SubmittedDrafts.DraftSubmitted(application, page);
		}
	}

}
