package org.tongban.catalog.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongban.catalog.FrequentQuestions;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterGuide;
import org.tongban.catalog.forms.ApplicationFormDocument;
import org.tongban.shared.InvalidParameterException;

/**
 * The public catalogue (R2.2): searching it, the service guide (办事指南) of a matter in any
 * of its versions (R2.1, R2.3), and the application form to print.
 */
@Controller
class MatterPages {

	private final MatterCatalog catalog;

	private final ApplicationFormDocument applicationForms;

	private final MessageSource messages;

	private final ObjectProvider<FrequentQuestions> frequentQuestions;

	MatterPages(MatterCatalog catalog, ApplicationFormDocument applicationForms, MessageSource messages,
			ObjectProvider<FrequentQuestions> frequentQuestions) {
		this.catalog = catalog;
		this.applicationForms = applicationForms;
		this.messages = messages;
		this.frequentQuestions = frequentQuestions;
	}

	/**
	 * Refused parameters are shown on the page next to their fields, with the status of a
	 * bad request.
	 */
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
		MatterGuide guide = guide(code, version);
		model.addAttribute("guide", guide);
		// The FAQ belongs to the matter's code, so every version's guide shows it
		// (R10.3).
		model.addAttribute("faq", frequentQuestions.stream().flatMap(faq -> faq.of(guide.code()).stream()).toList());
		return "catalog/guide";
	}

	@GetMapping("/matters/{code}/application-form.pdf")
	ResponseEntity<byte[]> applicationForm(@PathVariable String code, @RequestParam(required = false) Integer version,
			Locale locale) {
		MatterGuide guide = guide(code, version);
		// Browsers that understand filename* get the name in Chinese; older ones a plain
		// ASCII name.
		String fileName = messages.getMessage("catalog.pdf.fileName",
				new Object[] { guide.version().name().in(locale), guide.code(), guide.version().version() }, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(safe(fileName), StandardCharsets.UTF_8).build().toString())
			.body(applicationForms.render(guide, locale));
	}

	private MatterGuide guide(String code, Integer version) {
		return version == null ? catalog.guide(code) : catalog.guide(code, version);
	}

	/**
	 * Letters and digits of any script stay; anything a file system or a header could
	 * trip on does not.
	 */
	private static String safe(String fileName) {
		return fileName.replaceAll("[^\\p{L}\\p{N}._()（）-]+", "-");
	}

}
