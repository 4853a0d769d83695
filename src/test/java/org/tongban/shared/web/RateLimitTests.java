package org.tongban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.tongban.support.TestClock;

/**
 * R12.4: so many requests a minute for each key, counted on the platform clock, in the
 * table of the platform's migration on a database of the test's own.
 */
class RateLimitTests {

	TestClock clock = TestClock.at(Instant.parse("2026-11-27T02:00:00Z"));

	SimpleDriverDataSource database = new SimpleDriverDataSource(new org.h2.Driver(),
			"jdbc:h2:mem:limits-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

	JdbcClient jdbc = JdbcClient.create(database);

	RateLimits limits;

	@BeforeEach
	void migrate() {
		Flyway.configure().dataSource(database).locations("classpath:db/migration/shared").load().migrate();
		limits = new RateLimits(jdbc, transactions(), clock, "platform");
	}

	@Test
	void aKeyMakesItsRequestsOfTheMinuteThenWaitsForTheNextMinute_R12_4() {
		var limit = limits.perMinute("test", 3);

		assertThat(IntStream.range(0, 3).mapToObj(i -> limit.take("10.0.0.1"))).allMatch(wait -> wait.isEmpty());
		clock.advance(Duration.ofSeconds(20));
		assertThat(limit.take("10.0.0.1")).hasValue(Duration.ofSeconds(40));
		assertThat(limit.take("10.0.0.2")).as("another key").isEmpty();

		clock.advance(Duration.ofSeconds(40));
		assertThat(limit.take("10.0.0.1")).as("a minute after the first").isEmpty();
		assertThat(limit.take("10.0.0.1")).isEmpty();
		assertThat(limit.take("10.0.0.1")).isEmpty();
		assertThat(limit.take("10.0.0.1")).as("so many in the new minute").hasValue(Duration.ofMinutes(1));
	}

	@Test
	void requestsOfOneKeyAtTheSameTimeAreCountedExactly_R12_4() throws Exception {
		var limit = limits.perMinute("test", 5);
		var start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<Optional<Duration>>> takes = IntStream.range(0, 24).mapToObj(i -> threads.submit(() -> {
				start.await();
				return limit.take("10.0.0.1");
			})).toList();
			start.countDown();

			List<Optional<Duration>> waits = new ArrayList<>();
			for (var take : takes) {
				waits.add(take.get());
			}
			assertThat(waits).filteredOn(Optional::isEmpty).as("the first of the key too").hasSize(5);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void eachLimitCountsItsOwnRequests_R12_4() {
		var queries = limits.perMinute("queries", 1);
		var submissions = limits.perMinute("submissions", 1);

		assertThat(queries.take("10.0.0.1")).isEmpty();
		assertThat(submissions.take("10.0.0.1")).as("another limit").isEmpty();
		assertThat(queries.take("10.0.0.1")).isPresent();
	}

	@Test
	void theLimitsOfOneScopeAreSharedAndThoseOfAnotherApart_R12_4() {
		var otherNode = new RateLimits(jdbc, transactions(), clock, "platform");
		var otherPlatform = new RateLimits(jdbc, transactions(), clock, "another");

		assertThat(limits.perMinute("test", 2).take("10.0.0.1")).isEmpty();
		assertThat(otherNode.perMinute("test", 2).take("10.0.0.1")).isEmpty();
		assertThat(limits.perMinute("test", 2).take("10.0.0.1")).as("two on the platform").isPresent();
		assertThat(otherPlatform.perMinute("test", 2).take("10.0.0.1")).isEmpty();
	}

	@Test
	void aClockSetBackNeverMakesAKeyWaitLongerThanAMinute_R12_4() {
		var limit = limits.perMinute("test", 2);
		clock.advance(Duration.ofHours(1));
		limit.take("10.0.0.1");
		limit.take("10.0.0.1");
		assertThat(limit.take("10.0.0.1")).as("used up").isPresent();

		clock.reset();

		assertThat(limit.take("10.0.0.1")).as("afresh, not an hour's wait").isEmpty();
		assertThat(limit.take("10.0.0.1")).isEmpty();
		assertThat(limit.take("10.0.0.1")).as("still so many a minute")
			.hasValueSatisfying(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(1)));
	}

	@Test
	void theKeysWhoseMinuteHasPassedAreDeleted_R12_4() {
		var limit = limits.perMinute("test", 1);
		limit.take("10.0.0.1");
		clock.advance(Duration.ofSeconds(30));
		limit.take("10.0.0.2");
		limit.take("10.0.0.2");
		clock.advance(Duration.ofSeconds(30));

		assertThat(limits.forgetPassedMinutes()).isEqualTo(1);

		assertThat(jdbc.sql("select limit_key from shared_rate_limit").query(String.class).list())
			.containsExactly("10.0.0.2");
		assertThat(limit.take("10.0.0.2")).as("its minute goes on").hasValue(Duration.ofSeconds(30));
		assertThat(limit.take("10.0.0.1")).as("a new minute").isEmpty();
	}

	@Test
	void theRetryAfterIsInWholeSecondsRoundedUpAndAtLeastOne() {
		assertThat(RateLimit.retryAfterSeconds(Duration.ofMillis(40_001))).isEqualTo(41);
		assertThat(RateLimit.retryAfterSeconds(Duration.ofSeconds(40))).isEqualTo(40);
		assertThat(RateLimit.retryAfterSeconds(Duration.ZERO)).isEqualTo(1);
	}

	@Test
	void aLimitAllowsAtLeastOneRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> limits.perMinute("test", 0));
	}

	private DataSourceTransactionManager transactions() {
		return new DataSourceTransactionManager(database);
	}

}
