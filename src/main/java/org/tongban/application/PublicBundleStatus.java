package org.tongban.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tongban.shared.LocalizedText;

/**
 * What anybody who knows a bundle's number and query code may see (R7.2): the bundle and
 * where each of its matters stands, never who applied or what they wrote.
 *
 * @param bundleId for the platform to read the bundle's clock by; never shown
 * @param members each member matter as the public query shows a single application
 */
public record PublicBundleStatus(UUID bundleId, String number, LocalizedText bundleName, BundleStatus status,
		LocalDate receivedOn, List<PublicStatus> members) {

	public PublicBundleStatus {
		members = List.copyOf(members);
	}

}
