package org.tongban.application.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.application.Application;
import org.tongban.application.ApplicationIncompleteException;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.CorrectionItem;
import org.tongban.application.CorrectionUnchangedException;
import org.tongban.application.Corrections;
import org.tongban.application.MyApplications;
import org.tongban.catalog.Department;
import org.tongban.catalog.FormCheck;
import org.tongban.catalog.FormDefinition.Field;
import org.tongban.catalog.FormMessages;
import org.tongban.catalog.FormProblem;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterVersion;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.RefusedException;

/**
 * Answering a correction notice (补正, R4.2) without JavaScript: one page lists every item
 * the department asked for, with the listed fields to change and the listed materials to
 * replace, and nothing else; then "check your corrections" and the resubmission, after
 * which the case is back with the department.
 */
@Controller
@RequestMapping("/my/applications/{number}/correction")
class CorrectionPages {

	/** The box the applicant ticks to resubmit items of the notice unchanged. */
	private static final String UNCHANGED_CONFIRMED = "unchangedConfirmed";

	private final Corrections corrections;

	private final ApplicationMaterials materials;

	private final MyApplications myApplications;

	private final MatterCatalog catalog;

	private final FormMessages formMessages;

	private final MessageSource messages;

	CorrectionPages(Corrections corrections, ApplicationMaterials materials, MyApplications myApplications,
			MatterCatalog catalog, FormMessages formMessages, MessageSource messages) {
		this.corrections = corrections;
		this.materials = materials;
		this.myApplications = myApplications;
		this.catalog = catalog;
		this.formMessages = formMessages;
		this.messages = messages;
	}

	@GetMapping
	String correction(@PathVariable String number, @AuthenticationPrincipal Actor actor, Model model) {
		Application application = corrections.toCorrect(actor, number);
		return correctionPage(application, application.answers().values(), List.of(), Map.of(), model);
	}

	/**
	 * Saves the listed fields, a box not ticked clearing its answer; fields the notice
	 * does not list are not read. Every problem stands next to its field, and nothing is
	 * saved while one remains.
	 */
	@PostMapping
	String save(@PathVariable String number, @RequestParam MultiValueMap<String, String> form,
			@AuthenticationPrincipal Actor actor, Model model, Locale locale) {
		Application application = corrections.toCorrect(actor, number);
		Map<String, List<String>> answers = DraftPages.answersOf(form, listedFields(application), application);
		if (answers.isEmpty()) {
			return "redirect:" + path(number) + "/check";
		}
		try {
			corrections.correct(actor, number, answers);
			return "redirect:" + path(number) + "/check";
		}
		catch (ApplicationIncompleteException ex) {
			Map<String, List<String>> values = new LinkedHashMap<>(application.answers().values());
			values.putAll(answers);
			return correctionPage(application, values, links(application, ex.problems(), locale), Map.of(), model);
		}
	}

