package org.tongban.application.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tongban.application.Application;
import org.tongban.application.CorrectionItem;
import org.tongban.application.CorrectionRequest;
import org.tongban.shared.crypto.BlindIndex;

/**
 * What the applicant had given for each item of a correction notice when it was issued,
 * so that a resubmission can say which items are still as they were (R4.2): the notice is
 * given once, and an item left unchanged is then a reason to refuse acceptance. Kept as
 * keyed hashes, because the answers are personal data sealed elsewhere and a plain hash
 * of a phone or ID number could be reversed by trying them all.
 */
@Component
public class CorrectionBaseline {

	private final ApplicationStore store;

	private final BlindIndex index;

	CorrectionBaseline(ApplicationStore store, BlindIndex index) {
		this.store = store;
		this.index = index;
	}

	/**
	 * The keyed hash of what the application holds for each item of the notice, in the
	 * notice's order.
	 */
	List<String> given(Application application, CorrectionRequest request) {
		return request.items().stream().map(item -> index.of(application.givenFor(item))).toList();
	}

	/**
	 * The items of the application's open notice that it still holds as they were when
	 * the notice was issued.
	 */
	public List<CorrectionItem> unchanged(Application application) {
		CorrectionRequest request = application.correction().orElseThrow();
		List<String> given = store.givenIndexes(request.id());
		List<CorrectionItem> unchanged = new ArrayList<>();
		for (int i = 0; i < request.items().size() && i < given.size(); i++) {
			CorrectionItem item = request.items().get(i);
			if (given.get(i) != null && index.searchTerms(application.givenFor(item)).contains(given.get(i))) {
				unchanged.add(item);
			}
		}
		return List.copyOf(unchanged);
	}

}
