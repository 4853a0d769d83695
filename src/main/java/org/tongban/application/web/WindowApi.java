package org.tongban.application.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongban.application.Application;
import org.tongban.application.AttachedMaterial;
import org.tongban.application.BundleApplication;
import org.tongban.application.Receipt;
import org.tongban.application.window.WindowDesk;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The integrated window's desk for the hall's own systems (R4.5, R13.4): a clerk of the
 * government service centre creates an application on behalf of a walk-in person or
 * enterprise, identified against the base registries, saves its answers, uploads the
 * scanned paper materials and submits it. The application is the applicant's own, as the
 * applicant API shows it, with {@code channel} {@code WINDOW}; the clerk reaches only the
 * applications they registered (any other is 404). A bundle (一件事, R2.5) is registered the
 * same way at {@code /api/v1/window/bundle-applications}: one combined form, one set of
 * scans and one submission, each member an application of the channel {@code WINDOW}.
 */
@RestController
@RequestMapping(path = "/api/v1/window", produces = "application/json")
@Tag(name = "Integrated window", description = "Walk-in applications registered by the window clerk (R4.5)")
class WindowApi {

	private static final String APPLICATIONS = "/applications";

	private static final String BUNDLES = "/bundle-applications";

	private final WindowDesk desk;

	private final ApplicationJson json;

	private final BundleJson bundleJson;

	WindowApi(WindowDesk desk, ApplicationJson json, BundleJson bundleJson) {
		this.desk = desk;
		this.json = json;
		this.bundleJson = bundleJson;
	}

	/**
	 * @param applicantKind {@code NATURAL_PERSON} or {@code LEGAL_PERSON}
	 * @param name a natural person's name as on their resident ID card
	 * @param residentId a natural person's resident ID number
	 * @param creditCode an enterprise's unified social credit code
	 * @param matterCode the matter applied for, as the catalogue names it
	 */
	record WalkIn(String applicantKind, String name, String residentId, String creditCode, String matterCode) {
	}

	@PostMapping(path = APPLICATIONS, consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createWindowApplication",
			summary = "Identify a walk-in applicant against the base registries and start their application of a "
					+ "matter, pre-filled with their verified identity (R4.5)",
			description = "The application belongs to the verified identity: the applicant's account, or the account "
					+ "they open later with the same resident ID number or credit code, where they continue it "
					+ "online (R13.4). A clerk cannot register an application for themselves.")
	@ApiResponse(responseCode = "201", description = "The draft, as the applicant API shows it")
	@ApiResponse(responseCode = "400",
			description = "No such kind, no matter code, a number that is not valid (its "
					+ "check digit), or one the registry does not hold (under this name), or of somebody deceased, "
					+ "cancelled or no longer in existence: `errors` names the field")
	@ApiResponse(responseCode = "403",
			description = "Not a clerk of the government service centre, or the clerk's own identity")
	@ApiResponse(responseCode = "404", description = "No such matter")
	@ApiResponse(responseCode = "409", description = "The matter is not for the applicant's kind")
	ResponseEntity<ApplicationJson.Detail> create(@RequestBody WalkIn walkIn, @AuthenticationPrincipal Actor clerk,
			Locale locale) {
		WindowDesk.requireClerk(clerk);
		if (walkIn.matterCode() == null || walkIn.matterCode().isBlank()) {
			throw new InvalidParameterException("matterCode", "application.start.matterCode");
		}
		Actor applicant = identified(clerk, walkIn.applicantKind(), walkIn.name(), walkIn.residentId(),
				walkIn.creditCode());
		Application started = desk.start(clerk, applicant, walkIn.matterCode().strip());
		return ResponseEntity.created(URI.create("/api/v1/window/applications/" + started.id()))
			.body(json.detail(started, locale));
	}

