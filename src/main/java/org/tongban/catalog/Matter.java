package org.tongban.catalog;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An approval matter (事项) as it stays across its versions: its code, the department that
 * is responsible, its kind, whom it serves and the themes it belongs to. Everything that
 * a new version may change lives in {@link MatterVersion}.
 */
@Table("catalog_matter")
public record Matter(@Id String code, String departmentCode, MatterKind kind, boolean servesPersons,
		boolean servesEnterprises, @MappedCollection(idColumn = "matter_code") Set<MatterTheme> themes) {

	public Matter {
		themes = Set.copyOf(themes);
		if (!servesPersons && !servesEnterprises) {
			throw new IllegalArgumentException("Matter " + code + " must serve persons, enterprises or both");
		}
	}

	public Set<Audience> audiences() {
		var audiences = EnumSet.noneOf(Audience.class);
		if (servesPersons) {
			audiences.add(Audience.PERSONAL);
		}
		if (servesEnterprises) {
			audiences.add(Audience.ENTERPRISE);
		}
		return audiences;
	}

	/** The link between a matter and one of its themes. */
	@Table("catalog_matter_theme")
	public record MatterTheme(String themeCode) {
	}

}
