package org.tongban.catalog.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;
import org.tongban.catalog.Bundle;

public interface BundleRepository extends ListCrudRepository<Bundle, String> {

	List<Bundle> findAllByOrderByCodeAsc();

}
