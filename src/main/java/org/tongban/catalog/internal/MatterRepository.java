package org.tongban.catalog.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;
import org.tongban.catalog.Matter;

public interface MatterRepository extends ListCrudRepository<Matter, String> {

	List<Matter> findAllByOrderByCodeAsc();

}
