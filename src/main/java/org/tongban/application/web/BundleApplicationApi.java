package org.tongban.application.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongban.application.AttachedMaterial;
import org.tongban.application.BundleApplication;
import org.tongban.application.BundleApplications;
import org.tongban.application.Receipt;
import org.tongban.identity.Actor;
import org.tongban.shared.InvalidParameterException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Applying for a bundle (一件事) as one application (R2.5): one combined form in which a
 * question several member matters ask is asked once, one set of materials in which a
 * material several matters need is uploaded once, one check and one submission with an
 * {@code Idempotency-Key}, giving the bundle its number and query code and each member
 * its own number. A bundle application is named by its id (a UUID) at
 * {@code /api/v1/bundle-applications/{id}}, and once submitted also by its number at
 * {@code /api/v1/bundle-applications/by-number/{number}}; each member is then an
 * application of its own at {@code /api/v1/applications/{number}}. Anybody else's bundle
 * is 404 (R12.5).
 */
@RestController
@RequestMapping(path = "/api/v1/bundle-applications", produces = "application/json")
@Tag(name = "Bundle applications",
		description = "One form, one set of materials, one submission for a bundle of matters (R2.5, R5.2)")
class BundleApplicationApi {

	private static final String ID = ApplicationApi.ID;

	private static final String BY_NUMBER = "/by-number" + ApplicationApi.NUMBER;

	private static final String ATTACHMENT = "/{attachmentId:[0-9a-fA-F-]{36}}";

	private final BundleApplications bundles;

	private final BundleJson json;

	BundleApplicationApi(BundleApplications bundles, BundleJson json) {
		this.bundles = bundles;
		this.json = json;
	}

	/**
	 * @param bundleCode the code of the bundle to apply for, as the catalogue names it
	 * (e.g. {@code YJS-QYKB})
	 */
	record NewBundleApplication(String bundleCode) {
	}

	/**
	 * @param answers for each question of the combined form (by its {@code key}) a text,
	 * a list of texts, or null to clear it
	 */
	record AnswerChanges(Map<String, Object> answers) {
	}

	@PostMapping
	@Operation(operationId = "startBundleApplication",
			summary = "Start a bundle application: a draft of every member matter, pre-filled (R2.5, R3.2)")
	@ApiResponse(responseCode = "201", description = "The bundle application with its combined form")
	@ApiResponse(responseCode = "400", description = "No bundle code")
	@ApiResponse(responseCode = "404", description = "No such bundle")
	@ApiResponse(responseCode = "409", description = "A member matter is not for the caller's kind of applicant")
	ResponseEntity<BundleJson.Detail> start(@RequestBody NewBundleApplication request,
			@AuthenticationPrincipal Actor actor, Locale locale) {
		if (request.bundleCode() == null || request.bundleCode().isBlank()) {
			throw new InvalidParameterException("bundleCode", "application.bundle.start.bundleCode");
		}
		BundleApplication started = bundles.start(actor, request.bundleCode().strip());
		return ResponseEntity.created(URI.create("/api/v1/bundle-applications/" + started.id()))
			.body(json.detail(actor, started.id(), locale));
	}

	@GetMapping
	@Operation(operationId = "listBundleApplications",
			summary = "The caller's bundle applications, the most recently changed first")
	@ApiResponse(responseCode = "200", description = "The bundle applications")
	List<BundleJson.Summary> list(@AuthenticationPrincipal Actor actor, Locale locale) {
		return bundles.mine(actor).stream().map(bundle -> json.summary(bundle, locale)).toList();
	}

	@GetMapping(ID)
	@Operation(operationId = "getBundleApplication",
			summary = "A bundle application: its combined form with the answers, materials and members")
	@ApiResponse(responseCode = "200", description = "The bundle application")
	@ApiResponse(responseCode = "404", description = "No such bundle application, or not the caller's")
	BundleJson.Detail get(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Locale locale) {
		return json.detail(actor, id, locale);
	}

