package org.tongban.exchange.web;

import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.exchange.DataElements;
import org.tongban.shared.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The data-element dictionary and the sharing catalogue, public (R9.1, R9.5): department
 * systems and anyone else read the codes the forms, registries and exchange API use.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Data elements", description = "The data-element dictionary and the sharing catalogue (R9.1, R9.5)")
class DataElementsApi {

	private final DataElements dictionary;

	DataElementsApi(DataElements dictionary) {
		this.dictionary = dictionary;
	}

	@GetMapping("/data-elements")
	@Operation(summary = "Every data element of the dictionary, with its sharing level")
	List<DataElementJson> dataElements(Locale locale) {
		return dictionary.all().stream().map(element -> DataElementJson.of(element, locale)).toList();
	}

	@GetMapping("/data-elements/{code}")
	@Operation(summary = "One data element of the dictionary")
	DataElementJson dataElement(@PathVariable String code, Locale locale) {
		return dictionary.find(code)
			.map(element -> DataElementJson.of(element, locale))
			.orElseThrow(() -> new NotFoundException("exchange.dataElement.notFound", code));
	}

	@GetMapping("/data-elements/registries")
	@Operation(summary = "The base registries of the sharing catalogue, with their owners and sharing levels")
	List<DataElementJson.RegistryJson> sharedRegistries(Locale locale) {
		return dictionary.registries().stream().map(entry -> DataElementJson.RegistryJson.of(entry, locale)).toList();
	}

}
