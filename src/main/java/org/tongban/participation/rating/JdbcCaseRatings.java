package org.tongban.participation.rating;

import static org.tongban.shared.persistence.DatabaseTime.instant;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.participation.CaseRatings;
import org.tongban.participation.Satisfaction;

/** The first rating of each case: the second, of a rectification, is not counted. */
@Component
class JdbcCaseRatings implements CaseRatings {

	private final JdbcClient jdbc;

	JdbcCaseRatings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<GivenRating> of(Collection<UUID> caseIds) {
		if (caseIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select case_id, number, matter_code, department_code, satisfaction, rated_at from participation_rating
				where case_id in (:ids) and state in ('RATED', 'DEFAULTED')""")
			.param("ids", caseIds)
			.query((row, n) -> new GivenRating(row.getObject("case_id", UUID.class), row.getString("number"),
					row.getString("matter_code"), row.getString("department_code"),
					Satisfaction.valueOf(row.getString("satisfaction")), instant(row, "rated_at")))
			.list();
	}

}
