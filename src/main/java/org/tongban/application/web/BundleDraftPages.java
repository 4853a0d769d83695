package org.tongban.application.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;
import org.tongban.application.ApplicationIncompleteException;
import org.tongban.application.BundleApplication;
import org.tongban.application.CombinedForm;
import org.tongban.application.CombinedMaterial;
import org.tongban.catalog.FormCheck;
import org.tongban.catalog.FormMessages;
import org.tongban.catalog.FormProblem;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.RefusedException;

/**
 * The pages of a bundle's draft that the applicant fills in online ({@link BundlePages})
 * and the clerk of the integrated window with the applicant ({@link WindowPages}) alike
 * (R2.5): the combined form (一表申请), whose refusals stand next to their fields, the one
 * set of materials (一套材料), and "check your answers". Each controller maps its own paths
 * to these and gives the draft's operations as it may do them.
 */
final class BundleDraftPages {

	/** The draft's operations as the actor of the pages may do them. */
	interface Steps {

		/** The bundle, still a draft; a submitted one leads to its own page. */
		BundleApplication draft(Actor actor, UUID id);

		CombinedForm form(Actor actor, UUID id);

		void save(Actor actor, UUID id, Map<String, List<String>> answers);

		List<CombinedMaterial> materials(Actor actor, UUID id);

		void attach(Actor actor, UUID id, String key, String fileName, InputStream content);

		void detach(Actor actor, UUID id, UUID attachmentId);

		FormCheck check(Actor actor, UUID id);

	}

	/**
	 * @param path where the draft bundles' pages are, e.g. {@code /apply/bundles/}
	 * @param chooseFile the message asking for a file where none was sent
	 */
	record Views(String path, String form, String materials, String check, String chooseFile) {
	}

	private final Steps steps;

	private final Views views;

	private final FormMessages formMessages;

	private final MessageSource messages;

	BundleDraftPages(Steps steps, Views views, FormMessages formMessages, MessageSource messages) {
		this.steps = steps;
		this.views = views;
		this.formMessages = formMessages;
		this.messages = messages;
	}

	String form(Actor actor, UUID id, Model model, Locale locale) {
		BundleApplication bundle = steps.draft(actor, id);
		CombinedForm form = steps.form(actor, id);
		Map<String, List<String>> values = new LinkedHashMap<>();
		form.questions().forEach(question -> values.put(question.key(), question.values()));
		return formPage(bundle, form, values, List.of(), model, locale);
	}

	/**
	 * Saves the whole combined form, a box not ticked clearing its answer; what a member
	 * refused is shown next to its combined field, with the answers as sent.
	 */
	String saveForm(Actor actor, UUID id, MultiValueMap<String, String> sent, Model model, Locale locale) {
		BundleApplication bundle = steps.draft(actor, id);
		CombinedForm form = steps.form(actor, id);
		Map<String, List<String>> answers = new LinkedHashMap<>();
		form.questions().forEach(question -> answers.put(question.key(), sent.getOrDefault(question.key(), List.of())));
		try {
			steps.save(actor, id, answers);
			return "redirect:" + views.path() + id + "/materials";
		}
		catch (ApplicationIncompleteException ex) {
			return formPage(bundle, form, answers, ex.problems(), model, locale);
		}
	}

	String materials(Actor actor, UUID id, Model model) {
		return materialsPage(actor, steps.draft(actor, id), Map.of(), model);
	}

	String upload(Actor actor, UUID id, String key, MultipartFile file, Model model, Locale locale) throws IOException {
		BundleApplication bundle = steps.draft(actor, id);
		if (file == null || file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename())) {
			return materialsPage(actor, bundle, Map.of(key, messages.getMessage(views.chooseFile(), null, locale)),
					model);
		}
		try (InputStream content = file.getInputStream()) {
			steps.attach(actor, id, key, file.getOriginalFilename(), content);
			return "redirect:" + views.path() + id + "/materials#material-" + key;
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

	String remove(Actor actor, UUID id, String key, UUID attachmentId) {
		steps.detach(actor, id, attachmentId);
		return "redirect:" + views.path() + id + "/materials#material-" + key;
	}

	/** "Check your answers" of a draft. */
	String check(Actor actor, BundleApplication bundle, Model model, Locale locale) {
		FormCheck check = steps.check(actor, bundle.id());
		model.addAttribute("bundle", bundle);
		model.addAttribute("form", steps.form(actor, bundle.id()));
		model.addAttribute("materials", steps.materials(actor, bundle.id()));
		model.addAttribute("problems", links(bundle.id(), check.problems(), locale));
		model.addAttribute("stops", links(bundle.id(), check.stops(), locale));
		// A token of this rendering of the page: submitting it twice is one submission.
		model.addAttribute("token", UUID.randomUUID());
		return views.check();
	}

	private String formPage(BundleApplication bundle, CombinedForm form, Map<String, List<String>> values,
			List<FormProblem> problems, Model model, Locale locale) {
		List<ProblemLink> errors = links(bundle.id(), problems, locale);
		model.addAttribute("bundle", bundle);
		model.addAttribute("form", form);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("fieldErrors", ProblemLink.byField(errors));
		return views.form();
	}

	private String materialsPage(Actor actor, BundleApplication bundle, Map<String, String> errors, Model model) {
		model.addAttribute("bundle", bundle);
		model.addAttribute("materials", steps.materials(actor, bundle.id()));
		model.addAttribute("errors", errors);
		model.addAttribute("errorLinks", ProblemLink.toMaterials(errors));
		return views.materials();
	}

	/** Each problem with a link to its combined field on the form, or its material. */
	private List<ProblemLink> links(UUID id, List<FormProblem> problems, Locale locale) {
		String bundlePath = views.path() + id;
		return problems.stream().map(problem -> {
			String field = problem.field();
			String href = field == null ? null
					: field.startsWith(ProblemLink.MATERIAL)
							? bundlePath + "/materials#material-" + field.substring(ProblemLink.MATERIAL.length())
							: bundlePath + "/form#field-" + field;
			return new ProblemLink(field, formMessages.message(problem, locale), href);
		}).toList();
	}

	private String message(String code, Object[] arguments, Locale locale) {
		return messages.getMessage(code, LocalizedText.in(locale, arguments), locale);
	}

}
