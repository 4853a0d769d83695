package org.tongban.catalog.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;
import org.tongban.catalog.Department;

public interface DepartmentRepository extends ListCrudRepository<Department, String> {

	List<Department> findAllByOrderBySortOrderAscCodeAsc();

}
