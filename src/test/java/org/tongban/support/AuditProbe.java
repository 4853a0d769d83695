package org.tongban.support;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads back the audit records of one object (R8.4), for tests that check that an action
 * left exactly one record: the records an object gained while the action ran. Records of
 * one object are in one chain, so their sequence numbers give their order; the platform's
 * own scheduled records (warnings) are left out, since they may come at any moment.
 */
public final class AuditProbe {

	private final JdbcClient jdbc;

	public AuditProbe(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The records of an object, oldest first. */
	public List<Row> of(String objectType, Object objectId) {
		return jdbc.sql("""
				select seq_no, action, outcome, actor_id, actor_role, actor_department, client_address, detail
				from supervision_audit_record
				where object_type = :type and object_id = :id and (actor_role is null or actor_role <> 'PLATFORM')
				order by seq_no""")
			.param("type", objectType)
			.param("id", String.valueOf(objectId))
			.query((row, rowNum) -> new Row(row.getString("action"), row.getString("outcome"),
					row.getObject("actor_id", UUID.class), row.getString("actor_role"),
					row.getString("actor_department"), row.getString("client_address"), row.getString("detail")))
			.list();
	}

	/**
	 * The actions the platform itself recorded on an object (automatic grants, scheduled
	 * scans), oldest first.
	 */
	public List<String> platformActions(String objectType, Object objectId) {
		return jdbc.sql("""
				select action from supervision_audit_record
				where object_type = :type and object_id = :id and actor_role = 'PLATFORM' order by seq_no""")
			.param("type", objectType)
			.param("id", String.valueOf(objectId))
			.query(String.class)
			.list();
	}

	/** The records an object gained while the work ran, oldest first. */
	public List<Row> during(String objectType, Object objectId, Runnable work) {
		int before = of(objectType, objectId).size();
		work.run();
		List<Row> after = of(objectType, objectId);
		return after.subList(before, after.size());
	}

	/** As {@link #during}, for work that is refused: its exception is expected. */
	public List<Row> duringRefused(String objectType, Object objectId, Runnable work) {
		return during(objectType, objectId, () -> {
			try {
				work.run();
			}
			catch (RuntimeException expected) {
				return;
			}
			throw new AssertionError("The work was not refused");
		});
	}

	/**
	 * One record as tests compare it.
	 *
	 * @param actor the account that acted, or null
	 */
	public record Row(String action, String outcome, UUID actor, String role, String department, String clientAddress,
			String detail) {

		/** {@code <action> <outcome> <actor>}, e.g. {@code case.accept SUCCESS 5f0c…}. */
		public String summary() {
			return action + " " + outcome + " " + actor;
		}

		public static String summary(String action, String outcome, Object actor) {
			return action + " " + outcome + " " + actor;
		}

	}

}
