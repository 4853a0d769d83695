package org.tongban.application.web;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongban.application.PublicBundleStatus;
import org.tongban.application.PublicQuery;
import org.tongban.application.PublicStatus;
import org.tongban.catalog.Department;
import org.tongban.catalog.MatterCatalog;
import org.tongban.shared.NotFoundException;
import org.tongban.supervision.CaseClocks;

/**
 * The public query (R7.2): anybody with an application's (or a bundle's, R2.5) number and
 * query code sees where it stands, without any personal data, and whether its clock
 * counts or stands still. A wrong number and a wrong code get the same message on the
 * form, with status 404. The form is posted: the query code opens the application's
 * status, so it stays out of addresses, browser histories and logs, and the answer is not
 * cached ({@code Cache-Control: no-store}, as on every page). Spaces copied around the
 * number or the code do not count.
 */
@Controller
class QueryPage {

	private final PublicQuery publicQuery;

	private final MatterCatalog catalog;

	private final MessageSource messages;

	private final CaseClocks clocks;

	QueryPage(PublicQuery publicQuery, MatterCatalog catalog, MessageSource messages, CaseClocks clocks) {
		this.publicQuery = publicQuery;
		this.catalog = catalog;
		this.messages = messages;
		this.clocks = clocks;
	}

	@GetMapping("/query")
	String form() {
		return "application/query";
	}

	@PostMapping("/query")
	String query(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
			Model model, Locale locale, HttpServletResponse response) {
		String givenNumber = number == null ? "" : number.strip();
		String givenCode = code == null ? "" : code.strip();
		model.addAttribute("number", givenNumber);
		model.addAttribute("code", givenCode);
		if (givenNumber.isEmpty() || givenCode.isEmpty()) {
			model.addAttribute("missing", givenNumber.isEmpty() ? "number" : "code");
			return "application/query";
		}
		Optional<PublicBundleStatus> bundle = publicQuery.bundleStatus(givenNumber, givenCode);
		if (bundle.isPresent()) {
			model.addAttribute("bundle", bundle.get());
			model.addAttribute("bundleClock", clocks.of(bundle.get().bundleId()).orElse(null));
			model.addAttribute("departments",
					catalog.departments().stream().collect(Collectors.toMap(Department::code, Department::name)));
			return "application/query";
		}
		try {
			PublicStatus status = publicQuery.status(givenNumber, givenCode);
			model.addAttribute("status", status);
			model.addAttribute("department", catalog.department(status.departmentCode()));
			model.addAttribute("clock",
					ApplicantClock.of(status.status(), clocks.of(status.applicationId())).orElse(null));
		}
		catch (NotFoundException ex) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("notFound", messages.getMessage(ex.messageCode(), ex.messageArgs(), locale));
		}
		return "application/query";
	}

}
