package org.tongban.application.web;

import java.util.List;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongban.application.Application;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.BundleApplications;
import org.tongban.application.ApplicationSummary;
import org.tongban.application.AttachedMaterial;
import org.tongban.application.Drafts;
import org.tongban.application.MyApplications;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Paging;
import org.tongban.shared.ResultPage;
import org.tongban.storage.Attachments;

/**
 * The applicant's home {@code /my}: their account (numbers masked), their drafts to
 * resume or delete, each with when it was saved and how far it has come, and their
 * applications to follow (R7.1); and "my materials", the files they gave, to open and
 * reuse (R3.2); their bundle applications (R2.5).
 */
@Controller
class MyPages {

	/** Applications a page: an enterprise may have thousands. */
	static final int PAGE_SIZE = 20;

	private final Accounts accounts;

	private final Drafts drafts;

	private final ApplicationMaterials materials;

	private final MyApplications myApplications;

	private final Attachments attachments;

	private final BundleApplications bundles;

	MyPages(Accounts accounts, Drafts drafts, ApplicationMaterials materials, MyApplications myApplications,
			Attachments attachments, BundleApplications bundles) {
		this.bundles = bundles;
		this.accounts = accounts;
		this.drafts = drafts;
		this.materials = materials;
		this.myApplications = myApplications;
		this.attachments = attachments;
	}

	@GetMapping("/my")
	String home(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "1") int page, Model model) {
		ResultPage<ApplicationSummary> mine = myApplications.of(actor, Paging.of(page, PAGE_SIZE, PAGE_SIZE));
		List<Application> drafts = mine.items()
			.stream()
			.filter(summary -> summary.status() == ApplicationStatus.DRAFT)
			.map(summary -> this.drafts.get(actor, summary.id()))
			.toList();
		model.addAttribute("profile", accounts.profile(actor.id()));
		model.addAttribute("applications", mine);
		model.addAttribute("bundles", bundles.mine(actor));
		// Two drafts of one matter are told apart by when they were saved and how far
		// they have come.
		model.addAttribute("progress", DraftPages.progress(myApplications, this.drafts, actor, drafts));
		return "application/my";
	}

	@GetMapping("/my/materials")
	String materials(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("materials", materials.mine(actor));
		return "application/my-materials";
	}

	/**
	 * One of the applicant's own files, for them only (R12.5): anybody else's is not
	 * found.
	 */
	@GetMapping("/my/materials/{attachmentId:[0-9a-fA-F-]{36}}")
	ResponseEntity<InputStreamResource> material(@PathVariable UUID attachmentId,
			@AuthenticationPrincipal Actor actor) {
		return ApplicationPages.download(attachments.open(mine(materials, actor, attachmentId).attachmentId()));
	}

	/** A file of the applicant's "my materials". */
	static AttachedMaterial mine(ApplicationMaterials materials, Actor actor, UUID attachmentId) {
		return materials.mine(actor)
			.stream()
			.filter(material -> material.attachmentId().equals(attachmentId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("application.material.notFound"));
	}

}
