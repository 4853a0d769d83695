package org.tongban.identity.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface LegalPersonRepository extends ListCrudRepository<LegalPerson, UUID> {

	Optional<LegalPerson> findByCreditCode(String creditCode);

	@Query("select e.* from identity_enterprise e join identity_enterprise_agent a on a.enterprise_id = e.id"
			+ " where a.person_id = :person order by e.name")
	List<LegalPerson> findActedForBy(UUID person);

}
