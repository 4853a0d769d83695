package org.tongban.approval.internal;

import java.util.List;

import org.springframework.context.ApplicationContext;

/**
 * The scan for gaps not supplied in time as the scheduler runs it, for the tests of
 * acceptance with gaps in other packages.
 */
public final class GapScans {

	private GapScans() {
	}

	/** The numbers of the cases the scan flagged. */
	public static List<String> scan(ApplicationContext context) {
		return context.getBean(GapDeadlines.class).scan();
	}

}
