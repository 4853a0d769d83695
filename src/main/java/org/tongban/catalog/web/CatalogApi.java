package org.tongban.catalog.web;

import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.catalog.Audience;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterQuery;
import org.tongban.shared.ResultPage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The public catalogue for the mobile app and department systems (R2.2, R14.3). Texts
 * follow the request's language: {@code ?lang=en} or {@code Accept-Language: en} for
 * English.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Catalogue", description = "Matters, service guides, departments, themes and bundles (R2)")
class CatalogApi {

	private final MatterCatalog catalog;

	CatalogApi(MatterCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/matters")
	@Operation(summary = "Search the matters in force today")
	ResultPage<MatterJson.Summary> matters(
			@Parameter(description = "Words to look for in code, name, summary or department") @RequestParam(name = "q",
					required = false) String keyword,
			@Parameter(description = "Department code") @RequestParam(required = false) String department,
			@Parameter(description = "Theme code") @RequestParam(required = false) String theme,
			@Parameter(description = "PERSONAL or ENTERPRISE") @RequestParam(required = false) Audience audience,
			@Parameter(description = "Page number, from 1") @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "Items per page, 1 to 100") @RequestParam(
					defaultValue = "" + MatterQuery.DEFAULT_SIZE) int size,
			Locale locale) {
		return catalog.search(new MatterQuery(keyword, department, theme, audience, page, size))
			.map(matter -> MatterJson.Summary.of(matter, locale));
	}

	@GetMapping("/matters/{code}")
	@Operation(summary = "The service guide of a matter: the version in force today")
	MatterJson.Detail matter(@PathVariable String code, Locale locale) {
		return MatterJson.Detail.of(catalog.guide(code), locale);
	}

	@GetMapping("/matters/{code}/versions/{version}")
	@Operation(summary = "The service guide of a given version of a matter, superseded or scheduled")
	MatterJson.Detail matterVersion(@PathVariable String code, @PathVariable int version, Locale locale) {
		return MatterJson.Detail.of(catalog.guide(code, version), locale);
	}

	@GetMapping("/departments")
	@Operation(summary = "The departments that handle matters")
	List<MatterJson.DepartmentJson> departments(Locale locale) {
		return catalog.departments().stream().map(d -> MatterJson.DepartmentJson.of(d, locale)).toList();
	}

	@GetMapping("/themes")
	@Operation(summary = "Themes: life events for persons and business stages for enterprises")
	List<MatterJson.ThemeJson> themes(Locale locale) {
		return catalog.themes().stream().map(t -> MatterJson.ThemeJson.of(t, locale)).toList();
	}

	@GetMapping("/bundles")
	@Operation(summary = "Bundles: several matters applied for together (一件事一次办)")
	List<MatterJson.BundleJson> bundles(Locale locale) {
		return catalog.bundles().stream().map(b -> MatterJson.BundleJson.of(b, locale)).toList();
	}

	@GetMapping("/bundles/{code}")
	@Operation(summary = "One bundle with its matters and stages")
	MatterJson.BundleJson bundle(@PathVariable String code, Locale locale) {
		return MatterJson.BundleJson.of(catalog.bundle(code), locale);
	}

}
