package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.tongban.application.FoodLicenceApplications.Restaurant;
import org.tongban.catalog.MatterCatalog;
import org.tongban.catalog.MatterVersion;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.shared.Paging;
import org.tongban.support.TestClock;

/**
 * R3.4, R3.5, R15.1: an application is received at any hour, gets its number and query
 * code at once, starts its clock on the next working day after receipt, and is submitted
 * once however often the applicant's client retries.
 */
@ApplicationTest
class SubmissionTests {

	@Autowired
	Drafts drafts;

	@Autowired
	Submissions submissions;

	@Autowired
	MyApplications myApplications;

	@Autowired
	MatterCatalog catalog;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEvents events;

	@Autowired
	FoodLicenceApplications food;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@ParameterizedTest(name = "received {0}: the clock starts on {1}, acceptance is due by {2}")
	@CsvSource(textBlock = """
			# a Friday morning: Monday
			2026-11-27T10:00, 2026-11-30, 2026-12-04
			# a Friday night, after working hours: still Monday
			2026-11-27T23:30, 2026-11-30, 2026-12-04
			# a Saturday and a Sunday: Monday
			2026-11-28T09:00, 2026-11-30, 2026-12-04
			2026-11-29T20:00, 2026-11-30, 2026-12-04
			# the eve of the National Day holidays (1 to 7 October): the 8th, and the adjusted Saturday 10th counts
			2026-09-30T16:00, 2026-10-08, 2026-10-13
			# the day before an adjusted working Saturday: that Saturday
			2026-10-09T10:00, 2026-10-10, 2026-10-15
			# a Saturday before an adjusted working Sunday: that Sunday
			2026-09-19T10:00, 2026-09-20, 2026-09-24
			# the eve of the Mid-Autumn Festival (25 to 27 September): the Monday after, across National Day
			2026-09-24T10:00, 2026-09-28, 2026-10-09
			# the night before the Labour Day holidays (1 to 5 May): the 6th, and the adjusted Saturday 9th counts
			2026-04-30T22:00, 2026-05-06, 2026-05-11
			""")
	void theClockStartsOnTheNextWorkingDayAfterReceipt(LocalDateTime receivedAt, LocalDate clockStartsOn,
			LocalDate acceptanceDueOn) {
		clock.set(receivedAt);
		Restaurant restaurant = food.restaurant();
		Application draft = food.completeDraft(restaurant);

		Receipt receipt = submissions.submit(restaurant.enterprise(), draft.id(), key());

		assertThat(receipt.receivedAt()).isEqualTo(receivedAt.atZone(TestClock.CITY).toInstant());
		assertThat(receipt.clockStartsOn()).isEqualTo(clockStartsOn);
		assertThat(receipt.acceptanceDueOn()).isEqualTo(acceptanceDueOn);
		assertThat(receipt.number()).matches("TB" + receivedAt.toLocalDate().toString().replace("-", "") + "\\d{6}");
		assertThat(receipt.queryCode()).matches("[2-9A-HJKMNP-Z]{8}");
	}

