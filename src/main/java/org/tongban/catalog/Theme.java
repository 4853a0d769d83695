package org.tongban.catalog;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;
import org.tongban.shared.LocalizedText;

/**
 * A way into the catalogue by life event or business stage (主题), e.g. 开办企业 or 社会保障,
 * addressed to natural persons or to enterprises.
 */
@Table("catalog_theme")
public record Theme(@Id String code, @Embedded.Nullable(prefix = "name_") LocalizedText name,
		@Embedded.Nullable(prefix = "description_") LocalizedText description, Audience audience, int sortOrder) {
}
