package org.tongban.identity.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface StaffAccountRepository extends ListCrudRepository<StaffAccount, UUID> {

	Optional<StaffAccount> findByAccountName(String accountName);

	List<StaffAccount> findByDepartmentCode(String departmentCode);

	/** The accounts not disabled that hold the role in the department. */
	@Query("select r.staff_id from identity_staff_role r join identity_account a on a.id = r.staff_id"
			+ " where r.role = :role and r.department_code = :department and a.disabled_at is null")
	List<UUID> findEnabledHolding(String role, String department);

	/** The accounts not disabled that hold the role in any department. */
	@Query("select distinct r.staff_id from identity_staff_role r join identity_account a on a.id = r.staff_id"
			+ " where r.role = :role and a.disabled_at is null")
	List<UUID> findEnabledHoldingAnywhere(String role);

}
