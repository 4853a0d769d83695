package org.tongban.catalog;

import java.util.List;
import java.util.UUID;

/**
 * The frequently asked questions (常见问题) of a matter, which the guide shows (R10.3). The
 * participation module answers questions and keeps the FAQ; it reads the catalogue, so
 * the catalogue reads the FAQ through this port instead of depending on it.
 */
public interface FrequentQuestions {

	/**
	 * The published entries of the matter in their order, for every version of it: an
	 * entry belongs to the matter's code, not to one version.
	 */
	List<FrequentQuestion> of(String matterCode);

	/**
	 * One published entry, edited for publication: it names nobody.
	 *
	 * @param helpful how many readers found the answer helpful
	 */
	record FrequentQuestion(UUID id, String question, String answer, int helpful) {
	}

}