	@Test
	@DisplayName("R8.1, R15.1: received before next year's arrangement is published, the dates are counted provisionally")
	void anApplicationReceivedBeforeTheCalendarOfItsDatesIsPublishedIsDatedProvisionally() {
		clock.set(LocalDateTime.of(2026, 12, 31, 15, 0));
		Restaurant restaurant = food.restaurant();
		Application draft = food.completeDraft(restaurant);

		Receipt receipt = submissions.submit(restaurant.enterprise(), draft.id(), key());

		assertThat(receipt.number()).startsWith("TB20261231");
		// 1 January is New Year's Day by law, 2 and 3 January a weekend.
		assertThat(receipt.clockStartsOn()).isEqualTo("2027-01-04");
		assertThat(receipt.acceptanceDueOn()).isEqualTo("2027-01-08");
		assertThat(myApplications.byNumber(restaurant.enterprise(), receipt.number()).status())
			.isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@Test
	void aRetryWithTheSameKeyReturnsTheSameReceipt() {
		Restaurant restaurant = food.restaurant();
		Application draft = food.completeDraft(restaurant);
		String key = key();

		Receipt first = submissions.submit(restaurant.enterprise(), draft.id(), key);
		Receipt retry = submissions.submit(restaurant.enterprise(), draft.id(), key);

		assertThat(retry).isEqualTo(first);
		assertThat(events.stream(ApplicationSubmitted.class).filter(e -> e.applicationId().equals(draft.id())))
			.hasSize(1);
	}

	@Test
	void theSameKeyTwiceAtTheSameMomentGivesOneApplication() throws Exception {
		Restaurant restaurant = food.restaurant();
		Application draft = food.completeDraft(restaurant);
		String key = key();

		List<Receipt> receipts = atTheSameMoment(() -> submissions.submit(restaurant.enterprise(), draft.id(), key), 4);

		assertThat(receipts).hasSize(4).allSatisfy(receipt -> assertThat(receipt).isEqualTo(receipts.get(0)));
		assertThat(myApplications.of(restaurant.enterprise(), new Paging(1, 20)).items()).singleElement()
			.satisfies(summary -> assertThat(summary.number()).isEqualTo(receipts.get(0).number()));
	}

	@Test
	void twoKeysForOneDraftAtTheSameMomentStillSubmitItOnce() throws Exception {
		Restaurant restaurant = food.restaurant();
		Application draft = food.completeDraft(restaurant);

		List<Receipt> receipts = atTheSameMoment(() -> submissions.submit(restaurant.enterprise(), draft.id(), key()),
				4);

		assertThat(receipts).extracting(Receipt::number).containsOnly(receipts.get(0).number());
	}

	@Test
	void moreApplicantsStartingDraftsAtOnceThanTheDatabaseHasConnectionsAllGetTheirs() throws Exception {
		// Each draft is pre-filled from the registries, whose reads are logged in
		// transactions of their own.
		var restaurants = new java.util.concurrent.ConcurrentLinkedQueue<Restaurant>();
		for (int i = 0; i < 12; i++) {
			restaurants.add(food.restaurant());
		}

		List<Application> drafts = atTheSameMoment(
				() -> this.drafts.start(restaurants.remove().enterprise(), FoodLicenceApplications.MATTER), 12);

		assertThat(drafts).hasSize(12)
			.allSatisfy(draft -> assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT));
	}

	@Test
	void aKeyUsedForAnotherApplicationIsRefused() {
		Restaurant restaurant = food.restaurant();
		Application first = food.completeDraft(restaurant);
		Application second = food.completeDraft(restaurant);
		String key = key();
		submissions.submit(restaurant.enterprise(), first.id(), key);

		assertThatThrownBy(() -> submissions.submit(restaurant.enterprise(), second.id(), key))
			.isInstanceOfSatisfying(RefusedException.class, ex -> {
				assertThat(ex.refusal()).isEqualTo(Refusal.CONFLICT);
				assertThat(ex.messageCode()).isEqualTo("application.submit.keyReused");
			});
		assertThat(drafts.get(restaurant.enterprise(), second.id()).isDraft()).isTrue();
	}

