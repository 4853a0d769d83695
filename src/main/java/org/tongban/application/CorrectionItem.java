package org.tongban.application;

import org.tongban.catalog.FormDefinition;
import org.tongban.catalog.MatterVersion;
import org.tongban.shared.LocalizedText;

/**
 * One thing the applicant must fix.
 *
 * @param kind a form field or a material
 * @param code the field's key in the form or the material's code in the matter version
 * @param problem what is wrong, in the clerk's words
 */
public record CorrectionItem(Kind kind, String code, String problem) {

	/**
	 * The field's label or the material's name in a matter version; a code the version no
	 * longer names is shown as it is, rather than hidden.
	 */
	public LocalizedText nameIn(MatterVersion version) {
		return switch (kind) {
			case FIELD ->
				version.form().field(code).map(FormDefinition.Field::label).orElse(LocalizedText.of(code, code));
			case MATERIAL -> version.materials()
				.stream()
				.filter(material -> material.code().equals(code))
				.findFirst()
				.map(MatterVersion.Material::name)
				.orElse(LocalizedText.of(code, code));
		};
	}

	public enum Kind {

		FIELD, MATERIAL

	}

}
