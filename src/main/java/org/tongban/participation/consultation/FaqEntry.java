package org.tongban.participation.consultation;

import java.time.Instant;
import java.util.UUID;

/**
 * An entry of a matter's FAQ as its department manages it.
 *
 * @param withdrawnAt when it was withdrawn from the guide, or null while it is shown
 */
record FaqEntry(UUID id, String matterCode, UUID questionId, String question, String answer, int position, int helpful,
		Instant withdrawnAt) {
}
