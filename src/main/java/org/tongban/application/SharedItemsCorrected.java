package org.tongban.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The applicant corrected, on one member of a bundle, a field or material that other
 * members use too (R16.4): the corrected value was written into each of those members,
 * whose departments are told, so that what they reviewed is re-opened for them and
 * nothing the others did is lost or redone.
 *
 * @param correctedApplicationId the member whose correction notice listed the items
 * @param items the shared items corrected, as that notice named them
 * @param affectedApplicationIds the other members, already opened, that use them
 */
public record SharedItemsCorrected(UUID bundleId, UUID correctedApplicationId, String correctedNumber,
		List<CorrectionItem> items, List<UUID> affectedApplicationIds, Instant correctedAt) {

	public SharedItemsCorrected {
		items = List.copyOf(items);
		affectedApplicationIds = List.copyOf(affectedApplicationIds);
	}

}
