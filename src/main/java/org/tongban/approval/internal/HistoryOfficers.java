package org.tongban.approval.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongban.approval.CaseOfficers;

/**
 * The officers of a case read from its history, where every action of staff is written
 * with its account (R5.4); the platform's own actions name no account and are left out.
 */
@Component
class HistoryOfficers implements CaseOfficers {

	private final JdbcClient jdbc;

	HistoryOfficers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Officer> of(UUID caseId) {
		return jdbc.sql("""
				select actor_id, max(actor_name) actor_name, max(actor_role) actor_role,
				       max(department_code) department_code, step, min(entry_order) first_entry
				from approval_history
				where case_id = :caseId and actor_id is not null and actor_role is not null
				  and actor_role <> 'APPLICANT'
				group by actor_id, step
				order by first_entry""")
			.param("caseId", caseId)
			.query((row, rowNum) -> new Officer(row.getObject("actor_id", UUID.class), row.getString("actor_name"),
					row.getString("actor_role"), row.getString("department_code"), row.getString("step")))
			.list();
	}

}
