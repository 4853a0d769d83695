package org.tongban.catalog;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.tongban.shared.LocalizedText;

/**
 * "One thing, one go" (一件事一次办, R2.5): several matters of several departments applied for
 * with one form and one set of materials. Items with the same {@code stage} are handled
 * in parallel; stages follow one another.
 */
@Table("catalog_bundle")
public record Bundle(@Id String code, @Embedded.Nullable(prefix = "name_") LocalizedText name,
		@Embedded.Nullable(prefix = "summary_") LocalizedText summary, String themeCode, String leadDepartmentCode,
		int committedLimitDays, @MappedCollection(idColumn = "bundle_code", keyColumn = "idx") List<Item> items) {

	public Bundle {
		items = List.copyOf(items);
	}

	/** A matter of the bundle, in its stage (阶段). */
	@Table("catalog_bundle_item")
	public record Item(String matterCode, int stage,
			@Embedded.Nullable(prefix = "stage_name_") LocalizedText stageName) {
	}

}
