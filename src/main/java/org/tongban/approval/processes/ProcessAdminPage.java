package org.tongban.approval.processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.identity.Actor;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.audit.Audit;
import org.tongban.shared.web.RefusalStatus;

/**
 * The system administrator's pages of the process models (R5.1): the deployed definitions
 * and the process each matter's new cases start, a form to upload a matter's own model,
 * which lists every problem of a refused one or confirms the new version, and the
 * download of any deployed version's BPMN file. Each deployment is recorded in the audit
 * trail ({@code process.deploy}, R8.4). Only system administrators reach them (the
 * identity module's access rules).
 */
@Controller
@RequestMapping("/admin/processes")
class ProcessAdminPage {

	private final ProcessModels models;

	private static final String ACTION = "process.deploy";

	/** The audited object: the process of a matter, by the matter's code. */
	private static final String PROCESS = "process";

	private final Audit audit;

	private final MessageSource messages;

	private final Clock clock;

	/** Each deployment and its audit record commit together. */
	private final TransactionTemplate transactions;

	ProcessAdminPage(ProcessModels models, Audit audit, MessageSource messages, Clock clock,
			TransactionTemplate transactions) {
		this.models = models;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
		this.transactions = transactions;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("processes", models.deployed());
		model.addAttribute("matters", models.matters());
		model.addAttribute("zone", clock.getZone());
		return "approval/processes/list";
	}

	@GetMapping("/upload")
	String form(@RequestParam(required = false) String matter, Model model) {
		model.addAttribute("matters", models.matters());
		model.addAttribute("matter", matter);
		model.addAttribute("problems", List.of());
		return "approval/processes/upload";
	}

	@PostMapping("/upload")
	String upload(@AuthenticationPrincipal Actor admin, @RequestParam(required = false) String matter,
			@RequestParam(required = false) MultipartFile file, HttpServletResponse response, Locale locale,
			Model model, RedirectAttributes redirect) {
		List<MatterProcess> matters = models.matters();
		if (matter == null || matters.stream().noneMatch(known -> known.code().equals(matter))) {
			return refused(HttpServletResponse.SC_BAD_REQUEST, "matter",
					List.of(new ProcessModelProblem("approval.process.page.chooseMatter")), matter, locale, response,
					model);
		}
		if (file == null || file.isEmpty()) {
			return refused(HttpServletResponse.SC_BAD_REQUEST, "file",
					List.of(new ProcessModelProblem("approval.process.page.chooseFile")), matter, locale, response,
					model);
		}
		byte[] bpmn = firstBytes(file);
		DeployedProcess deployed;
		try {
			deployed = transactions.execute(status -> {
				DeployedProcess done = models.deploy(matter, file.getOriginalFilename(), bpmn, admin);
				audit.succeeded(admin.audited(), ACTION, PROCESS, matter, done.key() + " v" + done.version());
				return done;
			});
		}
		catch (ProcessModelRefusedException refused) {
			audit.failed(admin.audited(), ACTION, PROCESS, matter,
					refused.refusal() + " " + refused.problems().size() + " problems");
			return refused(RefusalStatus.of(refused.refusal()).value(), "file", refused.problems(), matter, locale,
					response, model);
		}
		redirect.addFlashAttribute("deployed", true);
		return "redirect:/admin/processes/" + deployed.key() + "/" + deployed.version();
	}

	/**
	 * A deployed version: the confirmation page after an upload, and what the list links
	 * to.
	 */
	@GetMapping("/{key}/{version}")
	String version(@PathVariable String key, @PathVariable int version, Model model) {
		model.addAttribute("process",
				models.deployed()
					.stream()
					.filter(process -> process.key().equals(key) && process.version() == version)
					.findFirst()
					.orElseThrow(() -> new NotFoundException("approval.process.notFound", key, version)));
		model.addAttribute("zone", clock.getZone());
		return "approval/processes/version";
	}

	@GetMapping("/{key}/{version}.bpmn")
	ResponseEntity<byte[]> download(@PathVariable String key, @PathVariable int version) {
		byte[] xml = models.model(key, version);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_XML)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(key + "-v" + version + ".bpmn20.xml").build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(xml);
	}

	/**
	 * The form again, with the problems listed at the top and next to the field they
	 * concern.
	 */
	private String refused(int status, String field, List<ProcessModelProblem> problems, String matter, Locale locale,
			HttpServletResponse response, Model model) {
		response.setStatus(status);
		model.addAttribute("matters", models.matters());
		model.addAttribute("matter", matter);
		model.addAttribute("field", field);
		model.addAttribute("problems",
				problems.stream().map(problem -> messages.getMessage(problem.code(), problem.args(), locale)).toList());
		return "approval/processes/upload";
	}

	/**
	 * At most one byte more than a model may weigh: enough to refuse a larger one without
	 * reading it all.
	 */
	private static byte[] firstBytes(MultipartFile file) {
		try (InputStream content = file.getInputStream()) {
			return content.readNBytes(ProcessModelCheck.MAX_BYTES + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
