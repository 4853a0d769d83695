package org.tongban.approval.internal;

import static org.tongban.shared.persistence.DatabaseTime.instant;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.approval.CaseEnds;

/**
 * Reads the ends of cases from the case table, and whether the platform granted them from
 * the history, where a grant by the platform is written under its own action.
 */
@Component
class JdbcCaseEnds implements CaseEnds {

	private final JdbcClient jdbc;

	JdbcCaseEnds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, CaseEnd> of(Collection<UUID> caseIds) {
		if (caseIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select c.id, c.accepted_on, c.ended_at, exists (select 1 from approval_history h
					where h.case_id = c.id and h.action in (:platformGrants)) as by_platform
				from approval_case c where c.id in (:ids)""")
			.param("platformGrants", List.of(AutomaticApproval.GRANT, CommitmentGrants.ACTION))
			.param("ids", caseIds)
			.query((row, n) -> new CaseEnd(row.getObject("id", UUID.class),
					row.getObject("accepted_on", LocalDate.class), instant(row, "ended_at"),
					row.getBoolean("by_platform")))
			.list()
			.stream()
			.collect(Collectors.toMap(CaseEnd::caseId, Function.identity()));
	}

}
