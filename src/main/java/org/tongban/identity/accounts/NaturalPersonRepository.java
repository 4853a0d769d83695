package org.tongban.identity.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface NaturalPersonRepository extends ListCrudRepository<NaturalPerson, UUID> {

	@Query("select * from identity_person where mobile_blind_index in (:terms)")
	Optional<NaturalPerson> findByMobile(Collection<String> terms);

	@Query("select * from identity_person where resident_id_blind_index in (:terms)")
	Optional<NaturalPerson> findByResidentId(Collection<String> terms);

	@Query("select p.* from identity_person p join identity_enterprise_agent a on a.person_id = p.id"
			+ " where a.enterprise_id = :enterprise order by p.name")
	List<NaturalPerson> findAgentsOf(UUID enterprise);

}
