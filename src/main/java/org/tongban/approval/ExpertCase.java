package org.tongban.approval;

import java.util.List;

import org.tongban.application.AttachedMaterial;

/**
 * A case as the expert assigned to it sees it (R5.3): the matter, the question, and the
 * materials the reviewer shared, nothing of the applicant's particulars.
 */
public record ExpertCase(ExpertAssignment assignment, String matterCode, int matterVersion,
		List<AttachedMaterial> materials) {

	public ExpertCase {
		materials = List.copyOf(materials);
	}

}
