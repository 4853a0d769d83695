package org.tongban.catalog.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tongban.catalog.MatterCatalog;

/**
 * The portal's front page: search, and the ways into the catalogue by theme, bundle and
 * department (R2.2).
 */
@Controller
class HomePage {

	private final MatterCatalog catalog;

	HomePage(MatterCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("themes", ThemeGroups.of(catalog.themes()));
		model.addAttribute("bundles", catalog.bundles());
		model.addAttribute("departments", catalog.departments());
		return "catalog/home";
	}

}
