package org.tongban.supervision.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.ApplicationTest;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.NotFoundException;
import org.tongban.shared.Refusal;
import org.tongban.shared.RefusedException;
import org.tongban.supervision.CaseClock;
import org.tongban.supervision.CaseClocks;
import org.tongban.supervision.PauseReason;
import org.tongban.supervision.StartedClocks;
import org.tongban.supervision.calendar.CalendarArrangements;
import org.tongban.supervision.calendar.UnpublishedYear;
import org.tongban.support.TestClock;

/**
 * The case clocks as the platform keeps them (R8.2, R15.1, R15.3, R15.4): what is changed
 * is stored and read back, Flowable timers get their due moments, two nodes cannot both
 * pause one clock, and a clock received before its calendar was loaded is dated once it
 * is. "Today" is the demo day, Friday 2026-11-27.
 */
@ApplicationTest
class CaseClocksTests {

	static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	@Autowired
	CaseClocks clocks;

	@Autowired
	LegalClockStore store;

	@Autowired
	CalendarArrangements arrangements;

	@Autowired
	TestClock settableClock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationEventPublisher events;

	final StartedClocks started = new StartedClocks();

	@AfterEach
	void cleanUp() {
		settableClock.reset();
		started.takeBack(jdbc, transaction);
		new UnpublishedYear(arrangements, jdbc, transaction, events).takeBack();
	}

	@Test
	void everyChangeIsKeptAndReadBack() {
		// Received Friday 11-20, day 1 Monday 11-23, committed 5 days: due Friday 11-27
		// (today).
		UUID caseId = start("2026-11-20T16:00", LocalDate.parse("2026-11-23"), 10, 5);
		clocks.startStep(caseId, "ACCEPTANCE", 5, at("2026-11-20T16:00"));
		clocks.finishStep(caseId, "ACCEPTANCE", at("2026-11-23T11:00"));
		clocks.pause(caseId, PauseReason.CORRECTION, "补正健康证明", at("2026-11-24T10:00"));
		clocks.resume(caseId, at("2026-11-25T15:00"));
		CaseClock last = clocks.extend(caseId, UUID.randomUUID(), "需要现场核查", at("2026-11-26T09:00"));

		CaseClock read = clocks.of(caseId).orElseThrow();

		assertThat(read).isEqualTo(last);
		assertThat(read.startsOn()).isEqualTo("2026-11-23");
		// 11-24 and 11-25 left out; then 10 more working days.
		assertThat(read.dueOn()).isEqualTo("2026-12-15");
		assertThat(read.usedDays()).as("11-23, 11-26, 11-27").isEqualTo(3);
		assertThat(read.pauses()).singleElement()
			.isEqualTo(new CaseClock.Pause(PauseReason.CORRECTION, "补正健康证明", at("2026-11-24T10:00"),
					at("2026-11-25T15:00")));
		assertThat(read.extension().reason()).isEqualTo("需要现场核查");
		assertThat(read.steps()).singleElement()
			.isEqualTo(new CaseClock.StepClock("ACCEPTANCE", 5, at("2026-11-20T16:00"), LocalDate.parse("2026-11-27"),
					at("2026-11-23T11:00")));
		assertThat(read.readAt()).isEqualTo(settableClock.instant());
	}

