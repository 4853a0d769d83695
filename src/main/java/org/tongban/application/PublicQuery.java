package org.tongban.application;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.internal.ApplicationNumbers;
import org.tongban.application.internal.ApplicationStore;
import org.tongban.application.internal.BundleStore;
import org.tongban.shared.NotFoundException;

/**
 * The status of an application for anybody who holds its receipt (R7.2), without logging
 * in.
 */
@Service
public class PublicQuery {

	private final ApplicationStore store;

	private final BundleStore bundles;

	private final Clock clock;

	PublicQuery(ApplicationStore store, BundleStore bundles, Clock clock) {
		this.store = store;
		this.bundles = bundles;
		this.clock = clock;
	}

	/**
	 * The status of an application for anybody who knows its number and query code
	 * (R7.2). A wrong number and a wrong code get the same answer, so that the query
	 * tells nothing about which numbers exist.
	 */
	@Transactional(readOnly = true)
	public PublicStatus status(String number, String queryCode) {
		return statusOf(held(number, queryCode).orElseThrow(() -> new NotFoundException("application.query.notFound")));
	}

	/**
	 * The window clerk who registered the application, or the bundle (一件事), for anybody
	 * who holds its receipt (number and query code), so that the visit can be rated;
	 * empty for a wrong number, a wrong code or an application made online alike. A
	 * bundle's visit is its clerk's when one clerk registered all its members, as the
	 * window registers a bundle.
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> windowClerk(String number, String queryCode) {
		return held(number, queryCode).map(Application::registeredBy)
			.or(() -> heldBundle(number, queryCode).flatMap(this::windowClerk));
	}

	private Optional<UUID> windowClerk(BundleApplication bundle) {
		List<UUID> clerks = bundle.members()
			.stream()
			.map(member -> store.find(member.applicationId()).map(Application::registeredBy).orElse(null))
			.distinct()
			.toList();
		return clerks.size() == 1 ? Optional.ofNullable(clerks.get(0)) : Optional.empty();
	}

	private Optional<Application> held(String number, String queryCode) {
		String normalizedNumber = normalized(number);
		String normalizedCode = normalized(queryCode);
		Optional<Application> found = ApplicationNumbers.NUMBER.matcher(normalizedNumber).matches()
				? store.findByNumber(normalizedNumber) : Optional.empty();
		return found.filter(candidate -> MessageDigest.isEqual(candidate.receipt().orElseThrow().queryCode().getBytes(),
				normalizedCode.getBytes()));
	}

	/**
	 * The status of a bundle for anybody who knows its number and query code (R7.2), or
	 * empty for a wrong number or code alike.
	 */
	@Transactional(readOnly = true)
	public Optional<PublicBundleStatus> bundleStatus(String number, String queryCode) {
		return heldBundle(number, queryCode).map(bundle -> new PublicBundleStatus(bundle.id(), bundle.number(),
				bundle.bundleName(), bundle.status(), LocalDate.ofInstant(bundle.receivedAt(), clock.getZone()),
				bundle.members()
					.stream()
					.map(member -> statusOf(store.find(member.applicationId()).orElseThrow()))
					.toList()));
	}

	private Optional<BundleApplication> heldBundle(String number, String queryCode) {
		String normalizedNumber = normalized(number);
		String normalizedCode = normalized(queryCode);
		if (!ApplicationNumbers.NUMBER.matcher(normalizedNumber).matches()) {
			return Optional.empty();
		}
		return bundles.findByNumber(normalizedNumber)
			.filter(bundle -> bundles.receipt(bundle.id())
				.filter(receipt -> MessageDigest.isEqual(receipt.queryCode().getBytes(), normalizedCode.getBytes()))
				.isPresent());
	}

	/** As given, without spaces copied around it, in capitals. */
	private static String normalized(String given) {
		return given == null ? "" : given.strip().toUpperCase(Locale.ROOT);
	}

	private PublicStatus statusOf(Application application) {
		Receipt receipt = application.receipt().orElseThrow();
		Optional<TimelineStep> current = application.currentStep();
		return new PublicStatus(application.id(), receipt.number(), application.matterName(),
				application.departmentCode(), application.status(),
				LocalDate.ofInstant(receipt.receivedAt(), clock.getZone()),
				current.map(TimelineStep::step).orElse(null), current.map(TimelineStep::dueOn).orElse(null));
	}

}
