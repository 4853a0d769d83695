package db.migration.exchange;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The credit register (信用记录, issue 17 item 1) and its reads in the access log. The access
 * log's check of the registry names a constraint that H2 and PostgreSQL named differently
 * when it was created without a name, so it is found by its clause and replaced by a
 * named one that admits the credit register; the rest is plain SQL that runs on both.
 */
public class V2026121001__exchange_credit_register extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			for (String name : registryChecks(connection)) {
				statement.execute("alter table exchange_access_log drop constraint \"" + name + "\"");
			}
			statement.execute("""
					alter table exchange_access_log add constraint exchange_access_log_registry
						check (registry in ('POPULATION', 'LEGAL_PERSON', 'CREDIT'))""");
			statement.execute("""
					create table exchange_credit_record (
						id              uuid         primary key,
						kind            varchar(32)  not null,
						-- A person by the blind index of the resident ID number (R12.1), sealed beside it;
						-- a legal person by its public credit code.
						person_index    varchar(100),
						person_sealed   varchar(200),
						credit_code     varchar(18),
						recorded_on     date         not null,
						expires_on      date         not null,
						case_reference  varchar(64),
						reason          varchar(500) not null,
						recorded_by     varchar(64)  not null,
						-- UTC
						recorded_at     timestamp    not null,
						check ((person_index is null) <> (credit_code is null)),
						check ((person_index is null) = (person_sealed is null)),
						check (expires_on > recorded_on)
					)""");
			statement.execute("create index exchange_credit_record_person on exchange_credit_record (person_index)");
			statement.execute("create index exchange_credit_record_legal on exchange_credit_record (credit_code)");
		}
	}

	private static List<String> registryChecks(Connection connection) throws SQLException {
		var names = new ArrayList<String>();
		try (var query = connection.prepareStatement("""
				select tc.constraint_name from information_schema.table_constraints tc
				join information_schema.check_constraints cc on cc.constraint_name = tc.constraint_name
					and cc.constraint_schema = tc.constraint_schema
				where lower(tc.table_name) = 'exchange_access_log' and tc.constraint_type = 'CHECK'
					and upper(cc.check_clause) like '%LEGAL_PERSON%'"""); var rows = query.executeQuery()) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		if (names.isEmpty()) {
			throw new SQLException("The access log's check of the registry was not found");
		}
		return names;
	}

}
