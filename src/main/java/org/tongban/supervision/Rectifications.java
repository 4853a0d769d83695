package org.tongban.supervision;

import java.time.LocalDate;
import java.util.List;

import org.tongban.shared.LocalizedText;

/**
 * The rectifications departments owe on justified bad ratings (好差评, R15.8, R16.3), shown
 * with the warnings of the supervisor console: the ratings are the participation side's,
 * which implements this port, so that supervision need not depend on it.
 */
public interface Rectifications {

	/** The rectifications not yet replied to, the earliest due first. */
	List<Rectification> open();

	/**
	 * @param dueOn the 15th working day after the bad rating was found justified
	 */
	record Rectification(String caseNumber, String departmentCode, LocalizedText matterName, LocalDate dueOn) {
	}

}
