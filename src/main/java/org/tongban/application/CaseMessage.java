package org.tongban.application;

import java.time.Instant;

import org.tongban.shared.InvalidParameterException;

/**
 * A message on an application between the applicant and the department (R4.4), part of
 * its history.
 *
 * @param sender {@code APPLICANT} or {@code DEPARTMENT}
 * @param departmentCode the department that wrote, if the department did
 */
public record CaseMessage(String sender, String departmentCode, String body, Instant sentAt) {

	public static final int MAX_LENGTH = 2000;

	/**
	 * The text of a message as written, without surrounding blanks.
	 * @throws InvalidParameterException when it is empty or longer than 2000 characters
	 */
	public static String body(String written) {
		String text = written == null ? "" : written.strip();
		if (text.isEmpty() || text.length() > MAX_LENGTH) {
			throw new InvalidParameterException("body", "application.message.length", MAX_LENGTH);
		}
		return text;
	}

}
