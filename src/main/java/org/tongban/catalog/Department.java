package org.tongban.catalog;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;
import org.tongban.shared.LocalizedText;

/** A department of the city government that is responsible for matters (实施主体). */
@Table("catalog_department")
public record Department(@Id String code, @Embedded.Nullable(prefix = "name_") LocalizedText name,
		@Embedded.Nullable(prefix = "address_") LocalizedText address, String phone,
		@Embedded.Nullable(prefix = "office_hours_") LocalizedText officeHours, int sortOrder) {
}
