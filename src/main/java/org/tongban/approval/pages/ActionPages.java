package org.tongban.approval.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.application.CorrectionItem;
import org.tongban.approval.CaseAction;
import org.tongban.approval.CaseView;
import org.tongban.approval.CaseWork;
import org.tongban.approval.Decision;
import org.tongban.approval.Expert;
import org.tongban.approval.ExpertDue;
import org.tongban.approval.ReviewOutcome;
import org.tongban.approval.SpecialPeriodKind;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterGuide;
import org.tongban.catalog.MatterVersion;
import org.tongban.catalog.Theme;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;
import org.tongban.shared.LocalizedText;

/**
 * One page per action on a case (GOV.UK: one thing per page),
 * {@code /staff/cases/{number}/<action>} by {@link CaseAction#path()}: accept, refuse,
 * request a correction, review, send back, start and end a special period, ask experts,
 * extend, decide (R4.1, R4.2, R5.3, R5.4, R15.2–R15.4). Each page is checked on the
 * server: what is missing or wrong is listed at the top and said at its field; a done
 * action returns to the case page with a banner, and so does a refusal of the case work
 * (409), with its reason.
 */
@Controller
@RequestMapping("/staff/cases/{number}")
class ActionPages {

	/**
	 * The actions that have a page of their own, in the order the case page offers them,
	 * with their fields.
	 */
	static final Map<CaseAction, List<String>> PAGES = pages();

	private static final String PATHS = "accept|accept-with-gaps|refuse|request-correction|review|send-back|start-special-period"
			+ "|end-special-period|expert-review|extend|decide";

	private final CaseWork work;

	private final MatterCatalog catalog;

	private final ActionResults results;

	private final Clock clock;

	private final MessageSource messages;

