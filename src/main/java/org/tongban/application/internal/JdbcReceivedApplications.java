package org.tongban.application.internal;

import static org.tongban.shared.persistence.DatabaseTime.instant;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.Channel;
import org.tongban.application.ReceivedApplications;
import org.tongban.identity.AccountKind;
import org.tongban.shared.LocalizedText;

/**
 * The received applications for a recount, in one query a page with their materials
 * counted by the database (a material is reused when it names an earlier application or a
 * licence, as the submission counts it).
 */
@Component
class JdbcReceivedApplications implements ReceivedApplications {

	/** Before every id: the nil UUID, which no application has. */
	private static final UUID FIRST = new UUID(0, 0);

	private final JdbcClient jdbc;

	JdbcReceivedApplications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Received> after(UUID after, int size) {
		return jdbc.sql("""
				select a.id, a.number, a.received_at, a.matter_code, a.matter_version, a.matter_name_zh,
					a.matter_name_en, a.department_code, a.applicant_kind, a.channel, a.bundle_id, a.status,
					(select count(*) from application_material m where m.application_id = a.id
						and (m.reused_from is not null or m.licence_id is not null)) as reused,
					(select count(*) from application_material m where m.application_id = a.id
						and m.reused_from is null and m.licence_id is null) as uploaded
				from (select * from application_application where received_at is not null
					and id > :after order by id fetch first :size rows only) a
				order by a.id""")
			.param("after", after == null ? FIRST : after)
			.param("size", size)
			.query((row, n) -> new Received(row.getObject("id", UUID.class), row.getString("number"),
					instant(row, "received_at"), row.getString("matter_code"), row.getInt("matter_version"),
					LocalizedText.of(row.getString("matter_name_zh"), row.getString("matter_name_en")),
					row.getString("department_code"), AccountKind.valueOf(row.getString("applicant_kind")),
					Channel.valueOf(row.getString("channel")), row.getObject("bundle_id") != null,
					ApplicationStatus.valueOf(row.getString("status")), row.getInt("reused"), row.getInt("uploaded")))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> bundleMembers() {
		return jdbc.sql("select id from application_application where bundle_id is not null").query(UUID.class).list();
	}

}
