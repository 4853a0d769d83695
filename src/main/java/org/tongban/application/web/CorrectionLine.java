package org.tongban.application.web;

import java.util.List;

import org.tongban.application.CorrectionItem;
import org.tongban.application.CorrectionRequest;
import org.tongban.catalog.MatterVersion;
import org.tongban.shared.LocalizedText;

/**
 * An item of a correction notice as the applicant reads it (R4.2): the field's label or the material's name in the
 * matter version the application is made under, and what is wrong.
 */
record CorrectionLine(CorrectionItem.Kind kind, String code, LocalizedText name, String problem) {

	static List<CorrectionLine> of(CorrectionRequest request, MatterVersion version) {
		return request.items().stream().map(item -> new CorrectionLine(item.kind(), item.code(), name(item, version),
				item.problem())).toList();
	}

	public boolean isField() {
		return kind == CorrectionItem.Kind.FIELD;
	}

	/** The anchor of the item on the correction page. */
	public String anchor() {
		return (isField() ? "field-" : "material-") + code;
	}

	/** A code the catalogue no longer names is shown as it is, rather than hidden from the applicant. */
	private static LocalizedText name(CorrectionItem item, MatterVersion version) {
		return switch (item.kind()) {
			case FIELD -> version.form()
				.field(item.code())
				.map(field -> field.label())
				.orElse(LocalizedText.of(item.code(), item.code()));
			case MATERIAL -> version.materials()
				.stream()
				.filter(material -> material.code().equals(item.code()))
				.findFirst()
				.map(MatterVersion.Material::name)
				.orElse(LocalizedText.of(item.code(), item.code()));
		};
	}

}
