package org.tongban.application.opendata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongban.application.ApplicationStatus;
import org.tongban.supervision.ApplicationOutcomes;

/**
 * The outcomes of applications for supervision's open data (R9.6), read from the
 * applications' statuses, in batches so that no statement names too many ids.
 */
@Component
class ApplicationOutcomeStore implements ApplicationOutcomes {

	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	ApplicationOutcomeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<UUID, Outcome> of(Collection<UUID> caseIds) {
		List<UUID> ids = new ArrayList<>(caseIds);
		Map<UUID, Outcome> outcomes = new HashMap<>();
		for (int start = 0; start < ids.size(); start += BATCH) {
			jdbc.sql("select id, status from application_application where id in (:ids)")
				.param("ids", ids.subList(start, Math.min(ids.size(), start + BATCH)))
				.query((row, n) -> outcomes.put(row.getObject("id", UUID.class),
						outcome(ApplicationStatus.valueOf(row.getString("status")))))
				.list();
		}
		return outcomes;
	}

	private static Outcome outcome(ApplicationStatus status) {
		return switch (status) {
			case GRANTED, REVOKED -> Outcome.GRANTED;
			case DENIED -> Outcome.DENIED;
			case REFUSED, WITHDRAWN, STOPPED -> Outcome.ENDED;
			default -> Outcome.OPEN;
		};
	}

}
