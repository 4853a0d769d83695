package org.tongban.catalog.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tongban.catalog.MatterCatalog;

/**
 * The departments that handle matters, with where and when to reach them and a link to
 * their matters (R2.2).
 */
@Controller
class DepartmentsPage {

	private final MatterCatalog catalog;

	DepartmentsPage(MatterCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/departments")
	String departments(Model model) {
		model.addAttribute("departments", catalog.departments());
		return "catalog/departments";
	}

}
