package org.tongban.approval.publicity;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tongban.shared.InvalidParameterException;

/**
 * The public page of published decisions (双公示, R6.1): searchable and paged, for anyone,
 * without signing in. Refused parameters are shown next to their fields, with the status
 * of a bad request.
 */
@Controller
class PublicityPages {

	private final PublicityEntries entries;

	private final Clock clock;

	PublicityPages(PublicityEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@GetMapping("/publicity")
	String search(@ModelAttribute("search") PublicitySearchForm search, BindingResult errors, Model model,
			HttpServletResponse response) {
		if (!errors.hasErrors()) {
			try {
				model.addAttribute("results", entries.search(search.toQuery(), LocalDate.now(clock)));
			}
			catch (InvalidParameterException refused) {
				errors.rejectValue(refused.parameter(), refused.messageCode(), refused.messageArgs(), null);
			}
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return "approval/publicity";
	}

}