	@PatchMapping(ID + "/answers")
	@Operation(operationId = "saveBundleAnswers",
			summary = "Save answers of the combined form; questions not named keep their answers",
			description = "Each answer is written into every member matter that asks the question. A shared "
					+ "question's key is the field's key (e.g. `contactMobile`), another question's "
					+ "`<matter code>.<field key>`. The verified answers (`form.verified`) are taken from the "
					+ "account or the registries: the same value is no change, another is refused (R1.6). A member "
					+ "refusing a value keeps its answers; the others are saved.")
	@ApiResponse(responseCode = "200", description = "The saved bundle application")
	@ApiResponse(responseCode = "404", description = "No such bundle application, or not the caller's")
	@ApiResponse(responseCode = "409", description = "Already submitted")
	@ApiResponse(responseCode = "422", description = "Invalid values, unknown questions or a verified answer "
			+ "changed: `errors` maps each question's key to its message")
	BundleJson.Detail save(@PathVariable UUID id, @RequestBody AnswerChanges changes,
			@AuthenticationPrincipal Actor actor, Locale locale) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		if (changes.answers() != null) {
			changes.answers().forEach((key, value) -> answers.put(key, ApplicationApi.texts(key, value)));
		}
		bundles.save(actor, id, answers);
		return json.detail(actor, id, locale);
	}

	@PostMapping(path = ID + "/materials/{materialKey}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(operationId = "uploadBundleMaterial",
			summary = "Upload a file once for a material of the bundle; every member needing it gets it",
			description = "As for a single draft: PDF, JPEG, PNG or OFD, recognized by content, within the size "
					+ "limits. The file is downloaded from each member, "
					+ "`/api/v1/drafts/{memberId}/materials/{attachmentId}`.")
	@ApiResponse(responseCode = "201", description = "The file as attached")
	@ApiResponse(responseCode = "400", description = "No such material in the bundle")
	@ApiResponse(responseCode = "404", description = "No such bundle application, or not the caller's")
	@ApiResponse(responseCode = "409", description = "Already submitted")
	@ApiResponse(responseCode = "413", description = "The file is larger than a request may be")
	@ApiResponse(responseCode = "422", description = "The file is refused: empty, too large, not an allowed type, "
			+ "corrupt, or an archive bomb; the detail says which")
	ResponseEntity<ApplicationJson.Material> upload(@PathVariable UUID id, @Parameter(
			description = "The material's key in the bundle, e.g. SCJGJ-QYSLDJ.M02") @PathVariable String materialKey,
			@RequestParam MultipartFile file, @AuthenticationPrincipal Actor actor, Locale locale) throws IOException {
		AttachedMaterial attached;
		try (InputStream content = file.getInputStream()) {
			attached = bundles.attach(actor, id, materialKey, file.getOriginalFilename(), content);
		}
		return ResponseEntity.created(URI.create("/api/v1/bundle-applications/" + id))
			.body(ApplicationJson.Material.of(attached, locale));
	}

	@DeleteMapping(ID + "/files" + ATTACHMENT)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "removeBundleMaterial", summary = "Remove a file from every member it was given for")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "404", description = "No such bundle application or file, or not the caller's")
	@ApiResponse(responseCode = "409", description = "Already submitted")
	void detach(@PathVariable UUID id, @PathVariable UUID attachmentId, @AuthenticationPrincipal Actor actor) {
		bundles.detach(actor, id, attachmentId);
	}

	@GetMapping(ID + "/check")
	@Operation(operationId = "checkBundleApplication",
			summary = "What stands between the bundle application and its submission",
			description = "Each member's problems, told next to the combined question or material they came from.")
	@ApiResponse(responseCode = "200", description = "The check: `complete`, `errors` and `stops`")
	@ApiResponse(responseCode = "404", description = "No such bundle application, or not the caller's")
	BundleJson.Check check(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Locale locale) {
		return json.check(bundles.check(actor, id), locale);
	}

	@PostMapping(ID + "/submission")
	@Operation(operationId = "submitBundleApplication",
			summary = "Submit the bundle application: one number and query code, a number for each member (R2.5)",
			description = "Idempotent: a retry with the same `Idempotency-Key` answers 201 with the same receipt. "
					+ "The members wait for their stages (`WAITING`) and open one stage after another (R5.2); the "
					+ "bundle's clock starts on the next working day after receipt (`clockStartsOn`).")
	@ApiResponse(responseCode = "201",
			description = "The bundle's receipt: number, query code, time received, the "
					+ "day its clock starts; `Location` is `/api/v1/bundle-applications/by-number/{number}`")
	@ApiResponse(responseCode = "400", description = "No `Idempotency-Key`, or not 8 to 100 letters, digits or . _ : -")
	@ApiResponse(responseCode = "404", description = "No such bundle application, or not the caller's")
	@ApiResponse(responseCode = "409", description = "The key was used for something else")
	@ApiResponse(responseCode = "422", description = "Incomplete or invalid: `errors` maps each question (and "
			+ "`material.<key>`) to its message")
	ResponseEntity<Receipt> submit(@PathVariable UUID id, @Parameter(
			description = "A key the client chooses for this submission, such as a UUID") @RequestHeader("Idempotency-Key") String idempotencyKey,
			@AuthenticationPrincipal Actor actor) {
		Receipt receipt = bundles.submit(actor, id, idempotencyKey);
		return ResponseEntity.created(URI.create("/api/v1/bundle-applications/by-number/" + receipt.number()))
			.body(receipt);
	}

	@GetMapping(BY_NUMBER)
	@Operation(operationId = "getBundleApplicationByNumber",
			summary = "A submitted bundle application by its number: its members, their stages and statuses, its "
					+ "clock and the lead department's messages (R5.2)")
	@ApiResponse(responseCode = "200", description = "The bundle application")
	@ApiResponse(responseCode = "404", description = "No such bundle application, or not the caller's")
	BundleJson.Detail byNumber(@PathVariable String number, @AuthenticationPrincipal Actor actor, Locale locale) {
		return json.detail(actor, bundles.byNumber(actor, number).id(), locale);
	}

	@PostMapping(BY_NUMBER + "/withdrawal")
	@Operation(operationId = "withdrawBundleApplication",
			summary = "Withdraw a submitted bundle application: every open member is withdrawn, the waiting ones "
					+ "never start (R3.5)")
	@ApiResponse(responseCode = "200", description = "The withdrawn bundle application")
	@ApiResponse(responseCode = "404", description = "No such bundle application, or not the caller's")
	@ApiResponse(responseCode = "409", description = "No longer possible: withdrawn already, or every member ended")
	BundleJson.Detail withdraw(@PathVariable String number, @AuthenticationPrincipal Actor actor, Locale locale) {
		return json.detail(actor, bundles.withdraw(actor, number).id(), locale);
	}

}