	ActionPages(CaseWork work, MatterCatalog catalog, ActionResults results, Clock clock, MessageSource messages) {
		this.work = work;
		this.catalog = catalog;
		this.results = results;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/{action:" + PATHS + "}")
	String form(@PathVariable String number, @PathVariable("action") String path,
			@RequestParam(required = false) String task, @AuthenticationPrincipal Actor staff, Model model,
			RedirectAttributes redirect, Locale locale) {
		CaseAction action = action(path);
		CaseView view = ActionResults.onTask(work, task).open(staff, number);
		if (!view.actions().contains(action)) {
			if (action == CaseAction.REQUEST_CORRECTION && view.correctionNoticeGiven()) {
				redirect.addFlashAttribute("refused",
						messages.getMessage("approval.correction.onlyOnce", null, locale));
			}
			else {
				redirect.addFlashAttribute("notNow", action);
			}
			return ActionResults.casePage(number);
		}
		var form = new CaseActionForm();
		form.setTask(view.task());
		MatterGuide guide = guide(view);
		if (action == CaseAction.REQUEST_CORRECTION) {
			Correctables.of(guide.version()).items().forEach(item -> form.getItems().add(new CaseActionForm.Line()));
		}
		if (action == CaseAction.EXPERT_REVIEW) {
			work.expertCandidates(staff, number)
				.forEach(expert -> form.getExperts().add(new CaseActionForm.ExpertLine(expert.id().toString())));
		}
		if (action == CaseAction.DECIDE) {
			// A decision rests on the law the matter rests on (R5.4), as its guide
			// publishes it (R2.1, R2.4); the
			// approver changes it to fit the decision.
			form.setLegalBasis(legalBasis(guide.version()));
		}
		model.addAttribute("actionForm", form);
		return page(action, view, guide, candidates(action, staff, view), model);
	}

	@PostMapping("/{action:" + PATHS + "}")
	String act(@PathVariable String number, @PathVariable("action") String path, @AuthenticationPrincipal Actor staff,
			@ModelAttribute("actionForm") CaseActionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, Locale locale) {
		CaseAction action = action(path);
		CaseWork onTask = ActionResults.onTask(work, form.getTask());
		CaseView view = onTask.open(staff, number);
		MatterGuide guide = guide(view);
		List<Expert> candidates = candidates(action, staff, view);
		Runnable doing = check(onTask, action, form, errors, staff, view, guide, candidates, locale);
		if (errors.hasErrors()) {
			return page(action, view, guide, candidates, model);
		}
		try {
			return results.perform(number, action, redirect, locale, doing);
		}
		catch (InvalidParameterException refused) {
			List<String> fields = PAGES.get(action);
			String field = fields.contains(refused.parameter()) ? refused.parameter() : fields.get(0);
			errors.rejectValue(field, refused.messageCode(), LocalizedText.in(locale, refused.messageArgs()),
					refused.messageCode());
			return page(action, view, guide, candidates, model);
		}
	}

	/**
	 * A form that names a line of a correction notice far beyond any matter's form (only
	 * a forged one does): the binder cannot grow the list that far, and the page says the
	 * request is wrong rather than fail.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView unknownLine(InvalidPropertyException ex, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		var page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
		page.addObject("status", HttpStatus.BAD_REQUEST.value());
		page.addObject("detail",
				messages.getMessage("staff.form.items.unknown", null, LocaleContextHolder.getLocale()));
		return page;
	}

	/**
	 * The experts the reviewer may ask, for the expert review's page; none for the
	 * others.
	 */
	private List<Expert> candidates(CaseAction action, Actor staff, CaseView view) {
		return action == CaseAction.EXPERT_REVIEW ? work.expertCandidates(staff, view.number()) : List.of();
	}

	private String page(CaseAction action, CaseView view, MatterGuide guide, List<Expert> candidates, Model model) {
		model.addAttribute("action", action);
		model.addAttribute("view", view);
		model.addAttribute("guide", guide);
		List<String> fields = new ArrayList<>(PAGES.get(action));
		if (action == CaseAction.REQUEST_CORRECTION) {
			Correctables correctables = Correctables.of(guide.version());
			model.addAttribute("correctables", correctables);
			for (int i = 0; i < correctables.items().size(); i++) {
				fields.add("items[" + i + "].problem");
			}
		}
		if (action == CaseAction.EXPERT_REVIEW) {
			for (int i = 0; i < candidates.size(); i++) {
				fields.add("experts[" + i + "].dueOn");
			}
			Locale locale = LocaleContextHolder.getLocale();
			Map<String, LocalizedText> themes = catalog.themes()
				.stream()
				.collect(Collectors.toMap(Theme::code, Theme::name));
			model.addAttribute("candidates", candidates);
			model.addAttribute("expertFields",
					candidates.stream()
						.collect(Collectors.toMap(Expert::id,
								expert -> expert.fields()
									.stream()
									.map(field -> themes.containsKey(field) ? themes.get(field).in(locale) : field)
									.collect(Collectors.joining("、")))));
			model.addAttribute("shareable",
					view.application()
						.materials()
						.stream()
						.map(material -> new Shareable(material.attachmentId().toString(),
								material.materialName().in(locale) + "：" + material.displayName()))
						.toList());
		}
		if (action == CaseAction.ACCEPT_WITH_GAPS) {
			model.addAttribute("gapOptions", gapOptions(view, guide));
		}
		model.addAttribute("fields", fields);
		model.addAttribute("outcomes", ReviewOutcome.values());
		model.addAttribute("kinds", SpecialPeriodKind.values());
		model.addAttribute("decisions", Decision.values());
		model.addAttribute("today", LocalDate.now(clock));
		return "staff/action";
	}

	/**
	 * The legal bases of the matter's guide as one citation, each title with its article.
	 */
	private static String legalBasis(MatterVersion version) {
		return version.legalBases()
			.stream()
			.map(basis -> basis.article() == null ? basis.title() : basis.title() + basis.article())
			.collect(Collectors.joining("；"));
	}

	private MatterGuide guide(CaseView view) {
		return catalog.guide(view.application().matterCode(), view.application().matterVersion());
	}

	private static CaseAction action(String path) {
		return Arrays.stream(CaseAction.values())
			.filter(action -> action.path().equals(path))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not an action's path: " + path));
	}

	private static Map<CaseAction, List<String>> pages() {
		Map<CaseAction, List<String>> pages = new EnumMap<>(CaseAction.class);
		pages.put(CaseAction.ACCEPT, List.of("opinion"));
		pages.put(CaseAction.ACCEPT_WITH_GAPS, List.of("gaps", "supplyBy", "opinion"));
		pages.put(CaseAction.REFUSE, List.of("reason", "legalBasis"));
		pages.put(CaseAction.REQUEST_CORRECTION, List.of("items", "note"));
		pages.put(CaseAction.REVIEW, List.of("outcome", "opinion"));
		pages.put(CaseAction.SEND_BACK, List.of("toStep", "opinion"));
		pages.put(CaseAction.START_SPECIAL_PERIOD, List.of("kind", "reason", "expectedEnd"));
		pages.put(CaseAction.END_SPECIAL_PERIOD, List.of("result"));
		pages.put(CaseAction.EXPERT_REVIEW, List.of("experts", "materials", "reason"));
		pages.put(CaseAction.EXTEND, List.of("reason"));
		pages.put(CaseAction.DECIDE, List.of("decision", "reasons", "legalBasis"));
		return Collections.unmodifiableMap(pages);
	}

	/**
	 * The form checked field by field, each refused value rejected at its field: the
	 * action to do once all are right. The case work checks the rest (the step, the
	 * claim, the role) and may still refuse.
	 */
	private Runnable check(CaseWork onTask, CaseAction action, CaseActionForm form, BindingResult errors, Actor staff,
			CaseView view, MatterGuide guide, List<Expert> candidates, Locale locale) {
		String number = view.number();
		return switch (action) {
			case ACCEPT -> {
				String opinion = text(errors, "opinion", form.getOpinion(), true);
				yield () -> onTask.accept(staff, number, opinion);
			}
			case ACCEPT_WITH_GAPS -> {
				List<String> gaps = gaps(errors, form, view, guide);
				LocalDate supplyBy = date(errors, "supplyBy", form.getSupplyBy());
				String opinion = text(errors, "opinion", form.getOpinion(), false);
				yield () -> onTask.acceptWithGaps(staff, number, gaps, supplyBy, opinion);
			}
			case REFUSE -> {
				String reason = text(errors, "reason", form.getReason(), true);
				String legalBasis = text(errors, "legalBasis", form.getLegalBasis(), true);
				yield () -> onTask.refuse(staff, number, reason, legalBasis);
			}
			case REQUEST_CORRECTION -> {
				List<CorrectionItem> items = items(errors, form, Correctables.of(guide.version()), locale);
				String note = text(errors, "note", form.getNote(), false);
				yield () -> onTask.requestCorrection(staff, number, items, note == null ? "" : note);
			}
			case REVIEW -> {
				ReviewOutcome outcome = choice(errors, "outcome", ReviewOutcome.class, form.getOutcome());
				String opinion = text(errors, "opinion", form.getOpinion(), true);
				yield () -> onTask.review(staff, number, outcome, opinion);
			}
			case SEND_BACK -> {
				String toStep = view.sendBackTargets().contains(form.getToStep()) ? form.getToStep() : null;
				if (toStep == null) {
					errors.rejectValue("toStep", "staff.form.toStep.missing");
				}
				String opinion = text(errors, "opinion", form.getOpinion(), true);
				yield () -> onTask.sendBack(staff, number, toStep, opinion);
			}
			case START_SPECIAL_PERIOD -> {
				SpecialPeriodKind kind = choice(errors, "kind", SpecialPeriodKind.class, form.getKind());
				String reason = text(errors, "reason", form.getReason(), true);
				LocalDate expectedEnd = date(errors, "expectedEnd", form.getExpectedEnd());
				yield () -> onTask.startSpecialPeriod(staff, number, kind, reason, expectedEnd);
			}
			case END_SPECIAL_PERIOD -> {
				String result = text(errors, "result", form.getResult(), true);
				yield () -> onTask.endSpecialPeriod(staff, number, result);
			}
			case EXPERT_REVIEW -> {
				List<ExpertDue> asked = experts(errors, form, candidates);
				List<UUID> shared = shared(errors, form, view);
				String reason = text(errors, "reason", form.getReason(), true);
				yield () -> onTask.assignExperts(staff, number, asked, shared, reason);
			}
			case EXTEND -> {
				String reason = text(errors, "reason", form.getReason(), true);
				yield () -> onTask.extend(staff, number, reason);
			}
			case DECIDE -> {
				Decision decision = choice(errors, "decision", Decision.class, form.getDecision());
				String reasons = text(errors, "reasons", form.getReasons(), true);
				String legalBasis = text(errors, "legalBasis", form.getLegalBasis(), true);
				yield () -> onTask.decide(staff, number, decision, reasons, legalBasis);
			}
			default -> throw new IllegalArgumentException(action + " has no page");
		};
	}

	/**
	 * The ticked lines of a correction notice, each with what is wrong (R4.1, R15.2): at
	 * least one, all sent at once. Lines are read by index against the matter version, so
	 * a form cannot name an item the version does not have.
	 */
	private static List<CorrectionItem> items(BindingResult errors, CaseActionForm form, Correctables correctables,
			Locale locale) {
		List<CorrectionItem> items = new ArrayList<>();
		for (int i = 0; i < correctables.items().size(); i++) {
			CaseActionForm.Line line = i < form.getItems().size() ? form.getItems().get(i) : null;
			if (line == null || !line.isSelected()) {
				continue;
			}
			Correctables.Item item = correctables.items().get(i);
			String field = "items[" + i + "].problem";
			String problem = line.getProblem() == null ? "" : line.getProblem().strip();
			if (problem.isEmpty()) {
				errors.rejectValue(field, "staff.form.problem.missing", new Object[] { item.label().in(locale) }, null);
			}
			else if (problem.length() > CaseWork.MAX_TEXT) {
				errors.rejectValue(field, "staff.form.tooLong", new Object[] { CaseWork.MAX_TEXT }, null);
			}
			else {
				items.add(new CorrectionItem(item.kind(), item.code(), problem));
			}
		}
		if (items.isEmpty() && !errors.hasErrors()) {
			errors.rejectValue("items", "staff.form.items.missing");
		}
		return items;
	}

	/**
	 * The ticked experts, each with the day their opinion is due (R5.3): at least one,
	 * each of the experts offered (a line names its expert, so that an expert added to
	 * the pool meanwhile shifts no choice).
	 */
	private List<ExpertDue> experts(BindingResult errors, CaseActionForm form, List<Expert> candidates) {
		List<String> offered = candidates.stream().map(expert -> expert.id().toString()).toList();
		List<ExpertDue> asked = new ArrayList<>();
		for (int i = 0; i < form.getExperts().size(); i++) {
			CaseActionForm.ExpertLine line = form.getExperts().get(i);
			if (line == null || !line.isSelected()) {
				continue;
			}
			if (!offered.contains(line.getExpert())) {
				errors.rejectValue("experts", "staff.form.experts.unknown");
				return List.of();
			}
			LocalDate dueOn = date(errors, "experts[" + i + "].dueOn", "staff.form.dueOn.missing", line.getDueOn());
			asked.add(new ExpertDue(UUID.fromString(line.getExpert()), dueOn));
		}
		if (asked.isEmpty()) {
			errors.rejectValue("experts",
					candidates.isEmpty() ? "staff.form.experts.none" : "staff.form.experts.missing");
		}
		return asked;
	}

	/**
	 * The materials ticked to accept without (R4.3, R15.6): at least one, each of those
	 * offered.
	 */
	private static List<String> gaps(BindingResult errors, CaseActionForm form, CaseView view, MatterGuide guide) {
		List<String> offered = gapOptions(view, guide).stream().map(Shareable::id).toList();
		if (!offered.containsAll(form.getGaps())) {
			errors.rejectValue("gaps", "staff.form.gaps.unknown");
			return List.of();
		}
		if (form.getGaps().isEmpty()) {
			errors.rejectValue("gaps", "staff.form.gaps.missing");
		}
		return form.getGaps().stream().distinct().toList();
	}

	/**
	 * The materials the case may be accepted without: those the version lets follow that
	 * the application lacks, each by its code with its name.
	 */
	private static List<Shareable> gapOptions(CaseView view, MatterGuide guide) {
		Locale locale = LocaleContextHolder.getLocale();
		return guide.version()
			.materials()
			.stream()
			.filter(MatterVersion.Material::mayFollow)
			.filter(MatterVersion.Material::isUploaded)
			.filter(material -> view.application().materials(material.code()).isEmpty())
			.map(material -> new Shareable(material.code(), material.name().in(locale)))
			.toList();
	}

	/** The materials of the application ticked to share with the experts; maybe none. */
	private static List<UUID> shared(BindingResult errors, CaseActionForm form, CaseView view) {
		List<String> ofApplication = view.application()
			.materials()
			.stream()
			.map(material -> material.attachmentId().toString())
			.toList();
		if (!ofApplication.containsAll(form.getMaterials())) {
			errors.rejectValue("materials", "staff.form.materials.unknown");
			return List.of();
		}
		return form.getMaterials().stream().distinct().map(UUID::fromString).toList();
	}

	/**
	 * A text the action needs (or may take), at most {@link CaseWork#MAX_TEXT}
	 * characters; null when refused or blank.
	 */
	private static String text(BindingResult errors, String field, String value, boolean required) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			if (required) {
				errors.rejectValue(field, "staff.form." + field + ".missing");
			}
			return null;
		}
		if (text.length() > CaseWork.MAX_TEXT) {
			errors.rejectValue(field, "staff.form.tooLong", new Object[] { CaseWork.MAX_TEXT }, null);
			return null;
		}
		return text;
	}

	/**
	 * One of the choices the page offers; null, and refused, when none or another is
	 * sent.
	 */
	private static <E extends Enum<E>> E choice(BindingResult errors, String field, Class<E> type, String value) {
		return Arrays.stream(type.getEnumConstants())
			.filter(constant -> constant.name().equals(value))
			.findFirst()
			.orElseGet(() -> {
				errors.rejectValue(field, "staff.form." + field + ".missing");
				return null;
			});
	}

	/**
	 * A day from today on, as {@code <input type="date">} sends it (ISO, which a browser
	 * without it is asked for).
	 */
	private LocalDate date(BindingResult errors, String field, String value) {
		return date(errors, field, "staff.form." + field + ".missing", value);
	}

	private LocalDate date(BindingResult errors, String field, String missing, String value) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, missing);
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value.strip());
			if (day.isBefore(LocalDate.now(clock))) {
				errors.rejectValue(field, "staff.form.date.past");
				return null;
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "staff.form.date.format");
			return null;
		}
	}

	/**
	 * A material of the application a reviewer may share with the experts, or one the
	 * clerk may accept without.
	 */
	record Shareable(String id, String label) {
	}

}
