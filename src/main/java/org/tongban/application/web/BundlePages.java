package org.tongban.application.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
import org.tongban.catalog.MatterCatalog;
import org.tongban.identity.AccountKind;
import org.tongban.identity.Actor;
import org.tongban.shared.LocalizedText;
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

	private final CaseClocks clocks;

	private final BundleDraftPages pages;

	BundlePages(BundleApplications bundles, MatterCatalog catalog, FormMessages formMessages, MessageSource messages,
			CaseClocks clocks) {
		this.bundles = bundles;
		this.catalog = catalog;
		this.clocks = clocks;
		this.pages = new BundleDraftPages(new OnlineSteps(), new BundleDraftPages.Views(DRAFT, "bundles/form",
				"bundles/materials", "bundles/check", "apply.materials.choose"), formMessages, messages);
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

	@GetMapping(DRAFT + "{id}/form")
	String form(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model, Locale locale) {
		return pages.form(actor, id, model, locale);
	}

	@PostMapping(DRAFT + "{id}/form")
	String saveForm(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> sent,
			@AuthenticationPrincipal Actor actor, Model model, Locale locale) {
		return pages.saveForm(actor, id, sent, model, locale);
	}

	@GetMapping(DRAFT + "{id}/materials")
	String materials(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model) {
		return pages.materials(actor, id, model);
	}

	@PostMapping(DRAFT + "{id}/materials/{key}")
	String upload(@PathVariable UUID id, @PathVariable String key, @RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal Actor actor, Model model, Locale locale) throws IOException {
		return pages.upload(actor, id, key, file, model, locale);
	}

	@PostMapping(DRAFT + "{id}/materials/{key}/remove")
	String remove(@PathVariable UUID id, @PathVariable String key, @RequestParam UUID attachmentId,
			@AuthenticationPrincipal Actor actor) {
		return pages.remove(actor, id, key, attachmentId);
	}

	/** "Check your answers"; once submitted, the bundle's confirmation. */
	@GetMapping(DRAFT + "{id}/check")
	String check(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model, Locale locale) {
		BundleApplication bundle = bundles.get(actor, id);
		if (bundle.status() != BundleStatus.DRAFT) {
			return "redirect:" + MY + bundle.number() + "/confirmation";
		}
		return pages.check(actor, bundle, model, locale);
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

	/** The applicant's own draft bundle. */
	private final class OnlineSteps implements BundleDraftPages.Steps {

		@Override
		public BundleApplication draft(Actor actor, UUID id) {
			return BundlePages.this.draft(actor, id);
		}

		@Override
		public CombinedForm form(Actor actor, UUID id) {
			return bundles.form(actor, id);
		}

		@Override
		public void save(Actor actor, UUID id, Map<String, List<String>> answers) {
			bundles.save(actor, id, answers);
		}

		@Override
		public List<CombinedMaterial> materials(Actor actor, UUID id) {
			return bundles.materials(actor, id);
		}

		@Override
		public void attach(Actor actor, UUID id, String key, String fileName, InputStream content) {
			bundles.attach(actor, id, key, fileName, content);
		}

		@Override
		public void detach(Actor actor, UUID id, UUID attachmentId) {
			bundles.detach(actor, id, attachmentId);
		}

		@Override
		public FormCheck check(Actor actor, UUID id) {
			return bundles.check(actor, id);
		}

	}

}
