package org.tongban.identity.registration;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface EnterpriseAuthorizationRepository extends ListCrudRepository<EnterpriseAuthorization, UUID> {

	List<EnterpriseAuthorization> findByGrantorIdOrderByGrantedAtDesc(UUID grantor);

	List<EnterpriseAuthorization> findByAgentIdOrderByGrantedAtDesc(UUID agent);

	List<EnterpriseAuthorization> findByAgentIdAndCreditCode(UUID agent, String creditCode);

}