	@Test
	void submissionKeepsTheVersionInForceAndTellsTheApprovalSide() {
		Restaurant restaurant = food.restaurant();
		Application draft = food.completeDraft(restaurant);

		Receipt receipt = submissions.submit(restaurant.enterprise(), draft.id(), key());

		MatterVersion inForce = catalog.guide(FoodLicenceApplications.MATTER).version();
		Application submitted = myApplications.byNumber(restaurant.enterprise(), receipt.number());
		assertThat(submitted.matterVersion()).isEqualTo(inForce.version());
		assertThat(events.stream(ApplicationSubmitted.class).filter(e -> e.number().equals(receipt.number())))
			.singleElement()
			.satisfies(event -> {
				assertThat(event.matterVersion()).isEqualTo(inForce.version());
				assertThat(event.processKey()).isEqualTo(inForce.processKey());
				assertThat(event.departmentCode()).isEqualTo("SCJGJ");
				assertThat(event.clockStartsOn()).isEqualTo(receipt.clockStartsOn());
				assertThat(event.statutoryLimitDays()).isEqualTo(inForce.statutoryLimitDays());
				assertThat(event.committedLimitDays()).isEqualTo(inForce.committedLimitDays());
			});
		assertThat(submitted.timeline()).extracting(TimelineStep::step).containsExactly("SUBMITTED", "ACCEPTANCE");
		assertThat(submitted.currentStep()).hasValueSatisfying(step -> {
			assertThat(step.departmentCode()).isEqualTo("SCJGJ");
			assertThat(step.dueOn()).isEqualTo(receipt.acceptanceDueOn());
		});
	}

	@Test
	void aDraftStartedUnderAnOlderVersionIsSubmittedUnderTheVersionInForce() {
		clock.set(LocalDateTime.of(2026, 2, 20, 10, 0));
		Restaurant restaurant = food.restaurant();
		Application draft = drafts.start(restaurant.enterprise(), FoodLicenceApplications.MATTER);
		assertThat(draft.matterVersion()).isEqualTo(1);
		clock.reset();
		drafts.save(restaurant.enterprise(), draft.id(), FoodLicenceApplications.answers(restaurant));
		food.attachPdf(restaurant.enterprise(), draft.id(), "M04", "floor-plan.pdf");
		food.attachPdf(restaurant.enterprise(), draft.id(), "M05", "rules.pdf");

		Receipt receipt = submissions.submit(restaurant.enterprise(), draft.id(), key());

		Application submitted = myApplications.byNumber(restaurant.enterprise(), receipt.number());
		assertThat(submitted.matterVersion()).isEqualTo(2);
		assertThat(submitted.startedVersion()).isEqualTo(1);
	}

	@Test
	void anIncompleteApplicationIsNotSubmittedAndSaysWhatIsMissing() {
		Restaurant restaurant = food.restaurant();
		Application draft = drafts.start(restaurant.enterprise(), FoodLicenceApplications.MATTER);

		assertThatThrownBy(() -> submissions.submit(restaurant.enterprise(), draft.id(), key())).isInstanceOfSatisfying(
				ApplicationIncompleteException.class,
				ex -> assertThat(ex.problems()).extracting(problem -> problem.field())
					.contains("premisesAddress", "businessForm", "truthful", "material.M04", "material.M05")
					.doesNotContain("operatorName", "uscc", "material.M01", "material.M02", "material.M03"));
		assertThat(drafts.get(restaurant.enterprise(), draft.id()).isDraft()).isTrue();
	}

	@Test
	void aSubmittedApplicationCanNoLongerBeChanged() {
		Restaurant restaurant = food.restaurant();
		Application draft = food.completeDraft(restaurant);
		submissions.submit(restaurant.enterprise(), draft.id(), key());

		assertThatThrownBy(
				() -> drafts.save(restaurant.enterprise(), draft.id(), java.util.Map.of("staffCount", List.of("9"))))
			.isInstanceOfSatisfying(RefusedException.class, ex -> assertThat(ex.refusal()).isEqualTo(Refusal.CONFLICT));
		assertThatThrownBy(() -> drafts.discard(restaurant.enterprise(), draft.id()))
			.isInstanceOf(RefusedException.class);
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

	private static <T> List<T> atTheSameMoment(Supplier<T> call, int times) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(times);
		try {
			var start = new CountDownLatch(1);
			List<CompletableFuture<T>> calls = java.util.stream.IntStream.range(0, times)
				.mapToObj(i -> CompletableFuture.supplyAsync(() -> {
					try {
						start.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return call.get();
				}, pool))
				.toList();
			start.countDown();
			return calls.stream().map(CompletableFuture::join).toList();
		}
		finally {
			pool.shutdownNow();
		}
	}

}
