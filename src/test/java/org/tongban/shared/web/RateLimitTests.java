package org.tongban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R12.4: so many requests a minute for each key, counted on the platform clock. */
class RateLimitTests {

	Instant now = Instant.parse("2026-11-27T02:00:00Z");

	/** The platform clock as the limit reads it, moved by the test. */
	Clock clock = mock(Clock.class);

	@BeforeEach
	void readTheTestsTime() {
		when(clock.millis()).thenAnswer(call -> now.toEpochMilli());
	}

	@Test
	void aKeyMakesItsRequestsOfTheMinuteThenWaitsForTheNextMinute_R12_4() {
		var limit = new RateLimit(3, clock);

		assertThat(IntStream.range(0, 3).mapToObj(i -> limit.take("10.0.0.1"))).allMatch(wait -> wait.isEmpty());
		now = now.plusSeconds(20);
		assertThat(limit.take("10.0.0.1")).hasValue(Duration.ofSeconds(40));
		assertThat(limit.take("10.0.0.2")).as("another key").isEmpty();

		now = now.plusSeconds(40);
		assertThat(limit.take("10.0.0.1")).as("a minute after the first").isEmpty();
	}

	@Test
	void aClockSetBackNeverMakesAKeyWaitLongerThanAMinute_R12_4() {
		var limit = new RateLimit(2, clock);
		now = now.plus(Duration.ofHours(1));
		limit.take("10.0.0.1");
		limit.take("10.0.0.1");
		assertThat(limit.take("10.0.0.1")).as("used up").isPresent();

		now = now.minus(Duration.ofHours(1));

		assertThat(limit.take("10.0.0.1")).as("afresh, not an hour's wait").isEmpty();
		assertThat(limit.take("10.0.0.1")).isEmpty();
		assertThat(limit.take("10.0.0.1")).as("still so many a minute")
			.hasValueSatisfying(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(1)));
	}

	@Test
	void theRetryAfterIsInWholeSecondsRoundedUpAndAtLeastOne() {
		assertThat(RateLimit.retryAfterSeconds(Duration.ofMillis(40_001))).isEqualTo(41);
		assertThat(RateLimit.retryAfterSeconds(Duration.ofSeconds(40))).isEqualTo(40);
		assertThat(RateLimit.retryAfterSeconds(Duration.ZERO)).isEqualTo(1);
	}

	@Test
	void aLimitAllowsAtLeastOneRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimit(0, clock));
	}

}
