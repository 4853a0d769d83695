package org.tongban.participation.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * A question asked on a matter's guide (R10.3), and its answer once the matter's
 * department has given it.
 *
 * @param askerId the account of an asker who was logged in, or null
 * @param contact the mobile number or e-mail address an anonymous asker gave, opened from
 * its seal, or null
 * @param dueOn the last working day for the answer
 * @param promoted whether the question is in the matter's FAQ (or was, and was withdrawn)
 */
record Question(UUID id, String number, String matterCode, String departmentCode, String question, UUID askerId,
		Contact contact, Locale locale, Instant askedAt, LocalDate dueOn, String answer, UUID answeredBy,
		Instant answeredAt, boolean promoted) {

	public boolean answered() {
		return answer != null;
	}

	/** Not answered, and the last day for the answer has passed. */
	public boolean overdueOn(LocalDate today) {
		return !answered() && today.isAfter(dueOn);
	}

}
