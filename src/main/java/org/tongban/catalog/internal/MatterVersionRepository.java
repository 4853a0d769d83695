package org.tongban.catalog.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tongban.catalog.MatterVersion;

public interface MatterVersionRepository extends ListCrudRepository<MatterVersion, Long> {

	/** The version in force on a day: the latest that took effect on or before it. */
	@Query("""
			select version from catalog_matter_version
			where matter_code = :matterCode and effective_from <= :day
			order by version desc limit 1""")
	Optional<Integer> findVersionInForce(String matterCode, LocalDate day);

	Optional<MatterVersion> findByMatterCodeAndVersion(String matterCode, int version);

	@Query("select version from catalog_matter_version where matter_code = :matterCode order by version")
	List<Integer> findVersionNumbers(String matterCode);

}
