package org.tongban.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.tongban.shared.LocalizedText;

/**
 * A bundle (一件事, R2.5) applied for as one application: one combined form, one set of
 * materials, one submission with one number and query code. Each member matter is an
 * application of its own (a child case with its own number) that waits for its stage and
 * then runs on its matter's own process at its department (R5.2).
 *
 * @param number the bundle's number once submitted, else null
 * @param receivedAt when the bundle was submitted, else null
 * @param members the member applications in the bundle's order (stage by stage)
 */
public record BundleApplication(UUID id, UUID applicantId, String bundleCode, LocalizedText bundleName,
		String leadDepartmentCode, BundleStatus status, String number, Instant receivedAt, List<Member> members) {

	public BundleApplication {
		members = List.copyOf(members);
	}

	/** The member applications of one stage (阶段), in the bundle's order. */
	public List<Member> stage(int stage) {
		return members.stream().filter(member -> member.stage() == stage).toList();
	}

	public Optional<Member> member(UUID applicationId) {
		return members.stream().filter(member -> member.applicationId().equals(applicationId)).findFirst();
	}

	/**
	 * A member matter's application.
	 *
	 * @param number its own number once the bundle is submitted, else null
	 * @param stage the bundle stage it belongs to (1 first); members of a stage run in
	 * parallel
	 * @param status {@link ApplicationStatus#WAITING} until its stage starts,
	 * {@link ApplicationStatus#STOPPED} when an earlier stage was not granted
	 */
	public record Member(UUID applicationId, String number, String matterCode, LocalizedText matterName,
			String departmentCode, int stage, ApplicationStatus status) {
	}

}
