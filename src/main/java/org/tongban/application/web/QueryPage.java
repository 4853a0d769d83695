package org.tongban.application.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongban.application.Applications;
import org.tongban.application.PublicStatus;
import org.tongban.catalog.MatterCatalog;
import org.tongban.shared.NotFoundException;

/**
 * The public query (R7.2): anybody with an application's number and query code sees where it stands, without any
 * personal data. A wrong number and a wrong code get the same message on the form, with status 404.
 */
@Controller
class QueryPage {

	private final Applications applications;

	private final MatterCatalog catalog;

	private final MessageSource messages;

	QueryPage(Applications applications, MatterCatalog catalog, MessageSource messages) {
		this.applications = applications;
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping("/query")
	String query(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
			Model model, Locale locale, HttpServletResponse response) {
		model.addAttribute("number", number);
		model.addAttribute("code", code);
		if (StringUtils.hasText(number) && StringUtils.hasText(code)) {
			try {
				PublicStatus status = applications.query(number, code);
				model.addAttribute("status", status);
				model.addAttribute("department", catalog.department(status.departmentCode()));
			}
			catch (NotFoundException ex) {
				response.setStatus(HttpServletResponse.SC_NOT_FOUND);
				model.addAttribute("notFound", messages.getMessage(ex.messageCode(), ex.messageArgs(), locale));
			}
		}
		else if (StringUtils.hasText(number) || StringUtils.hasText(code)) {
			model.addAttribute("missing", StringUtils.hasText(number) ? "code" : "number");
		}
		return "application/query";
	}

}
