package org.tongban.application;

import java.util.List;

import org.tongban.shared.LocalizedText;

/**
 * A correction about to be resubmitted with items of the notice still as they were when
 * it was issued (R4.2): the applicant is told which, and confirms before it goes back,
 * because the notice is given only once and the department may then refuse to accept the
 * application.
 */
public class CorrectionUnchangedException extends RuntimeException {

	private final transient List<CorrectionItem> unchanged;

	private final transient List<LocalizedText> names;

	/**
	 * @param names each item's name in the matter version of the application, in the same
	 * order
	 */
	public CorrectionUnchangedException(List<CorrectionItem> unchanged, List<LocalizedText> names) {
		super(unchanged.size() + " items of the correction notice are unchanged");
		this.unchanged = List.copyOf(unchanged);
		this.names = List.copyOf(names);
	}

	public List<CorrectionItem> unchanged() {
		return unchanged;
	}

	public List<LocalizedText> names() {
		return names;
	}

}