	@PostMapping("/materials/{code}")
	String upload(@PathVariable String number, @PathVariable String code,
			@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal Actor actor, Model model,
			Locale locale) throws IOException {
		Application application = corrections.toCorrect(actor, number);
		if (file == null || file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename())) {
			return materialRefused(application, code, messages.getMessage("apply.materials.choose", null, locale),
					model);
		}
		try (InputStream content = file.getInputStream()) {
			materials.attach(actor, application.id(), code, file.getOriginalFilename(), content);
		}
		catch (InvalidParameterException ex) {
			return materialRefused(application, code, message(ex.messageCode(), ex.messageArgs(), locale), model);
		}
		catch (RefusedException ex) {
			return materialRefused(application, code, message(ex.messageCode(), ex.messageArgs(), locale), model);
		}
		return "redirect:" + path(number) + "#material-" + code;
	}

	@PostMapping("/materials/{code}/remove")
	String remove(@PathVariable String number, @PathVariable String code, @RequestParam UUID attachmentId,
			@AuthenticationPrincipal Actor actor) {
		materials.detach(actor, corrections.toCorrect(actor, number).id(), attachmentId);
		return "redirect:" + path(number) + "#material-" + code;
	}

	@GetMapping("/check")
	String check(@PathVariable String number, @AuthenticationPrincipal Actor actor, Model model, Locale locale) {
		Application application = corrections.toCorrect(actor, number);
		return checkPage(application, corrections.check(actor, number), model, locale, false);
	}

	/**
	 * Resubmits; a second click after the first went through finds the case with the
	 * department already. Items still as they were when the notice was given are named,
	 * and go back only once the applicant ticks that they need no change.
	 */
	@PostMapping("/submit")
	String submit(@PathVariable String number, @RequestParam(defaultValue = "false") boolean unchangedConfirmed,
			@AuthenticationPrincipal Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		Application application = myApplications.byNumber(actor, number);
		if (application.correction().isEmpty()) {
			return "redirect:/my/applications/" + number;
		}
		try {
			corrections.resubmit(actor, number, unchangedConfirmed);
		}
		catch (ApplicationIncompleteException ex) {
			return checkPage(application, ex.check(), model, locale, false);
		}
		catch (CorrectionUnchangedException ex) {
			return checkPage(application, corrections.check(actor, number), model, locale, true);
		}
		redirect.addFlashAttribute("corrected", true);
		return "redirect:/my/applications/" + number;
	}

	private String materialRefused(Application application, String code, String error, Model model) {
		ProblemLink link = new ProblemLink(ProblemLink.MATERIAL + code, error, "#material-" + code);
		return correctionPage(application, application.answers().values(), List.of(link), Map.of(code, error), model);
	}

	private String correctionPage(Application application, Map<String, List<String>> values, List<ProblemLink> errors,
			Map<String, String> materialErrors, Model model) {
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("fieldErrors",
				errors.stream()
					.filter(error -> error.field() != null && !error.field().startsWith(ProblemLink.MATERIAL))
					.collect(Collectors.groupingBy(ProblemLink::field,
							Collectors.mapping(ProblemLink::message, Collectors.joining(" ")))));
		model.addAttribute("materialErrors", materialErrors);
		// What the platform verified is shown as known, without an input, even where the
		// notice lists it (R1.6).
		Map<Boolean, List<Field>> verified = listedFields(application).stream()
			.collect(Collectors.partitioningBy(application::isVerified));
		model.addAttribute("known", verified.get(true));
		model.addAttribute("fields", verified.get(false));
		return page(application, model, "application/correction");
	}

	/**
	 * @param confirmationMissing the applicant resubmitted without confirming the
	 * unchanged items: the box says so
	 */
	private String checkPage(Application application, FormCheck check, Model model, Locale locale,
			boolean confirmationMissing) {
		List<ProblemLink> problems = new ArrayList<>(links(application, check.problems(), locale));
		if (confirmationMissing) {
			problems.add(new ProblemLink(UNCHANGED_CONFIRMED,
					messages.getMessage("apply.correction.unchanged.confirm.missing", null, locale),
					"#" + UNCHANGED_CONFIRMED));
		}
		model.addAttribute("problems", problems);
		model.addAttribute("stops", links(application, check.stops(), locale));
		model.addAttribute("confirmationMissing", confirmationMissing);
		List<CorrectionItem> unchanged = corrections.unchangedSinceNotice(application);
		model.addAttribute("unchanged", CorrectionLine.of(unchanged, myApplications.guideOf(application).version()));
		return page(application, model, "application/correction-check");
	}

	private String page(Application application, Model model, String view) {
		MatterVersion version = myApplications.guideOf(application).version();
		model.addAttribute("submission", application);
		model.addAttribute("guide", myApplications.guideOf(application));
		model.addAttribute("lines", CorrectionLine.of(application.correction().orElseThrow(), version));
		// The applicant opens the files they gave, as on their application's page.
		model.addAttribute("filesPath", "/my/applications/" + application.number() + "/materials");
		model.addAttribute("departments",
				catalog.departments().stream().collect(Collectors.toMap(Department::code, Function.identity())));
		return view;
	}

	private List<Field> listedFields(Application application) {
		return myApplications.guideOf(application)
			.version()
			.form()
			.sections()
			.stream()
			.flatMap(section -> section.fields().stream())
			.filter(field -> application.isToCorrect(CorrectionItem.Kind.FIELD, field.key()))
			.toList();
	}

	/** Each problem links to its item on the correction page. */
	private List<ProblemLink> links(Application application, List<FormProblem> problems, Locale locale) {
		return problems.stream().map(problem -> {
			String field = problem.field();
			String anchor = field == null ? null : field.startsWith(ProblemLink.MATERIAL)
					? "#material-" + field.substring(ProblemLink.MATERIAL.length()) : "#field-" + field;
			return new ProblemLink(field, formMessages.message(problem, locale),
					anchor == null ? null : path(application.number()) + anchor);
		}).toList();
	}

	private String message(String code, Object[] arguments, Locale locale) {
		return messages.getMessage(code, LocalizedText.in(locale, arguments), locale);
	}

	private static String path(String number) {
		return "/my/applications/" + number + "/correction";
	}

}
