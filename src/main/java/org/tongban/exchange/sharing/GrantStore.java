package org.tongban.exchange.sharing;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.exchange.SharingGrants;

/** The grants of the sharing catalogue, table {@code exchange_grant}. */
@Repository
class GrantStore implements SharingGrants {

	private final JdbcClient jdbc;

	GrantStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Grant> inForce(String clientDepartment, String elementCode, String purpose, LocalDate on) {
		return jdbc.sql("""
				select id, client_department, owner_department, element_code, purpose, valid_until, purpose_text
				from exchange_grant
				where client_department = :client and element_code = :element and purpose = :purpose
					and status = 'GRANTED' and valid_until >= :on
				order by valid_until desc""")
			.param("client", clientDepartment)
			.param("element", elementCode)
			.param("purpose", purpose)
			.param("on", on)
			.query((row, n) -> new Grant(row.getObject("id", UUID.class), row.getString("client_department"),
					row.getString("owner_department"), row.getString("element_code"), row.getString("purpose"),
					row.getObject("valid_until", LocalDate.class), row.getString("purpose_text")))
			.list()
			.stream()
			.findFirst();
	}

}
