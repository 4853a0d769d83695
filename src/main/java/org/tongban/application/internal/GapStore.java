package org.tongban.application.internal;

import static org.tongban.shared.persistence.DatabaseTime.column;
import static org.tongban.shared.persistence.DatabaseTime.instant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.application.Application;
import org.tongban.application.ApplicationStatus;
import org.tongban.application.Gap;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterVersion;
import org.tongban.shared.LocalizedText;

/**
 * The gaps of acceptances with gaps (R4.3, R15.6), by application: each change is one
 * guarded update, so that two nodes (or the applicant and the deadline job) at the same
 * moment cannot both win.
 */
@Repository
public class GapStore {

	private final JdbcClient jdbc;

	private final MatterCatalog catalog;

	GapStore(JdbcClient jdbc, MatterCatalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	public void add(UUID applicationId, Collection<String> materialCodes, LocalDate supplyBy, Instant at) {
		for (String code : materialCodes) {
			jdbc.sql("""
					insert into application_gap (application_id, material_code, supply_by, accepted_at)
					values (:applicationId, :code, :supplyBy, :at)""")
				.param("applicationId", applicationId)
				.param("code", code)
				.param("supplyBy", supplyBy)
				.param("at", column(at))
				.update();
		}
	}

	/**
	 * The application's gaps, each named as the version it was made under names the
	 * material.
	 */
	public List<Gap> of(Application application) {
		List<MatterVersion.Material> materials = catalog.guide(application.matterCode(), application.matterVersion())
			.version()
			.materials();
		return jdbc.sql("""
				select material_code, supply_by, supplied_at, overdue_at from application_gap
				where application_id = :applicationId order by material_code""")
			.param("applicationId", application.id())
			.query((row, n) -> {
				String code = row.getString("material_code");
				LocalizedText name = materials.stream()
					.filter(material -> material.code().equals(code))
					.map(MatterVersion.Material::name)
					.findFirst()
					.orElse(LocalizedText.of(code, code));
				return new Gap(code, name, row.getObject("supply_by", LocalDate.class), instant(row, "supplied_at"),
						instant(row, "overdue_at"));
			})
			.list();
	}

	/** Where the gaps of each of the applications accepted with gaps stand. */
	public Map<UUID, Gap.State> statesOf(Collection<UUID> applicationIds) {
		if (applicationIds.isEmpty()) {
			return Map.of();
		}
		// Each gap's own state by its constant's position; the case's is the weightiest.
		return jdbc.sql("""
				select application_id, max(case when overdue_at is not null then 2
					when supplied_at is null then 1 else 0 end) as state
				from application_gap where application_id in (:ids) group by application_id""")
			.param("ids", applicationIds)
			.query((row, n) -> Map.entry(row.getObject("application_id", UUID.class),
					Gap.State.values()[row.getInt("state")]))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Marks an open gap supplied; false when it is not open. */
	public boolean supplied(UUID applicationId, String materialCode, Instant at) {
		return jdbc.sql("""
				update application_gap set supplied_at = :at
				where application_id = :applicationId and material_code = :code
					and supplied_at is null and overdue_at is null""")
			.param("applicationId", applicationId)
			.param("code", materialCode)
			.param("at", column(at))
			.update() == 1;
	}

	/**
	 * The applications still under way with a gap still open after its day: one that
	 * ended needs nothing supplied any more.
	 */
	public List<UUID> withOverdue(LocalDate today) {
		return jdbc.sql("""
				select distinct g.application_id from application_gap g
					join application_application a on a.id = g.application_id
				where g.supply_by < :today and g.supplied_at is null and g.overdue_at is null
					and a.status not in (:ended)""")
			.param("today", today)
			.param("ended",
					Arrays.stream(ApplicationStatus.values())
						.filter(ApplicationStatus::isFinal)
						.map(Enum::name)
						.toList())
			.query(UUID.class)
			.list();
	}

	/**
	 * Marks the application's gaps still open after their day overdue.
	 * @return the codes of the gaps this call marked (not those another node marked
	 * first)
	 */
	public List<String> markOverdue(UUID applicationId, LocalDate today, Instant at) {
		List<String> due = jdbc.sql("""
				select material_code from application_gap where application_id = :applicationId
					and supply_by < :today and supplied_at is null and overdue_at is null order by material_code""")
			.param("applicationId", applicationId)
			.param("today", today)
			.query(String.class)
			.list();
		return due.stream()
			.filter(code -> jdbc.sql("""
					update application_gap set overdue_at = :at where application_id = :applicationId
						and material_code = :code and supplied_at is null and overdue_at is null""")
				.param("applicationId", applicationId)
				.param("code", code)
				.param("at", column(at))
				.update() == 1)
			.toList();
	}

}
