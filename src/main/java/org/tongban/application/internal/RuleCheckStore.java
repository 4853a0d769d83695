package org.tongban.application.internal;

import static org.tongban.shared.persistence.DatabaseTime.column;
import static org.tongban.shared.persistence.DatabaseTime.instant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.application.RuleExplanation;
import org.tongban.application.RuleOutcome;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The explanation of an application's automatic approval check (R5.6, R16.2), table
 * {@code application_rule_check}: written once, when the case opens, and read as it was.
 * Its values are those the explanation may show: personal ones are masked before they get
 * here.
 */
@Repository
public class RuleCheckStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<RuleOutcome>> OUTCOMES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	RuleCheckStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID applicationId, RuleExplanation explanation) {
		jdbc.sql("""
				insert into application_rule_check (application_id, checked_at, all_hold, outcomes)
				values (:application, :checkedAt, :allHold, :outcomes)""")
			.param("application", applicationId)
			.param("checkedAt", column(explanation.checkedAt()))
			.param("allHold", explanation.allHold())
			.param("outcomes", JSON.writeValueAsString(explanation.outcomes()))
			.update();
	}

	public Optional<RuleExplanation> find(UUID applicationId) {
		return jdbc.sql("select checked_at, outcomes from application_rule_check where application_id = :application")
			.param("application", applicationId)
			.query((row, rowNum) -> new RuleExplanation(JSON.readValue(row.getString("outcomes"), OUTCOMES),
					instant(row, "checked_at")))
			.optional();
	}

}
