package org.tongban.exchange.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tongban.exchange.DataElements;

/**
 * The public data-element dictionary and sharing catalogue (R9.1, R9.5): what each code
 * means, which department is its source and how it is shared.
 */
@Controller
class DataElementsPage {

	private final DataElements dictionary;

	DataElementsPage(DataElements dictionary) {
		this.dictionary = dictionary;
	}

	@GetMapping("/data-elements")
	String dataElements(Model model) {
		model.addAttribute("elements", dictionary.all());
		model.addAttribute("registries", dictionary.registries());
		model.addAttribute("version", dictionary.version());
		return "exchange/data-elements";
	}

}
