package org.tongban.identity.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface StaffAccountRepository extends ListCrudRepository<StaffAccount, UUID> {

	Optional<StaffAccount> findByAccountName(String accountName);

	List<StaffAccount> findByDepartmentCode(String departmentCode);

}
