package org.tongban.participation.rating;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tongban.identity.Role;
import org.tongban.shared.LocalizedText;
import org.tongban.supervision.DueItems;
import org.tongban.supervision.Rectifications;

/**
 * The rectifications departments owe, for the warnings of the supervisor console, and, by
 * their 15th working day, for the warnings and escalation of what is owed late (R8.3,
 * R15.8): the department's administrator replies on it.
 */
@Component
class OpenRectifications implements Rectifications, DueItems {

	private final RatingStore store;

	private final MessageSource messages;

	OpenRectifications(RatingStore store, MessageSource messages) {
		this.store = store;
		this.messages = messages;
	}

	@Override
	public List<Rectification> open() {
		return store.unreplied()
			.stream()
			.map(rating -> new Rectification(rating.number(), rating.departmentCode(), rating.matterName(),
					rating.rectificationDue()))
			.toList();
	}

	@Override
	public List<DueItem> dueBy(LocalDate lastDay) {
		LocalizedText what = LocalizedText.of(messages.getMessage("rating.rectification.owed", null, Locale.CHINA),
				messages.getMessage("rating.rectification.owed", null, Locale.ENGLISH));
		return store.unrepliedDueBy(lastDay)
			.stream()
			.map(rating -> new DueItem(Kind.RECTIFICATION, rating.number(), rating.departmentCode(), what,
					rating.rectificationDue(), List.of(Role.DEPARTMENT_ADMIN),
					RatingReviewPages.DEPARTMENT + "/" + rating.number(),
					RatingReviewPages.SUPERVISION + "/" + rating.number()))
			.toList();
	}

}
