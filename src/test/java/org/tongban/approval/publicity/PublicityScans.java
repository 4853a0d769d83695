package org.tongban.approval.publicity;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

/**
 * The scan for grants whose publication failed, as the scheduler runs it, for the tests
 * of the publicity of decisions in other packages.
 */
public final class PublicityScans {

	private PublicityScans() {
	}

	/** The numbers of the cases the scan published. */
	public static List<String> scan(ApplicationContext context) {
		return context.getBean(Publicity.class).scan();
	}

	/** The id of the clock of a late publication of the case's grant. */
	public static UUID clockOf(UUID caseId) {
		return Publicity.clockOf(caseId);
	}

}
