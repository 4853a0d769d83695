package org.tongban.catalog.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;
import org.tongban.catalog.Theme;

public interface ThemeRepository extends ListCrudRepository<Theme, String> {

	List<Theme> findAllByOrderBySortOrderAscCodeAsc();

}
