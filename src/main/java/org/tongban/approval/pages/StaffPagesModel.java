package org.tongban.approval.pages;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tongban.catalog.Department;
import org.tongban.catalog.MatterCatalog;

/**
 * What every staff page names: the departments by code, for their names in the reader's
 * language.
 */
@ControllerAdvice(basePackageClasses = StaffPagesModel.class)
class StaffPagesModel {

	private final MatterCatalog catalog;

	StaffPagesModel(MatterCatalog catalog) {
		this.catalog = catalog;
	}

	@ModelAttribute("departments")
	Map<String, Department> departments() {
		return catalog.departments().stream().collect(Collectors.toMap(Department::code, Function.identity()));
	}

}
