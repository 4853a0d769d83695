package org.tongban.application.web;

import java.util.List;

import org.tongban.application.CorrectionItem;
import org.tongban.application.CorrectionRequest;
import org.tongban.catalog.MatterVersion;
import org.tongban.shared.LocalizedText;

/**
 * An item of a correction notice as the applicant reads it (R4.2): the field's label or
 * the material's name in the matter version the application is made under, and what is
 * wrong.
 */
record CorrectionLine(CorrectionItem.Kind kind, String code, LocalizedText name, String problem) {

	static List<CorrectionLine> of(CorrectionRequest request, MatterVersion version) {
		return of(request.items(), version);
	}

	static List<CorrectionLine> of(List<CorrectionItem> items, MatterVersion version) {
		return items.stream()
			.map(item -> new CorrectionLine(item.kind(), item.code(), item.nameIn(version), item.problem()))
			.toList();
	}

	public boolean isField() {
		return kind == CorrectionItem.Kind.FIELD;
	}

	/** The anchor of the item on the correction page. */
	public String anchor() {
		return (isField() ? "field-" : "material-") + code;
	}

}
