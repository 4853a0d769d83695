package org.tongban.supervision.warning;

import java.util.List;

import org.springframework.context.ApplicationContext;
import org.tongban.supervision.DeadlineWarned;

/**
 * The warning scan as the scheduler runs it, for the tests of what follows a warning in
 * other packages (accountability, the console).
 */
public final class WarningScans {

	private WarningScans() {
	}

	public static List<DeadlineWarned> scan(ApplicationContext context) {
		return context.getBean(WarningScanner.class).scan();
	}

}
