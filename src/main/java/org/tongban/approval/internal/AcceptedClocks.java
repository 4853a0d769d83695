package org.tongban.approval.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.tongban.supervision.CaseClocks;

/**
 * Dates again, once, the clocks of open cases accepted before the clocks knew their
 * acceptance, so that their decision limits count from the working day after acceptance
 * (R15.3, art. 42) as those of new cases do. A clock that knows its acceptance is left
 * alone, so that later starts find nothing to do and any node may run it.
 */
@Component
class AcceptedClocks implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AcceptedClocks.class);

	private static final int PAGE = 1000;

	private final CaseStore store;

	private final CaseClocks clocks;

	AcceptedClocks(CaseStore store, CaseClocks clocks) {
		this.store = store;
		this.clocks = clocks;
	}

	@Override
	public void run(ApplicationArguments args) {
		int dated = 0;
		UUID after = null;
		for (Map<UUID, LocalDate> page = store.openAccepted(null, PAGE); !page.isEmpty(); page = store
			.openAccepted(after, PAGE)) {
			for (UUID caseId : clocks.withoutAcceptance(page.keySet())) {
				clocks.accepted(caseId, page.get(caseId));
				dated++;
			}
			after = page.keySet().stream().reduce((first, second) -> second).orElseThrow();
		}
		if (dated > 0) {
			log.info("Decision limits of {} open accepted cases now count from their acceptance", dated);
		}
	}

}
