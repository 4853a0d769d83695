package org.tongban.supervision.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.FlywayException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The audit tables' privileges on PostgreSQL (R8.4): when Flyway migrates as the owner
 * ({@code spring.flyway.user}) and the platform runs as another role
 * ({@code spring.datasource.username}), that role may only insert and read audit records
 * and read and move chain heads, whatever else it was granted (README, "Database roles"):
 * after every migration the owner revokes the rest. On H2, or with one role for both,
 * there is nobody to restrict.
 */
@Component
class AuditGrants implements Callback {

	/**
	 * The one way the application's role deletes audit records: those of a chain up to a
	 * sequence number, once archived, and never any younger than six months (R8.4),
	 * whatever the caller asks. It runs with its owner's privileges.
	 */
	static final String DELETE_ARCHIVED = """
			create or replace function supervision_audit_delete_archived(p_chain integer, p_up_to bigint,
			    p_before timestamp with time zone) returns bigint
			language sql security definer set search_path = public as $$
			  with gone as (delete from supervision_audit_record where chain_no = p_chain and seq_no <= p_up_to
			    and recorded_at < p_before and recorded_at < now() - interval '6 months' returning 1)
			  select count(*) from gone
			$$""";

	private final String applicationRole;

	AuditGrants(@Value("${spring.datasource.username:}") String applicationRole) {
		this.applicationRole = applicationRole;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			Connection connection = context.getConnection();
			if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
				return;
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute(DELETE_ARCHIVED);
				statement.execute("revoke all on function supervision_audit_delete_archived(integer, bigint,"
						+ " timestamp with time zone) from public");
			}
			if (applicationRole.isBlank() || applicationRole.equals(connection.getMetaData().getUserName())) {
				return;
			}
			String role = '"' + applicationRole.replace("\"", "\"\"") + '"';
			try (Statement statement = connection.createStatement()) {
				statement.execute("grant execute on function supervision_audit_delete_archived(integer, bigint,"
						+ " timestamp with time zone) to " + role);
				statement.execute("revoke all on supervision_audit_record from " + role);
				statement.execute("grant select, insert on supervision_audit_record to " + role);
				statement.execute("revoke all on supervision_audit_chain from " + role);
				statement.execute("grant select, insert, update on supervision_audit_chain to " + role);
			}
		}
		catch (SQLException ex) {
			throw new FlywayException("Could not restrict the audit tables to insert and select for " + applicationRole
					+ ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "audit-grants";
	}

}
