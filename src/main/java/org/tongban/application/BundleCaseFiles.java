package org.tongban.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.internal.ApplicationNumbers;
import org.tongban.application.internal.ApplicationStore;
import org.tongban.application.internal.BundleStore;
import org.tongban.shared.NotFoundException;

/**
 * The bundles as the approval side drives them (R5.2): a member opens when its stage
 * starts, received then as a single application is on its submission; a member that can
 * no longer start is stopped; the bundle finishes when every member has ended.
 */
@Service
@Transactional
class BundleCaseFiles implements BundleFiles {

	private final BundleStore bundles;

	private final ApplicationStore store;

	private final ApplicationNumbers numbers;

	private final Submissions submissions;

	private final Clock clock;

	BundleCaseFiles(BundleStore bundles, ApplicationStore store, ApplicationNumbers numbers, Submissions submissions,
			Clock clock) {
		this.bundles = bundles;
		this.store = store;
		this.numbers = numbers;
		this.submissions = submissions;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<BundleApplication> byNumber(String number) {
		return number == null ? Optional.empty() : bundles.findByNumber(number).filter(BundleCaseFiles::isSubmitted);
	}

	@Override
	@Transactional(readOnly = true)
	public BundleApplication get(UUID bundleId) {
		return bundles.find(bundleId)
			.filter(BundleCaseFiles::isSubmitted)
			.orElseThrow(() -> new NotFoundException(BundleApplications.NOT_FOUND));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<BundleApplication> ofMember(UUID applicationId) {
		return bundles.bundleOf(applicationId).flatMap(bundles::find).filter(BundleCaseFiles::isSubmitted);
	}

	@Override
	public void open(UUID memberApplicationId, Instant at) {
		Application member = waiting(memberApplicationId);
		if (member == null) {
			return;
		}
		// To the microsecond, as the database keeps it, as for a single submission.
		Instant receivedAt = at.truncatedTo(ChronoUnit.MICROS);
		Receipt receipt = numbers.opened(member.receipt().orElseThrow(), receivedAt,
				LocalDate.ofInstant(receivedAt, clock.getZone()));
		store.finishOpenSteps(member.id(), receivedAt);
		submissions.receive(member, member, receipt);
	}

	@Override
	public void stop(UUID memberApplicationId, String becauseOfNumber, Instant at) {
		Application member = waiting(memberApplicationId);
		if (member == null) {
			return;
		}
		store.changeStatus(member, ApplicationStatus.STOPPED, at);
		bundles.stoppedBecause(member.id(), becauseOfNumber);
		store.finishOpenSteps(member.id(), at);
		store.addStep(member.id(), new TimelineStep("STOPPED", null, at, null, at));
	}

	@Override
	public void finish(UUID bundleId, Instant at) {
		bundles.ended(get(bundleId).id(), BundleStatus.FINISHED, at);
	}

	@Override
	public void writeAsLeadDepartment(UUID bundleId, String body, Instant at) {
		BundleApplication bundle = get(bundleId);
		bundles.addMessage(bundle.id(),
				new CaseMessage("DEPARTMENT", bundle.leadDepartmentCode(), CaseMessage.body(body), at));
	}

	/** The member if it is still waiting for its stage, else null. */
	private Application waiting(UUID memberApplicationId) {
		Application member = store.find(memberApplicationId)
			.filter(application -> bundles.bundleOf(application.id()).isPresent())
			.orElseThrow(() -> new NotFoundException("application.notFound"));
		return member.status() == ApplicationStatus.WAITING ? member : null;
	}

	private static boolean isSubmitted(BundleApplication bundle) {
		return bundle.status() != BundleStatus.DRAFT;
	}

}
