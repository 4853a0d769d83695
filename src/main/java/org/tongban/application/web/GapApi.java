package org.tongban.application.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongban.application.Application;
import org.tongban.application.ApplicationMaterials;
import org.tongban.application.AttachedMaterial;
import org.tongban.application.Gap;
import org.tongban.application.MyApplications;
import org.tongban.identity.Actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The materials an application was accepted without (容缺受理, R4.3, R15.6), from the mobile
 * app: which they are and by when, and the supply of each, of those only.
 */
@RestController
@RequestMapping(path = "/api/v1/applications" + ApplicationApi.NUMBER + "/gaps", produces = "application/json")
@Tag(name = "Acceptance with gaps",
		description = "Supply the materials an application was accepted without " + "(R4.3, R15.6)")
@ApiResponse(responseCode = "404", description = "No such application, or not the caller's")
class GapApi {

	private final MyApplications myApplications;

	private final ApplicationMaterials materials;

	GapApi(MyApplications myApplications, ApplicationMaterials materials) {
		this.myApplications = myApplications;
		this.materials = materials;
	}

	/**
	 * A material the application was accepted without.
	 *
	 * @param suppliedAt when the applicant supplied it, or null
	 * @param overdueAt when it was found not supplied by its day (a credit record was
	 * written), or null
	 */
	record GapJson(String materialCode, String materialName, LocalDate supplyBy, Instant suppliedAt,
			Instant overdueAt) {

		static GapJson of(Gap gap, Locale locale) {
			return new GapJson(gap.materialCode(), gap.materialName().in(locale), gap.supplyBy(), gap.suppliedAt(),
					gap.overdueAt());
		}

	}

	@GetMapping
	@Operation(summary = "The materials the application was accepted without, each with the day to supply it by")
	@ApiResponse(responseCode = "200", description = "The gaps; none when it was accepted complete")
	List<GapJson> gaps(@PathVariable String number, @AuthenticationPrincipal Actor actor, Locale locale) {
		return myApplications.gaps(myApplications.byNumber(actor, number))
			.stream()
			.map(gap -> GapJson.of(gap, locale))
			.toList();
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Supply a material the application was accepted without",
			description = "As a file of a draft (R3.3); the department's reviewer sees it in the case's history.")
	@ApiResponse(responseCode = "201", description = "The material as attached")
	@ApiResponse(responseCode = "400", description = "No such material")
	@ApiResponse(responseCode = "409",
			description = "Not a material the application was accepted without, or supplied or overdue already")
	@ApiResponse(responseCode = "422", description = "The file is refused; the detail says why")
	ResponseEntity<ApplicationJson.Material> supply(@PathVariable String number,
			@Parameter(description = "The material's code, e.g. M04") @RequestParam String material,
			@RequestParam MultipartFile file, @AuthenticationPrincipal Actor actor, Locale locale) throws IOException {
		Application application = myApplications.byNumber(actor, number);
		AttachedMaterial attached;
		try (InputStream content = file.getInputStream()) {
			attached = materials.attach(actor, application.id(), material, file.getOriginalFilename(), content);
		}
		return ResponseEntity
			.created(URI.create("/api/v1/applications/" + number + "/materials/" + attached.attachmentId()))
			.body(ApplicationJson.Material.of(attached, locale));
	}

}