	@Test
	void timersRunOutAtTheStartOfTheDayAfterTheDueDayAndNotWhilePausedOrStopped() {
		UUID caseId = start("2026-11-27T09:00", LocalDate.parse("2026-11-30"), 10, 5);
		clocks.startStep(caseId, "ACCEPTANCE", 5, at("2026-11-27T09:00"));

		Instant saturdayMidnight = at("2026-12-05T00:00");
		assertThat(clocks.deadline(caseId)).contains(saturdayMidnight);
		// R15.2: the deemed acceptance falls due with the receipt's acceptance due day.
		assertThat(clocks.stepDeadline(caseId, "ACCEPTANCE")).contains(saturdayMidnight);
		assertThat(clocks.stepDeadline(caseId, "REVIEW")).isEmpty();

		clocks.pause(caseId, PauseReason.SPECIAL_PERIOD, "专家评审", at("2026-11-27T10:00"));
		assertThat(clocks.deadline(caseId)).isEmpty();
		assertThat(clocks.stepDeadline(caseId, "ACCEPTANCE")).isEmpty();

		settableClock.set(LocalDateTime.parse("2026-12-01T09:00"));
		clocks.resume(caseId, at("2026-12-01T09:00"));
		// 11-27 (not counted anyway), 11-30 and 12-01 were paused.
		assertThat(clocks.deadline(caseId)).contains(at("2026-12-09T00:00"));

		clocks.stop(caseId, at("2026-12-02T09:00"));
		assertThat(clocks.deadline(caseId)).isEmpty();
		assertThat(clocks.stepDeadline(caseId, "ACCEPTANCE")).isEmpty();
	}

