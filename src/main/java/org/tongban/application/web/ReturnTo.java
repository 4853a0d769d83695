package org.tongban.application.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of a draft goes once saved, other than on to the task list: back to "check
 * your answers" when the applicant came from its "Change" link (GOV.UK). The request
 * names a page of this list, never an address, so that the parameter cannot send anybody
 * elsewhere.
 */
enum ReturnTo {

	CHECK("check");

	private final String parameter;

	ReturnTo(String parameter) {
		this.parameter = parameter;
	}

	/**
	 * The page a {@code returnTo} parameter names; anything else is no page, and the
	 * usual way on is taken.
	 */
	static Optional<ReturnTo> of(String parameter) {
		return Arrays.stream(values()).filter(page -> page.parameter.equals(parameter)).findFirst();
	}

	/** The parameter's value, which the pages carry on in their links and forms. */
	String parameter() {
		return parameter;
	}

	String path(UUID draft) {
		return "/apply/drafts/" + draft + "/" + parameter;
	}

}
