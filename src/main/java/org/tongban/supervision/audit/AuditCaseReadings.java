package org.tongban.supervision.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.supervision.CaseReadings;
import org.tongban.shared.persistence.DatabaseTime;

/**
 * {@link CaseReadings} from the audit trail's records: {@code case.view} of the cases,
 * {@code person.unmask} of the account. Records without a role (the applicant's own, the
 * platform's) are no reads by staff.
 */
@Component
@Transactional(readOnly = true)
class AuditCaseReadings implements CaseReadings {

	private static final String WHERE = """
			actor_role is not null and actor_role <> 'PLATFORM' and (
				(action in ('case.view', 'case.expert-view') and object_type = 'case' and object_id in (:numbers))
				or (action = 'person.unmask' and object_type = 'account' and object_id = :subject))""";

	/** The case an unmasking's purpose names, as the case page records it. */
	private static final Pattern CASE_PAGE = Pattern.compile("/staff/cases/([^#/ ]+)");

	private final JdbcClient jdbc;

	AuditCaseReadings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<CaseReading> newest(Collection<String> caseNumbers, UUID subject, int limit) {
		return jdbc.sql("""
				select recorded_at, action, actor_role, actor_department, object_id, outcome, detail
				from supervision_audit_record where %s
				order by recorded_at desc, chain_no, seq_no desc limit :limit""".formatted(WHERE))
			.param("numbers", numbers(caseNumbers))
			.param("subject", subject.toString())
			.param("limit", limit)
			.query(AuditCaseReadings::reading)
			.list();
	}

	@Override
	public long count(Collection<String> caseNumbers, UUID subject) {
		return jdbc.sql("select count(*) from supervision_audit_record where " + WHERE)
			.param("numbers", numbers(caseNumbers))
			.param("subject", subject.toString())
			.query(Long.class)
			.single();
	}

	/** {@code in ()} is no SQL: a number no case has stands for none. */
	private static Collection<String> numbers(Collection<String> caseNumbers) {
		return caseNumbers.isEmpty() ? List.of("-") : caseNumbers;
	}

	private static CaseReading reading(ResultSet row, int rowNum) throws SQLException {
		boolean view = row.getString("action").startsWith("case.");
		String detail = row.getString("detail");
		String caseNumber = view ? row.getString("object_id") : null;
		if (!view && detail != null) {
			Matcher page = CASE_PAGE.matcher(detail);
			caseNumber = page.find() ? page.group(1) : null;
		}
		return new CaseReading(DatabaseTime.instant(row, "recorded_at"),
				view ? CaseReadings.Kind.CASE_VIEW : CaseReadings.Kind.UNMASK, row.getString("actor_role"),
				row.getString("actor_department"), caseNumber,
				view && detail != null && detail.startsWith("supervision"), "FAILURE".equals(row.getString("outcome")));
	}

}
