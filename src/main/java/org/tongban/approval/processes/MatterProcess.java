package org.tongban.approval.processes;

import org.tongban.shared.LocalizedText;

/**
 * A matter of the catalogue and the process its new cases start.
 *
 * @param versionKey the process key of the matter version in force
 * @param usedKey the key new cases start: the matter's own model when one is deployed,
 * else {@code versionKey}
 */
public record MatterProcess(String code, LocalizedText name, String departmentCode, String versionKey, String usedKey) {

	public boolean hasOwnModel() {
		return code.equals(usedKey);
	}

}