	@Test
	void anUnknownCaseHasNoClock() {
		UUID unknown = UUID.randomUUID();

		assertThat(clocks.of(unknown)).isEmpty();
		assertThat(clocks.deadline(unknown)).isEmpty();
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> clocks.pause(unknown, PauseReason.CORRECTION, null, at("2026-11-27T10:00")))
			.satisfies(notFound -> assertThat(notFound.messageCode()).isEqualTo("supervision.clock.notFound"));
	}

	@Test
	void aWorkQueueReadsManyClocksAtOnceAsEachReadsAlone() {
		UUID paused = start("2026-11-20T16:00", LocalDate.parse("2026-11-23"), 10, 5);
		clocks.startStep(paused, "ACCEPTANCE", 5, at("2026-11-20T16:00"));
		clocks.pause(paused, PauseReason.CORRECTION, "补正健康证明", at("2026-11-24T10:00"));
		UUID extended = start("2026-11-19T09:00", LocalDate.parse("2026-11-20"), 20, 20);
		clocks.extend(extended, UUID.randomUUID(), "需要专家评审", at("2026-11-25T09:00"));
		UUID plain = start("2026-11-26T09:00", LocalDate.parse("2026-11-27"), 10, 5);

		var read = clocks.of(List.of(paused, extended, plain, UUID.randomUUID()));

		assertThat(read).as("a case without a clock is left out").containsOnlyKeys(paused, extended, plain);
		assertThat(read.get(paused)).isEqualTo(clocks.of(paused).orElseThrow());
		assertThat(read.get(paused).pauses()).hasSize(1);
		assertThat(read.get(paused).steps()).hasSize(1);
		assertThat(read.get(extended)).isEqualTo(clocks.of(extended).orElseThrow());
		assertThat(read.get(extended).extension().reason()).isEqualTo("需要专家评审");
		assertThat(read.get(plain)).isEqualTo(clocks.of(plain).orElseThrow());
		assertThat(clocks.of(List.of())).isEmpty();
	}

	@Test
	void aClockStartsOnceForACase() {
		UUID caseId = start("2026-11-27T09:00", LocalDate.parse("2026-11-30"), 10, 5);

		// A redelivered start answers the clock as it is.
		CaseClock again = clocks.start(caseId, "SP" + caseId.toString().substring(0, 8), at("2026-11-27T09:00"),
				LocalDate.parse("2026-11-30"), 10, 5, false);
		assertThat(again).isEqualTo(clocks.of(caseId).orElseThrow());
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> clocks.start(caseId, "SP-OTHER", at("2026-11-27T09:30"), LocalDate.parse("2026-11-30"),
					10, 5, false))
			.satisfies(refused -> assertThat(refused.refusal()).isEqualTo(Refusal.CONFLICT))
			.satisfies(refused -> assertThat(refused.messageCode()).isEqualTo("supervision.clock.alreadyStarted"));
	}

	@Test
	void aClockReadsTheSameAsReturnedAndAsStored() {
		// The database keeps moments to the microsecond.
		UUID caseId = UUID.randomUUID();
		started.add(caseId);
		Instant received = at("2026-11-27T09:00").plusNanos(123_456_789);
		clocks.start(caseId, "SP-NANOS", received, LocalDate.parse("2026-11-30"), 10, 5, false);

		CaseClock paused = clocks.pause(caseId, PauseReason.CORRECTION, null, received.plusNanos(1));

		assertThat(clocks.of(caseId)).contains(paused);
		assertThat(paused.receivedAt()).isEqualTo(at("2026-11-27T09:00").plusNanos(123_456_000));
	}

	@Test
	void aRefusedChangeLeavesTheStoredClockAsItWas() {
		UUID caseId = start("2026-11-27T09:00", LocalDate.parse("2026-11-30"), 10, 5);
		clocks.extend(caseId, UUID.randomUUID(), "理由", at("2026-11-27T09:30"));
		CaseClock before = clocks.of(caseId).orElseThrow();

		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> clocks.extend(caseId, UUID.randomUUID(), "再次延长", at("2026-11-27T09:40")))
			.satisfies(refused -> assertThat(refused.refusal()).isEqualTo(Refusal.CONFLICT));

		assertThat(clocks.of(caseId)).contains(before);
		assertThat(store.find(caseId).orElseThrow().version()).isEqualTo(1);
	}

	@Test
	void ofTwoNodesPausingAClockAtOnceOneWinsAndTheOtherIsRefused() throws Exception {
		UUID caseId = start("2026-11-27T09:00", LocalDate.parse("2026-11-30"), 10, 5);
		int nodes = 4;
		ExecutorService pool = Executors.newFixedThreadPool(nodes);
		List<Future<CaseClock>> pauses = new ArrayList<>();
		try {
			var go = new CountDownLatch(1);
			for (int node = 0; node < nodes; node++) {
				Callable<CaseClock> pause = () -> {
					go.await();
					return clocks.pause(caseId, PauseReason.CORRECTION, null, at("2026-11-27T10:00"));
				};
				pauses.add(pool.submit(pause));
			}
			go.countDown();
			int won = 0;
			for (Future<CaseClock> pause : pauses) {
				try {
					pause.get();
					won++;
				}
				catch (java.util.concurrent.ExecutionException ex) {
					assertThat(ex.getCause()).isInstanceOf(RefusedException.class);
					assertThat(((RefusedException) ex.getCause()).refusal()).isEqualTo(Refusal.CONFLICT);
					assertThat(((RefusedException) ex.getCause()).messageCode()).isIn("supervision.clock.alreadyPaused",
							"supervision.clock.changedMeanwhile");
				}
			}
			assertThat(won).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(clocks.of(caseId).orElseThrow().pauses()).hasSize(1);
	}

	@Test
	void aClockReadBeforeAnotherNodeChangedItIsNotWrittenBack() {
		// What makes the race above safe whatever the timing: the write of a stale read
		// is refused.
		UUID caseId = start("2026-11-27T09:00", LocalDate.parse("2026-11-30"), 10, 5);
		LegalClockStore.Stored first = store.find(caseId).orElseThrow();
		LegalClockStore.Stored second = store.find(caseId).orElseThrow();
		first.clock().pause(PauseReason.CORRECTION, null, at("2026-11-27T10:00"));
		second.clock().pause(PauseReason.SPECIAL_PERIOD, null, at("2026-11-27T10:00"));

		transaction.executeWithoutResult(status -> store.update(first.clock(), first.version()));

		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(
				() -> transaction.executeWithoutResult(status -> store.update(second.clock(), second.version())));
		assertThat(clocks.of(caseId).orElseThrow().pauses()).singleElement()
			.satisfies(pause -> assertThat(pause.reason()).isEqualTo(PauseReason.CORRECTION));
	}

	@Test
	void aClockReceivedBeforeItsYearWasLoadedIsDatedWhenTheYearIsAdded() {
		// R15.1: received on 2026-12-31, day 1 is in 2027, whose arrangement is not
		// published yet.
		UUID caseId = start("2026-12-31T15:00", null, 10, 5);
		UUID other = start("2026-12-30T15:00", LocalDate.parse("2026-12-31"), 10, 5);
		assertThat(clocks.of(caseId).orElseThrow().startsOn()).isNull();
		assertThat(clocks.deadline(caseId)).isEmpty();
		assertThat(keptDueOn(caseId)).as("the due day kept for the warnings").isNull();
		LegalClockStore.Stored readBeforeDating = store.find(caseId).orElseThrow();

		new UnpublishedYear(arrangements, jdbc, transaction, events).publish();

		CaseClock dated = clocks.of(caseId).orElseThrow();
		assertThat(dated.startsOn()).isEqualTo("2027-01-04");
		assertThat(dated.dueOn()).isEqualTo("2027-01-08");
		assertThat(clocks.deadline(caseId)).contains(at("2027-01-09T00:00"));
		assertThat(keptDueOn(caseId)).isEqualTo("2027-01-08");
		assertThat(keptDueOn(other)).isEqualTo(clocks.of(other).orElseThrow().dueOn());
		assertThat(clocks.of(other).orElseThrow().startsOn()).as("a dated clock is left as it was")
			.isEqualTo("2026-12-31");

		// A change read before the clock was dated does not undo the date.
		readBeforeDating.clock().pause(PauseReason.CORRECTION, null, at("2026-12-31T16:00"));
		transaction.executeWithoutResult(status -> store.update(readBeforeDating.clock(), readBeforeDating.version()));
		assertThat(clocks.of(caseId).orElseThrow()).satisfies(clock -> assertThat(clock.isPaused()).isTrue())
			.satisfies(clock -> assertThat(clock.startsOn()).isEqualTo("2027-01-04"));
	}

	@Test
	@DisplayName("R8.1, R15.1: a start counted provisionally in next year is dated again when its arrangement moves it")
	void aProvisionalStartIsDatedAgainByThePublishedArrangement() {
		UUID caseId = start("2026-12-31T15:00", LocalDate.parse("2027-01-04"), 10, 5);
		assertThat(clocks.of(caseId).orElseThrow()).satisfies(clock -> {
			assertThat(clock.dueOn()).isEqualTo("2027-01-08");
			assertThat(clock.provisional()).isTrue();
		});
		// The published arrangement (made up here, taken back after each test) also gives
		// 4 January off.
		new UnpublishedYear(arrangements, jdbc, transaction, events).publish();
		arrangements.declareHoliday(LocalDate.parse("2027-01-04"), LocalizedText.of("元旦", "New Year's Day"));

		assertThat(clocks.of(caseId).orElseThrow()).satisfies(clock -> {
			assertThat(clock.startsOn()).isEqualTo("2027-01-05");
			assertThat(clock.dueOn()).isEqualTo("2027-01-11");
			assertThat(clock.provisional()).isFalse();
		});
	}

	private UUID start(String receivedAt, LocalDate startsOn, int statutoryLimitDays, int committedLimitDays) {
		UUID caseId = UUID.randomUUID();
		started.add(caseId);
		clocks.start(caseId, "SP" + caseId.toString().substring(0, 8), at(receivedAt), startsOn, statutoryLimitDays,
				committedLimitDays, false);
		return caseId;
	}

	/** The due day kept on the clock's row for the warning scan (R8.3), or null. */
	private LocalDate keptDueOn(UUID caseId) {
		return jdbc.sql("select due_on from supervision_clock where case_id = :caseId")
			.param("caseId", caseId)
			.query((row, n) -> row.getObject("due_on", LocalDate.class))
			.list()
			.get(0);
	}

	static Instant at(String cityTime) {
		return LocalDateTime.parse(cityTime).atZone(CITY).toInstant();
	}

}
