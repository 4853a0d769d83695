package org.tongban.supervision.warning;

import java.util.List;

import org.springframework.context.ApplicationContext;
import org.tongban.supervision.DueItemEscalated;
import org.tongban.supervision.DueItemWarned;

/**
 * The watch of the items other modules owe as the scheduler runs it, for the tests of the
 * modules that owe them.
 */
public final class DueItemScans {

	private DueItemScans() {
	}

	public static List<DueItemWarned> warn(ApplicationContext context) {
		return context.getBean(DueItemWatch.class).warn();
	}

	public static List<DueItemEscalated> escalate(ApplicationContext context) {
		return context.getBean(DueItemWatch.class).escalate();
	}

	/** Two nodes' schedulers escalating at the same moment: what both recorded. */
	public static List<DueItemEscalated> escalateOnTwoNodes(ApplicationContext context) throws Exception {
		return RacingNodes.both(context.getBean(DueItemWatch.class)::escalate);
	}

	/** Two nodes' schedulers warning at the same moment: what both raised. */
	public static List<DueItemWarned> warnOnTwoNodes(ApplicationContext context) throws Exception {
		return RacingNodes.both(context.getBean(DueItemWatch.class)::warn);
	}

}
