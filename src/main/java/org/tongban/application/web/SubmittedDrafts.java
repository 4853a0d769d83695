package org.tongban.application.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tongban.application.Application;

/**
 * A page of a draft (or a draft bundle) that has been submitted, reached again with the
 * browser's Back button or an old link: its applicant, the only one who finds the draft,
 * is sent with 303 to the application it became, with its number and query code (R3.5,
 * R7.1), instead of an error; a form sent again from such a page is not taken. Ordered
 * first, so that it answers before the shared error handling.
 */
@ControllerAdvice(assignableTypes = { DraftPages.class, MaterialPages.class, BundlePages.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class SubmittedDrafts {

	@ExceptionHandler(DraftSubmitted.class)
	@ResponseStatus(HttpStatus.SEE_OTHER)
	String submitted(DraftSubmitted ex) {
		return "redirect:" + ex.location;
	}

	/** A draft's page asked for once the draft was submitted. */
	static final class DraftSubmitted extends RuntimeException {

		private final String location;

		/**
		 * @param page the page of the application to go to, e.g. {@code /confirmation},
		 * or "" for its own page
		 */
		DraftSubmitted(Application application, String page) {
			this("/my/applications/" + application.number() + page);
		}

		/**
		 * @param location the page of the application or bundle to go to
		 */
		DraftSubmitted(String location) {
			super("No draft any more: " + location, null, false, false);
			this.location = location;
		}

	}

}
