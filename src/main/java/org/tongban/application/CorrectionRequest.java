package org.tongban.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A correction notice (一次性告知, R4.1, R15.2): every item to fix, at once.
 *
 * @param step the step that asked (e.g. {@code ACCEPTANCE} or {@code REVIEW}), to which
 * the case returns
 * @param note what the department adds for all items, may be empty
 */
public record CorrectionRequest(UUID id, String step, String departmentCode, List<CorrectionItem> items, String note,
		Instant requestedAt) {

	public CorrectionRequest {
		items = List.copyOf(items);
		if (items.isEmpty()) {
			throw new IllegalArgumentException("A correction notice lists at least one item");
		}
	}

}
