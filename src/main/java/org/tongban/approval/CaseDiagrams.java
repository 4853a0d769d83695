package org.tongban.approval;

import org.tongban.identity.Actor;
import org.tongban.shared.NotFoundException;

/** The diagram of a case's process, for the staff who may open the case (R5.1, R5.4). */
public interface CaseDiagrams {

	/**
	 * The case's process as drawn, marked with where the case stands.
	 * @throws NotFoundException when the case does not exist, the member of staff may not
	 * open it, or its process has no diagram (a model deployed before models had to carry
	 * one)
	 */
	CaseDiagram of(Actor staff, String number);

	/**
	 * The diagram of a case the caller has opened through {@link CaseWork#open}, so that
	 * a page showing the case does not open it twice.
	 * @throws NotFoundException when its process has no diagram
	 */
	CaseDiagram of(CaseView opened);

}