	@GetMapping(APPLICATIONS + ApplicationApi.ID)
	@Operation(operationId = "getWindowApplication", summary = "A walk-in application the clerk registered")
	@ApiResponse(responseCode = "200", description = "The application")
	@ApiResponse(responseCode = "404", description = "No such application, or not registered by the caller")
	ApplicationJson.Detail get(@PathVariable UUID id, @AuthenticationPrincipal Actor clerk, Locale locale) {
		return json.detail(desk.get(clerk, id), locale);
	}

	@PutMapping(path = APPLICATIONS + ApplicationApi.ID, consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "saveWindowApplication",
			summary = "Save answers given at the window; fields not named keep their answers",
			description = "As `saveDraft`: the verified answers are taken from the registries, the same value is no "
					+ "change, another is refused (R1.6).")
	@ApiResponse(responseCode = "200", description = "The saved application")
	@ApiResponse(responseCode = "404", description = "No such application, or not registered by the caller")
	@ApiResponse(responseCode = "409", description = "Already submitted")
	@ApiResponse(responseCode = "422", description = "Invalid values, unknown fields or a verified answer changed")
	ApplicationJson.Detail save(@PathVariable UUID id, @RequestBody ApplicationApi.AnswerChanges changes,
			@AuthenticationPrincipal Actor clerk, Locale locale) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		if (changes.answers() != null) {
			changes.answers().forEach((field, value) -> answers.put(field, ApplicationApi.texts(field, value)));
		}
		return json.detail(desk.save(clerk, id, answers), locale);
	}

	@PostMapping(path = APPLICATIONS + ApplicationApi.ID + "/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(operationId = "scanWindowMaterial",
			summary = "Upload the scan of a paper material, marked as scanned at the window (R13.4)",
			description = "PDF, JPEG or PNG, recognized by content and checked for viruses as every upload is.")
	@ApiResponse(responseCode = "201", description = "The material as attached")
	@ApiResponse(responseCode = "400", description = "No such material, or not a PDF or an image")
	@ApiResponse(responseCode = "404", description = "No such application, or not registered by the caller")
	@ApiResponse(responseCode = "409", description = "Already submitted")
	@ApiResponse(responseCode = "422", description = "The file is refused: empty, too large, corrupt or infected")
	ResponseEntity<ApplicationJson.Material> scan(@PathVariable UUID id,
			@Parameter(description = "The material's code, e.g. M04") @RequestParam String material,
			@RequestParam MultipartFile file, @AuthenticationPrincipal Actor clerk, Locale locale) throws IOException {
		AttachedMaterial attached;
		try (InputStream content = file.getInputStream()) {
			attached = desk.scan(clerk, id, material, file.getOriginalFilename(), content);
		}
		return ResponseEntity
			.created(URI.create("/api/v1/window/applications/" + id + "/materials/" + attached.attachmentId()))
			.body(ApplicationJson.Material.of(attached, locale));
	}

	@PostMapping(APPLICATIONS + ApplicationApi.ID + "/submit")
	@Operation(operationId = "submitWindowApplication",
			summary = "Submit a complete walk-in application: it gets its number and query code, and is routed to "
					+ "the matter's department with the channel WINDOW (R3.4, R4.5)",
			description = "Idempotent as `submitDraft`: a retry with the same `Idempotency-Key` answers the same "
					+ "receipt.")
	@ApiResponse(responseCode = "201", description = "The receipt to print")
	@ApiResponse(responseCode = "400", description = "No `Idempotency-Key`, or not 8 to 100 letters, digits or . _ : -")
	@ApiResponse(responseCode = "404", description = "No such application, or not registered by the caller")
	@ApiResponse(responseCode = "409", description = "The key was used for another application")
	@ApiResponse(responseCode = "422", description = "Incomplete or invalid: `errors` maps each field to its message")
	ResponseEntity<Receipt> submit(@PathVariable UUID id, @Parameter(
			description = "A key the client chooses for this submission, such as a UUID") @RequestHeader("Idempotency-Key") String idempotencyKey,
			@AuthenticationPrincipal Actor clerk) {
		Receipt receipt = desk.submit(clerk, id, idempotencyKey);
		return ResponseEntity.created(URI.create("/api/v1/window/applications/" + id)).body(receipt);
	}

	/**
	 * @param applicantKind {@code NATURAL_PERSON} or {@code LEGAL_PERSON}
	 * @param name a natural person's name as on their resident ID card
	 * @param residentId a natural person's resident ID number
	 * @param creditCode an enterprise's unified social credit code
	 * @param bundleCode the bundle applied for, as the catalogue names it (e.g.
	 * {@code YJS-QYKB})
	 */
	record WalkInBundle(String applicantKind, String name, String residentId, String creditCode, String bundleCode) {
	}

	@PostMapping(path = BUNDLES, consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createWindowBundleApplication",
			summary = "Identify a walk-in applicant against the base registries and start their application of a "
					+ "bundle: a draft of every member matter, pre-filled, registered at the window (R2.5, R4.5)",
			description = "As `createWindowApplication`; the bundle is then the applicant's own, found among their "
					+ "bundle applications, where they continue it online (R13.4).")
	@ApiResponse(responseCode = "201", description = "The bundle application, as the applicant API shows it")
	@ApiResponse(responseCode = "400",
			description = "No such kind, no bundle code, or an identity the registries do not confirm: `errors` "
					+ "names the field")
	@ApiResponse(responseCode = "403",
			description = "Not a clerk of the government service centre, or the clerk's own identity")
	@ApiResponse(responseCode = "404", description = "No such bundle")
	@ApiResponse(responseCode = "409", description = "A member matter is not for the applicant's kind")
	ResponseEntity<BundleJson.Detail> createBundle(@RequestBody WalkInBundle walkIn,
			@AuthenticationPrincipal Actor clerk, Locale locale) {
		WindowDesk.requireClerk(clerk);
		if (walkIn.bundleCode() == null || walkIn.bundleCode().isBlank()) {
			throw new InvalidParameterException("bundleCode", "application.bundle.start.bundleCode");
		}
		Actor applicant = identified(clerk, walkIn.applicantKind(), walkIn.name(), walkIn.residentId(),
				walkIn.creditCode());
		BundleApplication started = desk.startBundle(clerk, applicant, walkIn.bundleCode().strip());
		return ResponseEntity.created(URI.create("/api/v1/window" + BUNDLES + "/" + started.id()))
			.body(bundleJson.detail(applicant, started.id(), locale));
	}

	@GetMapping(BUNDLES + ApplicationApi.ID)
	@Operation(operationId = "getWindowBundleApplication",
			summary = "A bundle application the clerk registered: its combined form, materials and members")
	@ApiResponse(responseCode = "200", description = "The bundle application")
	@ApiResponse(responseCode = "404", description = "No such bundle application, or not registered by the caller")
	BundleJson.Detail getBundle(@PathVariable UUID id, @AuthenticationPrincipal Actor clerk, Locale locale) {
		desk.bundle(clerk, id);
		return bundleJson.detail(desk.bundleApplicant(clerk, id), id, locale);
	}

	@PatchMapping(path = BUNDLES + ApplicationApi.ID + "/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "saveWindowBundleAnswers",
			summary = "Save answers of the combined form given at the window; questions not named keep their answers",
			description = "As `saveBundleAnswers`: the verified answers cannot change (R1.6).")
	@ApiResponse(responseCode = "200", description = "The saved bundle application")
	@ApiResponse(responseCode = "404", description = "No such bundle application, or not registered by the caller")
	@ApiResponse(responseCode = "409", description = "Already submitted")
	@ApiResponse(responseCode = "422", description = "Invalid values, unknown questions or a verified answer "
			+ "changed: `errors` maps each question's key to its message")
	BundleJson.Detail saveBundle(@PathVariable UUID id, @RequestBody BundleApplicationApi.AnswerChanges changes,
			@AuthenticationPrincipal Actor clerk, Locale locale) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		if (changes.answers() != null) {
			changes.answers().forEach((key, value) -> answers.put(key, ApplicationApi.texts(key, value)));
		}
		desk.saveBundle(clerk, id, answers);
		return bundleJson.detail(desk.bundleApplicant(clerk, id), id, locale);
	}

	@PostMapping(path = BUNDLES + ApplicationApi.ID + "/materials/{materialKey}",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(operationId = "scanWindowBundleMaterial",
			summary = "Upload the scan of a paper material of the bundle once, marked as scanned at the window; "
					+ "every member needing it gets it (R2.5, R13.4)",
			description = "PDF, JPEG or PNG, recognized by content and checked for viruses as every upload is.")
	@ApiResponse(responseCode = "201", description = "The material as attached")
	@ApiResponse(responseCode = "400", description = "No such material in the bundle, or not a PDF or an image")
	@ApiResponse(responseCode = "404", description = "No such bundle application, or not registered by the caller")
	@ApiResponse(responseCode = "409", description = "Already submitted")
	@ApiResponse(responseCode = "422", description = "The file is refused: empty, too large, corrupt or infected")
	ResponseEntity<ApplicationJson.Material> scanForBundle(@PathVariable UUID id, @Parameter(
			description = "The material's key in the bundle, e.g. SCJGJ-QYSLDJ.M02") @PathVariable String materialKey,
			@RequestParam MultipartFile file, @AuthenticationPrincipal Actor clerk, Locale locale) throws IOException {
		AttachedMaterial attached;
		try (InputStream content = file.getInputStream()) {
			attached = desk.scanForBundle(clerk, id, materialKey, file.getOriginalFilename(), content);
		}
		return ResponseEntity.created(URI.create("/api/v1/window" + BUNDLES + "/" + id))
			.body(ApplicationJson.Material.of(attached, locale));
	}

	@PostMapping(BUNDLES + ApplicationApi.ID + "/submission")
	@Operation(operationId = "submitWindowBundleApplication",
			summary = "Submit a complete bundle registered at the window: one number and query code, a number for "
					+ "each member, each routed with the channel WINDOW when its stage starts (R2.5, R4.5)",
			description = "Idempotent as `submitBundleApplication`: a retry with the same `Idempotency-Key` answers "
					+ "the same receipt.")
	@ApiResponse(responseCode = "201", description = "The bundle's receipt to print")
	@ApiResponse(responseCode = "400", description = "No `Idempotency-Key`, or not 8 to 100 letters, digits or . _ : -")
	@ApiResponse(responseCode = "404", description = "No such bundle application, or not registered by the caller")
	@ApiResponse(responseCode = "409", description = "The key was used for something else")
	@ApiResponse(responseCode = "422", description = "Incomplete or invalid: `errors` maps each question (and "
			+ "`material.<key>`) to its message")
	ResponseEntity<Receipt> submitBundle(@PathVariable UUID id, @Parameter(
			description = "A key the client chooses for this submission, such as a UUID") @RequestHeader("Idempotency-Key") String idempotencyKey,
			@AuthenticationPrincipal Actor clerk) {
		Receipt receipt = desk.submitBundle(clerk, id, idempotencyKey);
		return ResponseEntity.created(URI.create("/api/v1/window" + BUNDLES + "/" + id)).body(receipt);
	}

	/**
	 * The walk-in applicant identified against the base registries, as their kind says.
	 */
	private Actor identified(Actor clerk, String kind, String name, String residentId, String creditCode) {
		return switch (String.valueOf(kind)) {
			case "NATURAL_PERSON" -> desk.identifyPerson(clerk, name, residentId);
			case "LEGAL_PERSON" -> desk.identifyEnterprise(clerk, creditCode);
			default -> throw new InvalidParameterException("applicantKind", "window.applicantKind");
		};
	}

}
