package org.tongban.approval.experts;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.tongban.approval.ExpertReviews;
import org.tongban.identity.Accounts;

/**
 * The fields of the demo experts (demo profile only, R5.3), themes of the catalogue: two
 * experts of different fields, so that a reviewer is offered one or the other by the
 * case's matter. Given once the demo accounts are open, at every start (the same fields
 * again).
 */
@Component
@Profile("demo")
class DemoExpertFields implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DemoExpertFields.class);

	/** The demo experts' account names, each with their fields. */
	static final Map<String, List<String>> FIELDS = Map.of("expert", List.of("GCJS", "BDC"), "expert2",
			List.of("SPJY", "YLWS"));

	private final Accounts accounts;

	private final ExpertReviews experts;

	private volatile boolean running;

	DemoExpertFields(Accounts accounts, ExpertReviews experts) {
		this.accounts = accounts;
		this.experts = experts;
	}

	@Override
	public void start() {
		FIELDS.forEach((accountName, fields) -> accounts.staffAccountId(accountName)
			.ifPresentOrElse(expert -> give(expert, fields),
					() -> log.warn("Demo expert {} not found: no fields given", accountName)));
		running = true;
	}

	private void give(UUID expert, List<String> fields) {
		try {
			experts.setFields(expert, fields);
		}
		catch (DataAccessException ex) {
			if (!ex.contains(DuplicateKeyException.class)) {
				throw ex;
			}
			// Another node gave them the same a moment ago.
		}
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** After the demo accounts (phase 0), before the web server. */
	@Override
	public int getPhase() {
		return 1;
	}

}
