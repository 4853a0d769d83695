package org.tongban.participation.rating;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tongban.supervision.Rectifications;

/** The rectifications departments owe, for the warnings of the supervisor console. */
@Component
class OpenRectifications implements Rectifications {

	private final RatingStore store;

	OpenRectifications(RatingStore store) {
		this.store = store;
	}

	@Override
	public List<Rectification> open() {
		return store.unreplied()
			.stream()
			.map(rating -> new Rectification(rating.number(), rating.departmentCode(), rating.matterName(),
					rating.rectificationDue()))
			.toList();
	}

}
