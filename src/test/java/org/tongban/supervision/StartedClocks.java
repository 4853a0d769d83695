package org.tongban.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clocks a test started, taken back after it so that the scans and counts of the
 * tests that share its database do not see them.
 */
public final class StartedClocks {

	private final List<UUID> caseIds = new ArrayList<>();

	public UUID add(UUID caseId) {
		caseIds.add(caseId);
		return caseId;
	}

	public void takeBack(JdbcClient jdbc, TransactionTemplate transaction) {
		transaction.executeWithoutResult(
				status -> caseIds.forEach(caseId -> jdbc.sql("delete from supervision_clock where case_id = :caseId")
					.param("caseId", caseId)
					.update()));
		caseIds.clear();
	}

}
