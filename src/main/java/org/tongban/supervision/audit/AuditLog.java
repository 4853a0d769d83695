package org.tongban.supervision.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.Paging;
import org.tongban.shared.ResultPage;
import org.tongban.shared.persistence.DatabaseTime;

/**
 * Reads the audit trail for the auditor (R8.4): a search, newest first, one page at a
 * time or every match in turn for an export. Reading only: the trail is written by
 * {@link JdbcAuditTrail} alone.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public ResultPage<AuditRow> search(AuditSearch search, Paging paging) {
		Where where = where(search);
		if (where.nothing) {
			return paging.of(List.of(), 0);
		}
		long total = where.bind(jdbc.sql("select count(*) from supervision_audit_record" + where.sql))
			.query(Long.class)
			.single();
		List<AuditRow> rows = where
			.bind(jdbc.sql("select * from supervision_audit_record" + where.sql + ORDER
					+ " offset :offset rows fetch next :size rows only"))
			.param("offset", paging.offset())
			.param("size", paging.size())
			.query((row, rowNum) -> new AuditRow(row.getInt("chain_no"), row.getLong("seq_no"),
					AuditRecords.entry(row)))
			.list();
		return paging.of(rows, total);
	}

	/** Hands every match, newest first, to the consumer; returns how many there were. */
	@Transactional(readOnly = true)
	public long each(AuditSearch search, Consumer<AuditRow> consumer) {
		Where where = where(search);
		if (where.nothing) {
			return 0;
		}
		long[] count = { 0 };
		where.bind(jdbc.sql("select * from supervision_audit_record" + where.sql + ORDER)).query(row -> {
			count[0]++;
			consumer.accept(new AuditRow(row.getInt("chain_no"), row.getLong("seq_no"), AuditRecords.entry(row)));
		});
		return count[0];
	}

	private static final String ORDER = " order by recorded_at desc, chain_no, seq_no desc";

	private static Where where(AuditSearch search) {
		Where where = new Where();
		if (search.actors() != null) {
			if (search.actors().isEmpty()) {
				where.nothing = true;
			}
			where.add("actor_id in (:actors)", "actors", List.copyOf(search.actors()));
		}
		where.addIf(search.objectType(), "object_type = :objectType", "objectType");
		where.addIf(search.objectId(), "object_id = :objectId", "objectId");
		where.addIf(search.action(), "action = :action", "action");
		if (search.from() != null) {
			where.add("recorded_at >= :from", "from", DatabaseTime.column(search.from()));
		}
		if (search.until() != null) {
			where.add("recorded_at < :until", "until", DatabaseTime.column(search.until()));
		}
		if (search.text() != null) {
			if (search.textActors().isEmpty()) {
				where.add("object_id = :text", "text", search.text());
			}
			else {
				where.add("(object_id = :text or actor_id in (:textActors))", "text", search.text());
				where.params.add(new Object[] { "textActors", List.copyOf(search.textActors()) });
			}
		}
		return where;
	}

	/** The conditions of a search and their parameters. */
	private static final class Where {

		private final StringJoiner conditions = new StringJoiner(" and ", " where ", "").setEmptyValue("");

		private final List<Object[]> params = new ArrayList<>();

		private String sql = "";

		private boolean nothing;

		void add(String condition, String name, Object value) {
			conditions.add(condition);
			params.add(new Object[] { name, value });
			sql = conditions.toString();
		}

		void addIf(String value, String condition, String name) {
			if (value != null) {
				add(condition, name, value);
			}
		}

		StatementSpec bind(StatementSpec statement) {
			for (Object[] param : params) {
				statement = statement.param((String) param[0], param[1]);
			}
			return statement;
		}

	}

}
