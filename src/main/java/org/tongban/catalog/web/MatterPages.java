package org.tongban.catalog.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterGuide;
import org.tongban.shared.InvalidParameterException;

/**
 * The public catalogue (R2.2): searching it, the service guide (办事指南) of a matter in any of its versions (R2.1,
 * R2.3).
 */
@Controller
class MatterPages {

	private final MatterCatalog catalog;

	MatterPages(MatterCatalog catalog) {
		this.catalog = catalog;
	}

	/** Refused parameters are shown on the page next to their fields, with the status of a bad request. */
	@GetMapping("/matters")
	String search(@ModelAttribute("search") MatterSearchForm search, BindingResult errors, Model model,
			HttpServletResponse response) {
		if (!errors.hasErrors()) {
			try {
				model.addAttribute("results", catalog.search(search.toQuery()));
			}
			catch (InvalidParameterException refused) {
				errors.rejectValue(refused.parameter(), refused.messageCode(), refused.messageArgs(), null);
			}
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("departments", catalog.departments());
		model.addAttribute("themes", ThemeGroups.of(catalog.themes()));
		return "catalog/matters";
	}

	@GetMapping("/matters/{code}")
	String guide(@PathVariable String code, @RequestParam(required = false) Integer version, Model model) {
		model.addAttribute("guide", guide(code, version));
		return "catalog/guide";
	}

	private MatterGuide guide(String code, Integer version) {
		return version == null ? catalog.guide(code) : catalog.guide(code, version);
	}

}
