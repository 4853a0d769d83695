package org.tongban.statistics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.application.ApplicationTest;
import org.tongban.application.Submissions;
import org.tongban.approval.CaseFixtures;
import org.tongban.approval.CaseFixtures.Submitted;
import org.tongban.approval.CaseWork;
import org.tongban.approval.Decision;
import org.tongban.identity.Accounts;
import org.tongban.identity.Actor;
import org.tongban.identity.DepartmentRole;
import org.tongban.identity.Role;
import org.tongban.identity.TestAccounts;
import org.tongban.participation.Satisfaction;
import org.tongban.participation.rating.Ratings;
import org.tongban.statistics.readmodel.DailyCounts.Key;
import org.tongban.support.TestClock;

/**
 * R11: real cases run through the platform in June 2026 (granted and rated, denied,
 * refused, withdrawn, accepted and still open, not yet accepted) are counted the same by
 * the read model kept by events and by the recount from the source tables, row by row;
 * and the fill of an emptied read model from the source tables restores it exactly.
 */
@ApplicationTest
class StatisticsRecountFromSourcesTests {

	private static final String DEPARTMENT = "SCJGJ";

	private static final Scope JUNE = new Scope(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-30"),
			DEPARTMENT, null);

	@Autowired
	StatisticsRecount recount;

	@Autowired
	DailyCounts counts;

	@Autowired
	CaseFixtures cases;

	@Autowired
	CaseWork work;

	@Autowired
	Submissions submissions;

	@Autowired
	Ratings ratings;

	@Autowired
	Accounts accountDirectory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	TestAccounts accounts;

	@BeforeEach
	void casesOfJune() {
		accounts = new TestAccounts(accountDirectory);
		clock.set(LocalDateTime.parse("2026-06-08T09:00"));
		Submitted granted = cases.standard();
		cases.decideFromAcceptance(granted.number(), DEPARTMENT, Decision.GRANT);
		Submitted denied = cases.standard();
		Submitted refused = cases.standard();
		Submitted accepted = cases.standard();
		clock.set(LocalDateTime.parse("2026-06-09T10:00"));
		await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
			ratings.rate(granted.applicant(), granted.number(), Satisfaction.VERY_SATISFIED, Set.of(), null);
			return true;
		});
		work.accept(staff(Role.WINDOW_CLERK), accepted.number(), null);
		work.refuse(staff(Role.WINDOW_CLERK), refused.number(), "不属于本机关职权范围。", "《中华人民共和国行政许可法》第三十二条");
		Submitted withdrawn = cases.standard();
		submissions.withdraw(withdrawn.applicant(), withdrawn.number());
		clock.set(LocalDateTime.parse("2026-06-12T15:00"));
		cases.decideFromAcceptance(denied.number(), DEPARTMENT, Decision.DENY);
		cases.standard();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theRecountFromTheSourceTablesEqualsTheReadModelRowByRow() {
		Map<Key, Map<Measure, Long>> kept = counts.rows(JUNE);

		assertThat(recount.recount(JUNE)).isEqualTo(kept);
		assertThat(recount.differences(JUNE)).isEmpty();
		assertThat(total(kept, Measure.SUBMITTED)).as("the six cases, at least").isGreaterThanOrEqualTo(6);
		assertThat(total(kept, Measure.GRANTED)).isPositive();
		assertThat(total(kept, Measure.DENIED)).isPositive();
		assertThat(total(kept, Measure.REFUSED)).isPositive();
		assertThat(total(kept, Measure.WITHDRAWN)).isPositive();
		assertThat(total(kept, Measure.RATED_5)).isPositive();
		assertThat(Arrays.stream(Measure.DAY_BUCKETS).mapToLong(bucket -> total(kept, bucket)).sum())
			.as("the decided cases' clocks, in the processing-time distribution")
			.isPositive();
	}

	@Test
	void aDifferenceIsFoundAndTheFillRestoresAnEmptiedReadModelExactly() {
		Map<Key, Map<Measure, Long>> kept = counts.rows(JUNE);
		Key someRow = kept.keySet().iterator().next();
		jdbc.sql("update statistics_daily set submitted = submitted + 1 where counted_on = :day"
				+ " and matter_code = :matter and department_code = :department and channel = :channel"
				+ " and applicant_kind = :kind")
			.param("day", someRow.day())
			.param("matter", someRow.matter())
			.param("department", someRow.department())
			.param("channel", someRow.channel())
			.param("kind", someRow.kind())
			.update();
		assertThat(recount.differences(JUNE)).singleElement().satisfies(difference -> {
			assertThat(difference.key()).isEqualTo(someRow);
			assertThat(difference.measure()).isEqualTo(Measure.SUBMITTED);
			assertThat(difference.kept()).isEqualTo(difference.recounted() + 1);
		});

		jdbc.sql("delete from statistics_daily").update();
		jdbc.sql("delete from statistics_backfill").update();
		assertThat(recount.fillIfEmpty()).isPositive();

		assertThat(counts.rows(JUNE)).isEqualTo(kept);
		assertThat(recount.fillIfEmpty()).as("once: the read model is not empty any more").isZero();
	}

	private DepartmentRole role(Role role) {
		return DepartmentRole.of(role, DEPARTMENT);
	}

	private Actor staff(Role role) {
		return accounts.staff(TestAccounts.accountName(), role(role));
	}

	private static long total(Map<Key, Map<Measure, Long>> rows, Measure measure) {
		return rows.values().stream().mapToLong(row -> row.getOrDefault(measure, 0L)).sum();
	}

}
