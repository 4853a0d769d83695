package org.tongban.application;

/**
 * One thing the applicant must fix.
 *
 * @param kind a form field or a material
 * @param code the field's key in the form or the material's code in the matter version
 * @param problem what is wrong, in the clerk's words
 */
public record CorrectionItem(Kind kind, String code, String problem) {

	public enum Kind {
		FIELD, MATERIAL
	}

}
