package org.tongban.approval.internal;

import org.tongban.approval.CaseWork;
import org.tongban.shared.InvalidParameterException;

/**
 * The opinions, reasons and results staff give with an action: stripped, required or
 * optional, and not too long.
 */
public final class StaffTexts {

	private StaffTexts() {
	}

	static String required(String parameter, String text) {
		return required(parameter, text, CaseWork.MAX_TEXT);
	}

	public static String required(String parameter, String text, int maxLength) {
		if (text == null || text.isBlank()) {
			throw new InvalidParameterException(parameter, "approval.required");
		}
		if (text.strip().length() > maxLength) {
			throw new InvalidParameterException(parameter, "approval.tooLong", maxLength);
		}
		return text.strip();
	}

	static String optional(String parameter, String text) {
		return text == null || text.isBlank() ? null : required(parameter, text);
	}

}
